// The practice benches' load: the generated deck repeated under new ids up to a card count, and a
// review history spread over a year by a seeded generator (ratings 1–4, 20% Again).
import type { Atlas } from '@myomap/atlas';
import { practiceCards, type PracticeCard, type Review } from '@myomap/engine';

const DAY = 86_400_000;

/** Where the bench's review year starts (2025-01-01 UTC). */
export const BENCH_START = Date.UTC(2025, 0, 1);

/** Where the bench's review year ends. */
export const BENCH_END = BENCH_START + 365 * DAY;

/** The generated cards repeated (ids suffixed #1, #2, …) up to `count`. */
export function benchCards(atlas: Atlas, count: number): PracticeCard[] {
  const base = practiceCards(atlas);
  return Array.from({ length: count }, (_, i) => {
    const c = base[i % base.length]!;
    return i < base.length ? c : { ...c, id: `${c.id}#${Math.floor(i / base.length)}` };
  });
}

/** `count` reviews of random cards over the bench year, seeded (the same every run); ids "bench-000000"… */
export function benchReviews(cards: readonly PracticeCard[], count: number, seed = 42): Review[] {
  let s = seed;
  const rand = (): number => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: count }, (_, i) => {
    const rating = (rand() < 0.2 ? 1 : 2 + Math.floor(rand() * 3)) as Review['rating'];
    return {
      id: `bench-${String(i).padStart(6, '0')}`,
      cardId: cards[Math.floor(rand() * cards.length)]!.id,
      at: BENCH_START + Math.floor((i / count) * 365 * DAY),
      rating,
      correct: rating >= 3,
      score: rating >= 3 ? 1 : 0,
    };
  });
}
