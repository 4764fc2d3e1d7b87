import { BODY_AREA_NAMES, type BodyArea } from '@myomap/atlas';
import { PRACTICE_DECKS } from '@myomap/engine';
import { useCallback, useEffect, useState } from 'react';
import {
  addStudent,
  assignDeck,
  classProgress,
  getClass,
  type ClassPage,
  type StudentProgress,
} from '../../api/classes.ts';
import { deckLabel } from '../practice/deck-label.ts';

/** A staff account the owner can add to a class. */
export interface StaffOption {
  id: string;
  displayName: string;
  role: string;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const when = (ms: number | null): string => (ms === null ? 'never' : new Date(ms).toISOString().slice(0, 10));

/** One class: its students (the owner adds more), its assigned decks and each student's progress. */
export function ClassDetail({
  classId,
  isOwner,
  staff,
  onChange,
}: {
  classId: string;
  isOwner: boolean;
  staff: readonly StaffOption[];
  onChange: () => Promise<void>;
}): React.JSX.Element {
  const [page, setPage] = useState<ClassPage | undefined>();
  const [progress, setProgress] = useState<StudentProgress[]>([]);
  const [student, setStudent] = useState('');
  const [deckId, setDeckId] = useState('all:1');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(async () => {
    const [p, prog] = await Promise.all([getClass(classId), classProgress(classId)]);
    setPage(p);
    setProgress(prog.students);
  }, [classId]);
  useEffect(() => {
    void load().catch((e: unknown) => setError((e as Error).message));
  }, [load]);

  const act = async (fn: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await fn();
      await load();
      await onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (page === undefined)
    return <div className="card">{error === undefined ? 'Loading…' : <p role="alert">{error}</p>}</div>;
  const inClass = new Set(page.students.map((s) => s.id));
  const candidates = staff.filter((u) => !inClass.has(u.id));

  return (
    <div className="class-detail">
      <div className="card">
        <h2>{page.class.name}</h2>
        <p className="muted">Educator: {page.class.educatorName}</p>
        {error !== undefined && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <h3>Assigned decks</h3>
        {page.assignments.length === 0 ? (
          <p className="muted">No decks assigned yet.</p>
        ) : (
          <ul className="class-assignments">
            {page.assignments.map((a) => (
              <li key={a.id}>
                {deckLabel(a.deckId)}
                <span className="muted small">
                  {a.dueOn === null ? ' · no due date' : ` · due ${a.dueOn}`}
                </span>
              </li>
            ))}
          </ul>
        )}
        <form
          className="class-inline-form"
          aria-label="Assign a deck"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => assignDeck(classId, deckId, dueOn === '' ? null : dueOn));
          }}
        >
          <label>
            <span id="assign-deck-label">Deck</span>
            <select
              aria-labelledby="assign-deck-label"
              value={deckId}
              onChange={(e) => setDeckId(e.target.value)}
            >
              {PRACTICE_DECKS.map((d) => (
                <option key={d.id} value={d.id}>
                  {deckLabel(d.id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Due (optional)
            <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
          </label>
          <button type="submit">Assign deck</button>
        </form>
        {isOwner && (
          <form
            className="class-inline-form"
            aria-label="Add a student"
            onSubmit={(e) => {
              e.preventDefault();
              if (student !== '') void act(() => addStudent(classId, student));
            }}
          >
            <label>
              Staff member
              <select value={student} onChange={(e) => setStudent(e.target.value)}>
                <option value="">Choose…</option>
                {candidates.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.displayName}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Add student</button>
          </form>
        )}
      </div>
      <div className="card class-progress">
        <h3 id="class-progress-title">Progress by body area</h3>
        <div className="table-wrap">
          {progress.length === 0 ? (
            <p className="muted">No students yet.</p>
          ) : (
            <table className="data-table" aria-labelledby="class-progress-title" data-testid="class-progress">
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Reviews</th>
                  <th scope="col">Right</th>
                  <th scope="col">Kept</th>
                  <th scope="col">Last review</th>
                  <th scope="col">By body area (right · kept · reviews)</th>
                </tr>
              </thead>
              <tbody>
                {progress.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.displayName}</th>
                    <td>{s.reviews}</td>
                    <td>{s.reviews === 0 ? '–' : pct(s.accuracy)}</td>
                    <td>{s.repeats === 0 ? '–' : pct(s.retention)}</td>
                    <td>{when(s.lastReviewAt)}</td>
                    <td>
                      <ul className="class-areas">
                        {Object.entries(s.byArea).map(([area, t]) => (
                          <li key={area}>
                            {BODY_AREA_NAMES[area as BodyArea] ?? area}: {pct(t?.accuracy ?? 0)} ·{' '}
                            {(t?.repeats ?? 0) === 0 ? '–' : pct(t?.retention ?? 0)} · {t?.reviews ?? 0}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <p className="muted small">Right: answers right. Kept: remembered on later reviews (retention).</p>
      </div>
    </div>
  );
}
