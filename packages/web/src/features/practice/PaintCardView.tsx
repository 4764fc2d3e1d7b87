import { useState } from 'react';
import type { Atlas } from '@myomap/atlas';
import type { CardAnswer, PaintPatternCard } from '@myomap/engine';
import type { Drawing, PainMark } from '../../body-map/drawing.ts';
import { PatternMap } from './PatternMap.tsx';
import { muscleName, sideWord } from './card-text.ts';

const BRUSH: PainMark = { intensity: 6, quality: 'aching' };

/** "Paint the pattern": paint the muscle's essential zone by tap, drag or keyboard, then check. */
export function PaintCardView({
  atlas,
  card,
  onAnswer,
}: {
  atlas: Atlas;
  card: PaintPatternCard;
  onAnswer: (a: CardAnswer) => void;
}): React.JSX.Element {
  const [drawing, setDrawing] = useState<Drawing>(new Map());
  const name = muscleName(atlas, card.muscleId);
  return (
    <>
      <p className="practice-prompt">
        Paint the essential zone of the{' '}
        <strong>
          {sideWord(atlas, card)}
          {name}
        </strong>
        . Tap or drag to paint, tap again to erase; with a keyboard, arrows move and Enter paints.
      </p>
      <PatternMap
        focus={card.essential}
        label={`Paint the pattern of ${name}`}
        drawing={drawing}
        brush={BRUSH}
        onDrawingChange={setDrawing}
      />
      <div className="practice-answer">
        <span className="muted small">{drawing.size} painted</span>
        <button type="button" onClick={() => setDrawing(new Map())} disabled={drawing.size === 0}>
          Clear
        </button>
        <button
          type="button"
          onClick={() => onAnswer({ type: 'paint-pattern', regions: [...drawing.keys()] })}
        >
          Check
        </button>
      </div>
    </>
  );
}
