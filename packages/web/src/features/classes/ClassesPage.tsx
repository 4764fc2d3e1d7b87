import { useCallback, useEffect, useState } from 'react';
import { getJson } from '../../api/client.ts';
import { createClass, listClasses, type ClassInfo } from '../../api/classes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useSession } from '../auth/session.tsx';
import { ClassDetail, type StaffOption } from './ClassDetail.tsx';
import './classes.css';

/**
 * Classes: the owner makes classes and names their educators; an educator (or the owner) picks a
 * class to add students (owner), assign decks and read each student's progress by body area.
 */
export function ClassesPage(): React.JSX.Element {
  useDocumentTitle('Classes');
  const { session } = useSession();
  const isOwner = session.state === 'signed-in' && session.me.user.role === 'owner';
  const [classes, setClasses] = useState<ClassInfo[] | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [staff, setStaff] = useState<StaffOption[]>([]);
  const [name, setName] = useState('');
  const [educator, setEducator] = useState('');
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(async () => {
    const list = await listClasses();
    setClasses(list);
    setSelected((s) => s ?? list[0]?.id);
  }, []);
  useEffect(() => {
    void load().catch((e: unknown) => setError(String((e as Error).message)));
  }, [load]);
  useEffect(() => {
    if (!isOwner) return;
    void getJson<{ users: (StaffOption & { disabled: boolean })[] }>('/api/users').then((r) => {
      const active = r.users.filter((u) => !u.disabled);
      setStaff(active);
      setEducator((e) => e || (active.find((u) => u.role === 'owner' || u.role === 'therapist')?.id ?? ''));
    });
  }, [isOwner]);

  const make = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      const made = await createClass(name, educator);
      setName('');
      setSelected(made.id);
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Classes"
        lead="A class of learners in this clinic: its educator assigns practice decks and follows each student's progress by body area."
      />
      {error !== undefined && (
        <p className="card error-text" role="alert">
          {error}
        </p>
      )}
      <div className="classes-layout">
        <div className="classes-side">
          <nav className="card" aria-labelledby="class-list-title">
            <h2 id="class-list-title">Your classes</h2>
            {classes === undefined ? (
              <p className="muted">Loading…</p>
            ) : classes.length === 0 ? (
              <p className="muted">No classes yet.</p>
            ) : (
              <ul className="class-list">
                {classes.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className={c.id === selected ? 'class-pick selected' : 'class-pick'}
                      aria-pressed={c.id === selected}
                      onClick={() => setSelected(c.id)}
                    >
                      <strong>{c.name}</strong>
                      <span className="muted small">
                        {c.educatorName} · {c.students} {c.students === 1 ? 'student' : 'students'}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </nav>
          {isOwner && (
            <form
              className="card class-form"
              onSubmit={(e) => void make(e)}
              aria-labelledby="new-class-title"
            >
              <h2 id="new-class-title">New class</h2>
              <label>
                Class name
                <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
              </label>
              <label>
                Educator
                <select value={educator} onChange={(e) => setEducator(e.target.value)}>
                  {staff
                    .filter((u) => u.role === 'owner' || u.role === 'therapist')
                    .map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.displayName}
                      </option>
                    ))}
                </select>
              </label>
              <button type="submit">Make class</button>
            </form>
          )}
        </div>
        {selected !== undefined && (
          <ClassDetail key={selected} classId={selected} isOwner={isOwner} staff={staff} onChange={load} />
        )}
      </div>
    </section>
  );
}
