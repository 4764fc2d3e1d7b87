import { BODY_AREAS, type BodyArea } from '@myomap/atlas';
import type { Difficulty } from './card-types.ts';
import type { Deck } from './schedule.ts';

/** A deck an educator can assign: one body area (or every area) up to a difficulty. */
export interface NamedDeck {
  /** "<area>:<difficulty>", e.g. "neck:2" (neck cards of difficulty 1–2); "all:1" for every area. */
  readonly id: string;
  readonly area: BodyArea | 'all';
  readonly maxDifficulty: Difficulty;
  readonly deck: Deck;
}

const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

/** Every assignable deck: each body area and all areas, each up to difficulty 1, 2 and 3. */
export const PRACTICE_DECKS: readonly NamedDeck[] = (['all', ...BODY_AREAS] as const).flatMap((area) =>
  DIFFICULTIES.map((maxDifficulty) => ({
    id: `${area}:${maxDifficulty}`,
    area,
    maxDifficulty,
    deck: area === 'all' ? { maxDifficulty } : { areas: [area], maxDifficulty },
  })),
);

const byId = new Map(PRACTICE_DECKS.map((d) => [d.id, d]));

/** The assignable deck with this id, or undefined. */
export function deckById(id: string): NamedDeck | undefined {
  return byId.get(id);
}
