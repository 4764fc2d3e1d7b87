import type { FindingSide, MovementFinding } from './finder-state.ts';

/** A movement test chip: the movement, the side it was found on, restricted or painful, and remove. */
export function MovementChip({
  finding,
  label,
  onChange,
  onRemove,
}: {
  finding: MovementFinding;
  label: string;
  onChange: (next: MovementFinding) => void;
  onRemove: () => void;
}): React.JSX.Element {
  return (
    <li className="evidence-chip movement-chip" data-chip={finding.id}>
      <span className="chip-label">{label}</span>
      <select
        aria-label={`Side for ${label}`}
        value={finding.side}
        onChange={(e) => onChange({ ...finding, side: e.target.value as FindingSide })}
      >
        <option value="both">both sides</option>
        <option value="l">left</option>
        <option value="r">right</option>
      </select>
      <select
        aria-label={`Finding for ${label}`}
        value={finding.finding}
        onChange={(e) =>
          onChange({ ...finding, finding: e.target.value === 'painful' ? 'painful' : 'restricted' })
        }
      >
        <option value="restricted">restricted</option>
        <option value="painful">painful</option>
      </select>
      <button
        type="button"
        className="chip-remove no-print"
        onClick={onRemove}
        aria-label={`Remove ${label}`}
      >
        ×
      </button>
    </li>
  );
}
