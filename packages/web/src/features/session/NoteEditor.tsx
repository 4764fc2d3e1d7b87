import { useState } from 'react';
import { visitsApi, type NoteSections, type VisitPage } from '../../api/visits.ts';
import { saveMessage } from './session-errors.ts';

const SECTIONS = [
  ['subjective', 'S: Subjective'],
  ['objective', 'O: Objective'],
  ['assessment', 'A: Assessment'],
  ['plan', 'P: Plan'],
] as const;

/** The SOAP note: drafted from the visit, edited, saved as versions, signed (locked), then addenda. */
export function NoteEditor({
  page,
  onSaved,
}: {
  page: VisitPage;
  onSaved: () => Promise<void>;
}): React.JSX.Element {
  const note = page.note;
  const [text, setText] = useState<NoteSections>({
    subjective: note.subjective,
    objective: note.objective,
    assessment: note.assessment,
    plan: note.plan,
  });
  const [dirty, setDirty] = useState(false);
  const [addendum, setAddendum] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const act = async (fn: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    try {
      await fn();
      await onSaved();
      setMessage(done);
    } catch (e) {
      setMessage(saveMessage(e));
    }
  };
  const draft = () =>
    act(async () => {
      setText(await visitsApi.draft(page.visit.id));
      setDirty(true);
    }, 'Drafted from the visit; read it through and edit.');
  const save = () =>
    act(async () => {
      await visitsApi.saveNote(page.visit.id, note.version, text);
      setDirty(false);
    }, 'Note saved.');
  const sign = () =>
    act(async () => {
      let version = note.version;
      if (dirty) version = (await visitsApi.saveNote(page.visit.id, version, text)).version;
      await visitsApi.sign(page.visit.id, version);
      setDirty(false);
    }, 'Note signed.');
  const addAddendum = () =>
    act(async () => {
      await visitsApi.addendum(page.visit.id, addendum);
      setAddendum('');
    }, 'Addendum added.');

  return (
    <section className="session-part" aria-labelledby="note-title">
      <h2 id="note-title">SOAP note</h2>
      {note.status === 'signed' ? (
        <>
          <p className="signed">
            Signed {note.signedAt?.slice(0, 16).replace('T', ' ')} · locked (version {note.version})
          </p>
          {SECTIONS.map(([k, label]) => (
            <div key={k} className="note-section">
              <h3>{label}</h3>
              <p>{note[k]}</p>
            </div>
          ))}
          <h3>Addenda</h3>
          <ol className="addenda">
            {note.addenda.map((a) => (
              <li key={a.id}>
                <span className="muted">{a.createdAt.slice(0, 16).replace('T', ' ')}</span> {a.text}
              </li>
            ))}
          </ol>
          <label className="field">
            <span>Add a correction</span>
            <textarea
              rows={3}
              value={addendum}
              maxLength={10000}
              onChange={(e) => setAddendum(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="button primary big"
            disabled={addendum.trim() === ''}
            onClick={() => void addAddendum()}
          >
            Add addendum
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button big" onClick={() => void draft()}>
            Draft from the visit
          </button>
          {SECTIONS.map(([k, label]) => (
            <label key={k} className="field">
              <span>{label}</span>
              <textarea
                rows={4}
                value={text[k]}
                maxLength={20000}
                onChange={(e) => {
                  setText({ ...text, [k]: e.target.value });
                  setDirty(true);
                }}
              />
            </label>
          ))}
          <div className="save-row">
            <button type="button" className="button big" onClick={() => void save()}>
              Save draft (version {note.version})
            </button>
            <button type="button" className="button primary big" onClick={() => void sign()}>
              Sign note
            </button>
          </div>
        </>
      )}
      {message !== undefined && <p role="status">{message}</p>}
    </section>
  );
}
