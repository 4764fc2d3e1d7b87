import type { KeyboardEvent } from 'react';

/** Which result view is shown. */
export type ResultsTab = 'ranked' | 'set';

const TABS: readonly { id: ResultsTab; label: string }[] = [
  { id: 'ranked', label: 'Ranked sources' },
  { id: 'set', label: 'Fewest muscles' },
];

/** Tabs between the ranked list and the fewest-muscles view (arrow keys move between them). */
export function ResultsTabs({
  tab,
  idBase,
  onChange,
}: {
  tab: ResultsTab;
  idBase: string;
  onChange: (tab: ResultsTab) => void;
}): React.JSX.Element {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = tab === 'ranked' ? 'set' : 'ranked';
    onChange(next);
    document.getElementById(`${idBase}-tab-${next}`)?.focus();
  };
  return (
    <div className="results-tabs no-print" role="tablist" aria-label="Results" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          id={`${idBase}-tab-${t.id}`}
          type="button"
          role="tab"
          aria-selected={tab === t.id}
          aria-controls={`${idBase}-panel-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          className={tab === t.id ? 'active' : ''}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
