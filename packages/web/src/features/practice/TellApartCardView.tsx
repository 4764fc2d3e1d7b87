import type { Atlas } from '@myomap/atlas';
import type { CardAnswer, TellApartCard } from '@myomap/engine';
import { PatternMap } from './PatternMap.tsx';
import { muscleName } from './card-text.ts';

/** "Tell them apart": a pattern and the two muscles whose patterns overlap most; which one is it? */
export function TellApartCardView({
  atlas,
  card,
  onAnswer,
}: {
  atlas: Atlas;
  card: TellApartCard;
  onAnswer: (a: CardAnswer) => void;
}): React.JSX.Element {
  const choices = [card.muscleId, card.otherId].sort();
  return (
    <>
      <p className="practice-prompt">
        These two muscles refer to overlapping places. Which one refers exactly this pattern?
      </p>
      <PatternMap
        focus={card.essential}
        countLabel="pattern regions"
        label="Pattern to tell apart"
        pattern={{ essential: new Set(card.essential), spillover: new Set(card.spillover) }}
      />
      <div className="practice-answer practice-choices" role="group" aria-label="Which muscle">
        {choices.map((id, i) => (
          <button
            key={id}
            type="button"
            data-autofocus={i === 0 ? true : undefined}
            onClick={() => onAnswer({ type: 'tell-apart', muscleId: id })}
          >
            {muscleName(atlas, id)}
          </button>
        ))}
      </div>
    </>
  );
}
