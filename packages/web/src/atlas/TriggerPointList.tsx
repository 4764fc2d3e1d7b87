import type { Muscle, TriggerPoint } from '@myomap/atlas';
import type { Side } from '@myomap/atlas/regions';
import { FactSection } from './FactSection.tsx';
import { CULPRIT_WORDS } from './fact-words.ts';
import { TriggerPointCard } from './TriggerPointCard.tsx';

/** What the culprit tags beside each zone region mean. */
function CulpritLegend(): React.JSX.Element {
  return (
    <p className="culprit-legend small">
      The tag beside each region says how often <em>this muscle</em> is the cause when pain is felt in{' '}
      <em>that region</em> (per region, from the textbooks’ pain guides):{' '}
      <span className="culprit culprit-primary">{CULPRIT_WORDS.primary}</span> one of the first muscles to
      check there, <span className="culprit culprit-common">{CULPRIT_WORDS.common}</span> often,{' '}
      <span className="culprit culprit-occasional">{CULPRIT_WORDS.occasional}</span> now and then. Tap a
      region for everything that refers there.
    </p>
  );
}

/**
 * The trigger points section: one card per point, each can narrow the map to its own pattern; patterns
 * from injection studies are listed only when asked for.
 */
export function TriggerPointList({
  muscle,
  visible,
  side,
  focusId,
  onFocus,
  hiddenExperimental,
  showingExperimental,
  onShowExperimental,
}: {
  muscle: Muscle;
  visible: readonly TriggerPoint[];
  side: Side;
  focusId: string | undefined;
  onFocus: (id: string | undefined) => void;
  /** Injection-study patterns not listed (0 when none are hidden). */
  hiddenExperimental: number;
  showingExperimental: boolean;
  onShowExperimental: (show: boolean) => void;
}): React.JSX.Element {
  return (
    <FactSection id="trigger-points" title={`Trigger points (${visible.length})`}>
      <CulpritLegend />
      {visible.some((tp) => tp.experimental === true) && (
        <p className="muted small">
          Patterns marked “injection study” were mapped by injecting saline into the muscle of volunteers, not
          found in patients.
        </p>
      )}
      <ol className="tp-list">
        {visible.map((tp) => (
          <TriggerPointCard
            key={tp.id}
            tp={tp}
            number={muscle.triggerPoints.indexOf(tp) + 1}
            side={side}
            shown={focusId === tp.id}
            onToggle={() => onFocus(focusId === tp.id ? undefined : tp.id)}
          />
        ))}
      </ol>
      {hiddenExperimental > 0 && (
        <button type="button" className="link-button" onClick={() => onShowExperimental(true)}>
          Show {hiddenExperimental} {hiddenExperimental === 1 ? 'pattern' : 'patterns'} from injection studies
        </button>
      )}
      {showingExperimental && (
        <button type="button" className="link-button" onClick={() => onShowExperimental(false)}>
          Hide the patterns from injection studies
        </button>
      )}
    </FactSection>
  );
}
