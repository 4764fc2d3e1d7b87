import { useState } from 'react';
import type { Atlas } from '@myomap/atlas';
import type { CardAnswer, FindTriggerPointCard } from '@myomap/engine';
import { PatternMap } from './PatternMap.tsx';
import { muscleName, regionName, sideWord } from './card-text.ts';

/** "Find the trigger point": tap the region where one of the muscle's trigger points lies, then check. */
export function FindCardView({
  atlas,
  card,
  onAnswer,
}: {
  atlas: Atlas;
  card: FindTriggerPointCard;
  onAnswer: (a: CardAnswer) => void;
}): React.JSX.Element {
  const [region, setRegion] = useState<string | undefined>(undefined);
  const name = muscleName(atlas, card.muscleId);
  return (
    <>
      <p className="practice-prompt">
        Where does a trigger point of the{' '}
        <strong>
          {sideWord(atlas, card)}
          {name}
        </strong>{' '}
        lie? Tap the region (arrows and Enter with a keyboard).
      </p>
      <PatternMap
        focus={card.locations}
        label={`Find a trigger point of ${name}`}
        selected={region}
        onSelect={setRegion}
      />
      <div className="practice-answer">
        <span className="muted small" aria-live="polite">
          {region === undefined ? 'Nothing tapped yet' : `Tapped: ${regionName(atlas, region)}`}
        </span>
        <button
          type="button"
          disabled={region === undefined}
          onClick={() => region !== undefined && onAnswer({ type: 'find-trigger-point', region })}
        >
          Check
        </button>
      </div>
    </>
  );
}
