import { memo, useId } from 'react';
import { FINDER_TEXT_MAX } from '@myomap/engine';
import type { ClientWords } from './client-words.ts';
import { ContextChips } from './ContextChips.tsx';
import './client-says.css';

/**
 * The client's age and what the client says, for the red-flag screen: the signs read from the words
 * (each with the words it came from) and what the words ruled out or said of someone else.
 */
export const ClientSays = memo(function ClientSays({
  ageText,
  ageError,
  onAgeText,
  text,
  onText,
  words,
  ageFromText,
}: {
  ageText: string;
  ageError: string | undefined;
  onAgeText: (raw: string) => void;
  text: string;
  onText: (text: string) => void;
  /** What the screen read of the settled words; undefined while there are none. */
  words: ClientWords | undefined;
  /** An age the words give ("I'm 72") when the field is empty. */
  ageFromText: number | undefined;
}): React.JSX.Element {
  const id = useId();
  const full = text.length >= FINDER_TEXT_MAX;
  return (
    <section className="card client-says no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Red-flag screen</h2>
      <div className={`client-age${ageError === undefined ? '' : ' has-error'}`}>
        <label htmlFor={`${id}-age`} className="field-label">
          Age
        </label>
        <input
          id={`${id}-age`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={ageText}
          onChange={(e) => onAgeText(e.target.value)}
          aria-invalid={ageError === undefined ? undefined : true}
          aria-describedby={`${id}-age-note`}
        />
        <span className="small muted">years, optional: the over-50 rules need it</span>
      </div>
      <p id={`${id}-age-note`} className="client-age-note small" aria-live="polite">
        {ageError !== undefined && <span className="field-error">{ageError}</span>}
        {ageError === undefined && ageText.trim() === '' && ageFromText !== undefined && (
          <span className="muted">Age {ageFromText} read from the client’s words.</span>
        )}
      </p>
      <label htmlFor={`${id}-text`} className="field-label">
        What the client says
      </label>
      <textarea
        id={`${id}-text`}
        rows={3}
        maxLength={FINDER_TEXT_MAX}
        value={text}
        onChange={(e) => onText(e.target.value)}
        placeholder="e.g. numb down there when I wipe; no fever"
        aria-describedby={`${id}-text-note`}
      />
      <p id={`${id}-text-note`} className="small muted client-text-note">
        Read for red flags with the same rules as the red-flag chips; it does not change the ranking.{' '}
        <span className={full ? 'field-error' : undefined}>
          {text.length} / {FINDER_TEXT_MAX}
          {full && ' characters: the limit, nothing more is kept'}
        </span>
      </p>
      <div aria-live="polite">
        {words !== undefined && words.signs.length > 0 && (
          <p className="small muted sign-lead">Red-flag signs read:</p>
        )}
        {words !== undefined && words.signs.length > 0 && (
          <ul className="chip-list sign-chips" aria-label="Signs read from the client’s words">
            {words.signs.map((s) => (
              <li
                key={s.key}
                className={`evidence-chip sign-chip${s.raised ? '' : ' not-raised'}`}
                data-sign={s.id}
              >
                <span className="chip-label">
                  “{s.text}” <span aria-hidden="true">→</span> <strong>{s.label}</strong>
                  {!s.raised && <span className="muted"> (stops nothing on its own)</span>}
                </span>
              </li>
            ))}
          </ul>
        )}
        {words !== undefined && (
          <ContextChips chips={words.notCounted} label="Not counted in the client’s words" />
        )}
      </div>
    </section>
  );
});
