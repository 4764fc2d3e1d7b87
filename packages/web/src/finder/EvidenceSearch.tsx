import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { EvidenceOption } from './finder-kit.ts';
import { searchEvidence, type EvidenceReader } from './evidence-search.ts';
import type { EvidenceKind } from './finder-state.ts';

const KIND_TAG: Readonly<Record<EvidenceKind, string>> = {
  movement: 'Movement',
  activity: 'Activity',
  symptom: 'Symptom',
  redFlag: 'Red flag',
};

/** One search box over movement tests, activities, symptoms and red flags; picking a result adds a chip. */
export function EvidenceSearch({
  options,
  read,
  isChosen,
  onAdd,
}: {
  options: readonly EvidenceOption[];
  /** The Finder's language layer, so lay words and misspellings find their entry too. */
  read?: EvidenceReader;
  isChosen: (kind: EvidenceKind, id: string) => boolean;
  onAdd: (kind: EvidenceKind, id: string) => void;
}): React.JSX.Element {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => searchEvidence(options, query, 12, read), [options, query, read]);
  const open = query.trim() !== '';
  const current = results[Math.min(active, results.length - 1)];
  const optionId = (o: EvidenceOption): string => `${id}-${o.kind}-${o.id}`;

  const pick = (o: EvidenceOption): void => {
    onAdd(o.kind, o.id);
    setQuery('');
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (results.length === 0 ? 0 : (a + step + results.length) % results.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (current !== undefined) pick(current);
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <div className="evidence-search no-print">
      <label htmlFor={`${id}-input`} className="field-label">
        Add evidence
      </label>
      <div className="combo">
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={open && current !== undefined ? optionId(current) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder="movement, activity, symptom or red flag…"
          autoComplete="off"
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Matching evidence"
          className="evidence-options"
          hidden={!open}
        >
          {open && results.length === 0 && (
            <li className="muted small no-match" role="presentation">
              Nothing matches “{query}”.
            </li>
          )}
          {results.map((o) => {
            const chosen = isChosen(o.kind, o.id);
            return (
              <li
                key={`${o.kind}-${o.id}`}
                id={optionId(o)}
                role="option"
                aria-selected={o === current}
                aria-disabled={chosen}
                className={`evidence-option ${o === current ? 'active' : ''} kind-${o.kind}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(o)}
              >
                <span className="option-label">{o.label}</span>
                <span className="visually-hidden">, </span>
                <span className="kind-tag">{chosen ? 'added' : KIND_TAG[o.kind]}</span>
              </li>
            );
          })}
        </ul>
      </div>
      <p id={`${id}-hint`} className="hint muted">
        e.g. “opening the mouth”, “chewing gum”, “dizziness”, “shortness of breath”
      </p>
    </div>
  );
}
