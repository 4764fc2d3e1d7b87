import type { Answer } from '../../api/clients.ts';

/** One screen question answered yes or no: a radio group, reachable by Tab and arrow keys, big enough to tap. */
export function YesNo({
  id,
  question,
  value,
  onChange,
}: {
  id: string;
  question: string;
  value: Answer | undefined;
  onChange: (a: Answer) => void;
}): React.JSX.Element {
  return (
    <div
      className={`yes-no${value === 'yes' ? ' is-yes' : ''}`}
      role="radiogroup"
      aria-labelledby={`${id}-q`}
    >
      <p id={`${id}-q`} className="yes-no-question">
        {question}
      </p>
      <div className="yes-no-options">
        {(['no', 'yes'] as const).map((a) => (
          <label key={a} className="yes-no-option">
            <input type="radio" name={id} value={a} checked={value === a} onChange={() => onChange(a)} />
            {a === 'yes' ? 'Yes' : 'No'}
          </label>
        ))}
      </div>
    </div>
  );
}
