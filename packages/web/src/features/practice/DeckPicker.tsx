import { BODY_AREA_NAMES, BODY_AREAS, type BodyArea } from '@myomap/atlas';
import { CARD_TYPES, type CardType, type Deck, type Difficulty } from '@myomap/engine';
import { CARD_TYPE_NAMES } from './card-text.ts';

/** Choose the deck: body area, card type and the hardest difficulty to include. */
export function DeckPicker({
  deck,
  onChange,
}: {
  deck: Deck;
  onChange: (d: Deck) => void;
}): React.JSX.Element {
  const area = deck.areas?.[0] ?? '';
  const type = deck.types?.[0] ?? '';
  return (
    <fieldset className="practice-deck">
      <legend>Deck</legend>
      <label>
        Body area
        <select
          value={area}
          onChange={(e) =>
            onChange({ ...deck, areas: e.target.value === '' ? undefined : [e.target.value as BodyArea] })
          }
        >
          <option value="">All areas</option>
          {BODY_AREAS.map((a) => (
            <option key={a} value={a}>
              {BODY_AREA_NAMES[a]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Card type
        <select
          value={type}
          onChange={(e) =>
            onChange({ ...deck, types: e.target.value === '' ? undefined : [e.target.value as CardType] })
          }
        >
          <option value="">All types</option>
          {CARD_TYPES.map((t) => (
            <option key={t} value={t}>
              {CARD_TYPE_NAMES[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Difficulty
        <select
          value={deck.maxDifficulty ?? 3}
          onChange={(e) => onChange({ ...deck, maxDifficulty: Number(e.target.value) as Difficulty })}
        >
          <option value={1}>Most common patterns</option>
          <option value={2}>Common</option>
          <option value={3}>Everything</option>
        </select>
      </label>
    </fieldset>
  );
}
