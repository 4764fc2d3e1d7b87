import { memo, useId, useState, type FormEvent } from 'react';
import type { ResolveResult } from '@myomap/engine';

interface Reading {
  readonly painted: number;
  readonly unresolved: readonly string[];
  readonly notes: readonly string[];
}

/** "Describe where it hurts": a sentence becomes painted regions, with what could not be read. */
export const DescribePain = memo(function DescribePain({
  onDescribe,
}: {
  onDescribe: (text: string) => ResolveResult;
}): React.JSX.Element {
  const id = useId();
  const [text, setText] = useState('');
  const [reading, setReading] = useState<Reading | undefined>(undefined);

  const submit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    if (text.trim() === '') return;
    const read = onDescribe(text);
    setReading({ painted: read.regions.length, unresolved: read.unresolved, notes: read.notes });
  };

  return (
    <form className="describe-pain no-print" onSubmit={submit} aria-label="Start from a description">
      <label htmlFor={`${id}-text`} className="field-label">
        Describe where it hurts
      </label>
      <div className="describe-row">
        <input
          id={`${id}-text`}
          type="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. right temple and back of the neck"
          autoComplete="off"
        />
        <button type="submit" className="primary">
          Paint
        </button>
      </div>
      <div className="describe-feedback" aria-live="polite">
        {reading !== undefined && (
          <p className="small">
            {reading.painted === 0
              ? 'No body region recognised.'
              : `Painted ${reading.painted} region${reading.painted === 1 ? '' : 's'} with the brush.`}
          </p>
        )}
        {reading !== undefined && reading.unresolved.length > 0 && (
          <p className="small unresolved">
            Not recognised: {reading.unresolved.map((u) => `“${u}”`).join(', ')}
          </p>
        )}
        {reading?.notes.map((note) => (
          <p key={note} className="small muted">
            {note}
          </p>
        ))}
      </div>
    </form>
  );
});
