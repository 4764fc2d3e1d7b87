import type { ContextChip } from './description-evidence.ts';

/** What the description mentioned but ruled out, or said of someone else: shown, never counted. */
export function ContextChips({ chips }: { chips: readonly ContextChip[] }): React.JSX.Element | null {
  if (chips.length === 0) return null;
  return (
    <div className="context-chips">
      <p className="small muted">Read but not counted:</p>
      <ul className="chip-list" aria-label="Not counted">
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
