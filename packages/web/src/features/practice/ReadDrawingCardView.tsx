import { useId, useState } from 'react';
import { ACTIVITIES, MOVEMENTS, SYMPTOMS, type Atlas } from '@myomap/atlas';
import { musclesNamed, type CardAnswer, type ReadDrawingCard } from '@myomap/engine';
import type { Drawing } from '../../body-map/drawing.ts';
import { PatternMap } from './PatternMap.tsx';

/** The evidence of a drawing card in words. */
export function evidenceWords(card: ReadDrawingCard): string[] {
  const sideText = (s: string | undefined): string =>
    s === 'l' ? ' (left)' : s === 'r' ? ' (right)' : s === 'both' ? ' (both sides)' : '';
  return [
    ...card.evidence.movements.map((m) => `${MOVEMENTS[m.id]} restricted or painful${sideText(m.side)}`),
    ...card.evidence.activities.map((a) => ACTIVITIES[a]),
    ...card.evidence.symptoms.map((s) => SYMPTOMS[s]),
  ];
}

/** "Read the drawing": a client's drawing and evidence; name the three most likely sources in order. */
export function ReadDrawingCardView({
  atlas,
  card,
  names,
  onAnswer,
}: {
  atlas: Atlas;
  card: ReadDrawingCard;
  names: readonly string[];
  onAnswer: (a: CardAnswer) => void;
}): React.JSX.Element {
  const [picks, setPicks] = useState(['', '', '']);
  const listId = useId();
  const drawing: Drawing = new Map(
    card.drawing.map((d) => [d.region, { intensity: d.intensity, quality: d.quality ?? 'aching' }]),
  );
  const evidence = evidenceWords(card);
  const ids = picks.map((p) => musclesNamed(atlas, p)[0] ?? p.trim());
  return (
    <>
      <p className="practice-prompt">{card.description} Rank the three most likely trigger point sources.</p>
      <PatternMap
        focus={card.drawing.map((d) => d.region)}
        countLabel="painted regions"
        label="Client's pain drawing"
        drawing={drawing}
      />
      {evidence.length > 0 && (
        <ul className="practice-evidence" aria-label="Evidence">
          {evidence.map((e) => (
            <li key={e} className="chip">
              {e}
            </li>
          ))}
        </ul>
      )}
      <form
        className="practice-answer practice-ranks"
        onSubmit={(e) => {
          e.preventDefault();
          onAnswer({ type: 'read-drawing', ranked: ids.filter((id) => id !== '') });
        }}
      >
        {picks.map((p, i) => (
          <label key={i}>
            {i + 1}.
            <input
              value={p}
              list={listId}
              autoComplete="off"
              data-autofocus={i === 0 ? true : undefined}
              aria-label={`Source ${i + 1}`}
              onChange={(e) => setPicks(picks.map((x, k) => (k === i ? e.target.value : x)))}
            />
          </label>
        ))}
        <datalist id={listId}>
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="submit" disabled={picks.every((p) => p.trim() === '')}>
          Check
        </button>
      </form>
    </>
  );
}
