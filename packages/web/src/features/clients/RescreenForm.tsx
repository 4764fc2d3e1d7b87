import { useState } from 'react';
import { ApiError, fieldErrors } from '../../api/client.ts';
import { clientsApi, type Answer, type IntakePage, type ScreenDefinition } from '../../api/clients.ts';
import { today } from './names.ts';
import { YesNo } from './YesNo.tsx';

/** The brief screen at every visit: "anything changed since last time?", then the every-visit questions. */
export function RescreenForm({
  clientId,
  definition,
  onDone,
}: {
  clientId: string;
  definition: ScreenDefinition;
  onDone: (p: IntakePage) => void;
}): React.JSX.Element {
  const [changed, setChanged] = useState<Answer | undefined>();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [note, setNote] = useState('');
  const [visitOn, setVisitOn] = useState(today());
  const [message, setMessage] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setMessage(undefined);
    if (changed === undefined) {
      setMessage('Answer “Anything changed since last time?” first.');
      return;
    }
    try {
      onDone(
        await clientsApi.rescreen(clientId, {
          visitOn,
          changed: changed === 'yes',
          answers: changed === 'yes' ? answers : {},
          note,
        }),
      );
      setDone(`Re-screen for ${visitOn} recorded.`);
      setChanged(undefined);
      setAnswers({});
      setNote('');
    } catch (error) {
      const f = fieldErrors(error);
      setMessage(
        Object.values(f)[0] ??
          (error instanceof ApiError ? error.message : 'The server did not answer; try again.'),
      );
    }
  };

  return (
    <form
      className="card form rescreen"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="rescreen-title"
    >
      <h2 id="rescreen-title">Visit re-screen</h2>
      <div className="field narrow">
        <label htmlFor="visit-on">Visit date</label>
        <input id="visit-on" type="date" value={visitOn} onChange={(e) => setVisitOn(e.target.value)} />
      </div>
      <YesNo
        id="rescreen-changed"
        question="Anything changed since last time?"
        value={changed}
        onChange={setChanged}
      />
      {changed === 'yes' && (
        <>
          {definition.questions
            .filter((q) => q.everyVisit)
            .map((q) => (
              <YesNo
                key={q.id}
                id={`rs-${q.id}`}
                question={q.text}
                value={answers[q.id]}
                onChange={(a) => setAnswers((x) => ({ ...x, [q.id]: a }))}
              />
            ))}
          <div className="field">
            <label htmlFor="rescreen-note">What changed</label>
            <textarea
              id="rescreen-note"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          </div>
        </>
      )}
      {message !== undefined && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      {done !== undefined && (
        <p className="saved-note" role="status">
          {done}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">Record re-screen</button>
      </div>
    </form>
  );
}
