import { BODY_AREA_NAMES, type Muscle } from '@myomap/atlas';
import { joinWords } from './region-words.ts';

/** The line under a muscle's name: area, other names, what it does, and a jump to its cautions. */
export function MuscleLead({ muscle }: { muscle: Muscle }): React.JSX.Element {
  return (
    <span className="muscle-lead">
      <span>
        <span className="area-chip">{BODY_AREA_NAMES[muscle.area]}</span>
        {muscle.aliases.length > 0 && <> Also called {joinWords(muscle.aliases)}.</>}
      </span>
      <span>What it does: {muscle.actions.join('; ')}.</span>
      {muscle.cautions.length > 0 && (
        <a href="#cautions" className="caution-jump">
          ⚠ {muscle.cautions.length === 1 ? '1 caution' : `${muscle.cautions.length} cautions`}: read before
          treating
        </a>
      )}
    </span>
  );
}
