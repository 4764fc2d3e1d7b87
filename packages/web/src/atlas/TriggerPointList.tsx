import type { Muscle } from '@myomap/atlas';
import type { Side } from '@myomap/atlas/regions';
import { FactSection } from './FactSection.tsx';
import { TriggerPointCard } from './TriggerPointCard.tsx';

/** The trigger points section: one card per point, each can narrow the map to its own pattern. */
export function TriggerPointList({
  muscle,
  side,
  focusId,
  onFocus,
}: {
  muscle: Muscle;
  side: Side;
  focusId: string | undefined;
  onFocus: (id: string | undefined) => void;
}): React.JSX.Element {
  return (
    <FactSection id="trigger-points" title={`Trigger points (${muscle.triggerPoints.length})`}>
      <ol className="tp-list">
        {muscle.triggerPoints.map((tp, i) => (
          <TriggerPointCard
            key={tp.id}
            tp={tp}
            number={i + 1}
            side={side}
            shown={focusId === tp.id}
            onToggle={() => onFocus(focusId === tp.id ? undefined : tp.id)}
          />
        ))}
      </ol>
    </FactSection>
  );
}
