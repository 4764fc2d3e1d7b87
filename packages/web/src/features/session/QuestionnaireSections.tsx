import type { Questionnaire } from '@myomap/engine';

/**
 * The ten sections of the NDI or ODI as radio groups: six answers scored 0–5 each (whole rows are
 * 44 px+ targets), and "not answered" to leave a section out.
 */
export function QuestionnaireSections({
  questionnaire,
  answers,
  onChange,
}: {
  questionnaire: Questionnaire;
  answers: readonly (number | null)[];
  onChange: (answers: (number | null)[]) => void;
}): React.JSX.Element {
  const set = (i: number, v: number | null) => onChange(answers.map((a, j) => (j === i ? v : a)));
  return (
    <div className="questionnaire">
      <p className="muted">{questionnaire.instructions}</p>
      {questionnaire.sections.map((s, i) => {
        const name = `${questionnaire.measure}-${s.id}`;
        return (
          <fieldset key={s.id} className="q-section">
            <legend>
              {i + 1}. {s.topic}
            </legend>
            <p className="q-question">{s.question}</p>
            {s.answers.map((text, n) => (
              <label key={n} className="check q-answer">
                <input type="radio" name={name} checked={answers[i] === n} onChange={() => set(i, n)} />{' '}
                <span className="q-score">{n}</span> {text}
              </label>
            ))}
            <label className="check q-answer muted">
              <input type="radio" name={name} checked={answers[i] === null} onChange={() => set(i, null)} />{' '}
              Not answered{s.mayBeSkipped ? ' (does not apply)' : ''}
            </label>
          </fieldset>
        );
      })}
    </div>
  );
}
