import type { Muscle, TriggerPoint } from '@myomap/atlas';
import { triggerPointNumber } from './trigger-point-focus.ts';

/** Picks the one trigger point the map shows, or all of them (one tap away). */
export function TriggerPointPicker({
  muscle,
  visible,
  focus,
  onFocus,
}: {
  muscle: Muscle;
  visible: readonly TriggerPoint[];
  /** The trigger point shown, or 'all'. */
  focus: string;
  onFocus: (focus: string) => void;
}): React.JSX.Element | null {
  if (visible.length < 2) return null;
  return (
    <div className="tp-picker" role="group" aria-label="Trigger point shown on the map">
      {visible.map((tp) => (
        <button
          key={tp.id}
          type="button"
          className="chip tp-pick"
          aria-pressed={focus === tp.id}
          aria-label={`Trigger point ${triggerPointNumber(muscle, tp.id)}, ${tp.label}`}
          onClick={() => onFocus(tp.id)}
        >
          <span className="tp-number" aria-hidden="true">
            {triggerPointNumber(muscle, tp.id)}
          </span>
          {tp.label}
        </button>
      ))}
      <button
        type="button"
        className="chip tp-pick"
        aria-pressed={focus === 'all'}
        onClick={() => onFocus('all')}
      >
        All trigger points
      </button>
    </div>
  );
}
