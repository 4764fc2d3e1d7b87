// Practice: choosing the next card for a learner with 3,000 cards and 100,000 past reviews, and grading
// a painted pattern. The deck is the generated cards repeated under new ids up to 3,000; reviews are
// spread over a year by a seeded generator (ratings 1–4, 20% Again; bench/support/practice-load.ts).
// Each call timed on its own.
// Run: node scripts/run-ts.mjs bench/practice.bench.ts
import { loadAtlas } from '@myomap/atlas';
import {
  buildPracticeState,
  gradeCard,
  nextCard,
  practiceCards,
  type PaintPatternCard,
} from '@myomap/engine';
import { BENCH_END, benchCards, benchReviews } from './support/practice-load.ts';
import { report } from './support/timing.ts';

const atlas = loadAtlas();
const CARDS = 3_000;
const REVIEWS = 100_000;
const DAY = 86_400_000;

let seed = 7;
const rand = (): number => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
};

const base = practiceCards(atlas);
const cards = benchCards(atlas, CARDS);
const reviews = benchReviews(cards, REVIEWS);

function percentiles(samples: number[]): { median: number; p95: number; p99: number } {
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.floor(samples.length * q)] ?? 0;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const ms = (x: number): number => Math.round(x * 1000) / 1000;
const us = (x: number): number => Math.round(x * 10_000) / 10;

function timeEach(calls: number, fn: (i: number) => unknown): { median: number; p95: number; p99: number } {
  for (let i = 0; i < Math.min(200, calls); i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    fn(i);
    samples.push(performance.now() - t);
  }
  return percentiles(samples);
}

const t0 = performance.now();
const state = buildPracticeState(reviews);
const buildMs = performance.now() - t0;
report(
  `buildPracticeState, ${REVIEWS.toLocaleString('en')} reviews over ${state.byCard.size} cards (once per session)`,
  {
    ms: Math.round(buildMs),
  },
);

const end = BENCH_END;
const next = timeEach(2_000, (i) => nextCard(state, cards, end + (i % 100) * (DAY / 10)));
report(
  `nextCard, ${CARDS.toLocaleString('en')} cards, ${REVIEWS.toLocaleString('en')} past reviews, 2,000 calls`,
  {
    'median ms': ms(next.median),
    'p95 ms': ms(next.p95),
    'p99 ms': ms(next.p99),
    target: 'p95 ≤ 5 ms',
  },
);
const fresh = buildPracticeState([]);
const first = timeEach(2_000, (i) => nextCard(fresh, cards, end + i));
report('nextCard, new learner (no reviews), 2,000 calls', {
  'median ms': ms(first.median),
  'p95 ms': ms(first.p95),
});

const paints = base.filter((c): c is PaintPatternCard => c.type === 'paint-pattern');
const regionIds = atlas.regions.map((r) => r.id);
const answers = paints.map((c) => {
  const painted = c.essential.filter(() => rand() < 0.7);
  for (let k = 0; k < 3; k++) painted.push(regionIds[Math.floor(rand() * regionIds.length)]!);
  return painted;
});
const grade = timeEach(20_000, (i) =>
  gradeCard(atlas, paints[i % paints.length]!, {
    type: 'paint-pattern',
    regions: answers[i % answers.length]!,
  }),
);
report(`gradeCard on a painted pattern, ${paints.length} muscles cycled, 20,000 calls`, {
  'median µs': us(grade.median),
  'p95 µs': us(grade.p95),
  'p99 µs': us(grade.p99),
  target: '≤ 1 ms',
});
