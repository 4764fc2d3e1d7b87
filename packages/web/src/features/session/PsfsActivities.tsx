import { PSFS_INSTRUCTIONS } from '@myomap/engine';

/** The PSFS: 3–5 activities the client names, each rated 0–10 (blank until rated). */
export function PsfsActivities({
  labels,
  answers,
  onChange,
}: {
  labels: readonly string[];
  answers: readonly (number | null)[];
  onChange: (labels: string[], answers: (number | null)[]) => void;
}): React.JSX.Element {
  const setLabel = (i: number, v: string) =>
    onChange(
      labels.map((l, j) => (j === i ? v : l)),
      [...answers],
    );
  const setRating = (i: number, v: number | null) =>
    onChange(
      [...labels],
      answers.map((a, j) => (j === i ? v : a)),
    );
  return (
    <div className="psfs">
      <p className="muted">
        {PSFS_INSTRUCTIONS.prompt} {PSFS_INSTRUCTIONS.low}; {PSFS_INSTRUCTIONS.high}.
      </p>
      {labels.map((label, i) => (
        <div key={i} className="inline-fields">
          <label className="field">
            <span>Activity {i + 1}</span>
            <input
              aria-label={`Activity ${i + 1}`}
              value={label}
              maxLength={120}
              onChange={(e) => setLabel(i, e.target.value)}
            />
          </label>
          <label className="field narrow">
            <span>Activity {i + 1} rating</span>
            <select
              aria-label={`Activity ${i + 1} rating (0–10)`}
              value={answers[i] ?? ''}
              onChange={(e) => setRating(i, e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">–</option>
              {Array.from({ length: 11 }, (_, n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          {labels.length > PSFS_INSTRUCTIONS.minActivities && (
            <button
              type="button"
              onClick={() =>
                onChange(
                  labels.filter((_, j) => j !== i),
                  answers.filter((_, j) => j !== i),
                )
              }
            >
              Remove
            </button>
          )}
        </div>
      ))}
      {labels.length < PSFS_INSTRUCTIONS.maxActivities && (
        <button type="button" onClick={() => onChange([...labels, ''], [...answers, null])}>
          Add an activity
        </button>
      )}
    </div>
  );
}
