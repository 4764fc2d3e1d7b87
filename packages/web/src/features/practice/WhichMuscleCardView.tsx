import { useId, useState } from 'react';
import type { CardAnswer, WhichMuscleCard } from '@myomap/engine';
import { PatternMap } from './PatternMap.tsx';

/** "Which muscle?": the pattern on the map; type the muscle (type-ahead over names and aliases). */
export function WhichMuscleCardView({
  card,
  names,
  onAnswer,
}: {
  card: WhichMuscleCard;
  names: readonly string[];
  onAnswer: (a: CardAnswer) => void;
}): React.JSX.Element {
  const [text, setText] = useState('');
  const listId = useId();
  return (
    <>
      <p className="practice-prompt">
        Which muscle refers this pattern? (solid: essential zone; hatched: spillover)
      </p>
      <PatternMap
        focus={card.essential}
        countLabel="pattern regions"
        label="Referral pattern to name"
        pattern={{ essential: new Set(card.essential), spillover: new Set(card.spillover) }}
      />
      <form
        className="practice-answer"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() !== '') onAnswer({ type: 'which-muscle', text });
        }}
      >
        <label>
          Muscle
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            list={listId}
            autoComplete="off"
            data-autofocus
            placeholder="Start typing a muscle name"
          />
        </label>
        <datalist id={listId}>
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="submit" disabled={text.trim() === ''}>
          Check
        </button>
      </form>
    </>
  );
}
