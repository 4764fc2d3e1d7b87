import type { ContextChip } from './description-evidence.ts';

/** What the description mentioned but ruled out, or said of someone else: shown, never counted. */
export function ContextChips({
  chips,
  label = 'Not counted',
}: {
  chips: readonly ContextChip[];
  /** The list's accessible name, unique on the page. */
  label?: string;
}): React.JSX.Element | null {
  if (chips.length === 0) return null;
  return (
    <div className="context-chips">
      <p className="small muted">Read but not counted:</p>
      <ul className="chip-list" aria-label={label}>
        {chips.map((c) => (
          <li key={c.key} className={`evidence-chip context-chip status-${c.status}`} data-status={c.status}>
            <span className="chip-label">
              {c.text} <span aria-hidden="true">→</span> <strong>{c.label}</strong>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
