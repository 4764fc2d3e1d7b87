import { loadAtlas } from '@myomap/atlas';
import { describe, expect, it } from 'vitest';
import {
  applyReview,
  buildPracticeState,
  createPracticeState,
  dueAt,
  mergeReviews,
  nextCard,
  practiceCards,
  practiceProgress,
  type Review,
} from '../index.ts';

const atlas = loadAtlas();
const cards = practiceCards(atlas);
const T0 = Date.UTC(2026, 0, 5, 9);
const MIN = 60_000;
const DAY = 86_400_000;
const review = (n: number, cardId: string, at: number, rating: Review['rating']): Review => ({
  id: `review-${String(n).padStart(4, '0')}`,
  cardId,
  at,
  rating,
  correct: rating >= 3,
  score: rating >= 3 ? 1 : 0,
});

describe('practice scheduling', () => {
  it('a log read from storage (equal, not identical, card ids) schedules the same with the deck given', () => {
    const log = cards
      .slice(0, 40)
      .map((c, i) => review(i, c.id, T0 + i * MIN, ((i % 4) + 1) as Review['rating']));
    const stored = JSON.parse(JSON.stringify(log)) as Review[];
    const plain = buildPracticeState(log);
    const keyed = buildPracticeState(stored, cards);
    for (const c of cards.slice(0, 41)) expect(dueAt(keyed, c.id)).toBe(dueAt(plain, c.id));
    expect(nextCard(keyed, cards, T0 + DAY)).toEqual(nextCard(plain, cards, T0 + DAY));
    // the caller's reviews are not changed
    expect(stored).toEqual(log);
  });

  it('introduces new cards easiest first, all card types early, up to the daily limit', () => {
    const state = createPracticeState();
    const first = nextCard(state, cards, T0);
    expect(first?.reason).toBe('new');
    expect(first?.card.difficulty).toBe(1);
    const types = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const next = nextCard(state, cards, T0 + i * MIN, { newPerDay: 3 })!;
      types.add(next.card.type);
      applyReview(state, review(i, next.card.id, T0 + i * MIN, 3));
    }
    expect(types.size).toBe(3);
    // Three new cards today: the limit is reached and none of them is due yet.
    expect(nextCard(state, cards, T0 + 3 * MIN, { newPerDay: 3 })).toBeUndefined();
  });

  it('shows a due card before any new card; a failed card comes back sooner than a good one', () => {
    const [a, b] = [cards[0]!.id, cards[1]!.id];
    const state = buildPracticeState([review(1, a, T0, 1), review(2, b, T0, 3)]);
    expect(dueAt(state, a)!).toBeLessThan(dueAt(state, b)!);
    const next = nextCard(state, cards, T0 + 30 * MIN);
    expect(next).toMatchObject({ reason: 'due', card: { id: a } });
    // Both failed, b first: b is the more overdue, so it comes first whatever the card order.
    const both = buildPracticeState([review(1, b, T0, 1), review(2, a, T0 + 5 * MIN, 1)]);
    expect(nextCard(both, cards, T0 + 60 * MIN)?.card.id).toBe(b);
  });

  it('never doubles a review synced twice, and a late review lands in time order', () => {
    const id = cards[0]!.id;
    const log = [review(1, id, T0, 3), review(2, id, T0 + DAY, 3), review(3, id, T0 + 4 * DAY, 2)];
    const inOrder = buildPracticeState(log);
    const state = createPracticeState();
    applyReview(state, log[0]!);
    applyReview(state, log[2]!); // the middle review arrives last (offline device)
    expect(applyReview(state, log[2]!)).toBe(false);
    applyReview(state, log[1]!);
    expect(state.byCard.get(id)!.reviews.length).toBe(3);
    expect(dueAt(state, id)).toBe(dueAt(inOrder, id));
    expect(mergeReviews(log, log, [log[1]!]).length).toBe(3);
  });

  it('reports accuracy and retention by area and type, a calendar and the pairs most often confused', () => {
    const which = cards.find((c) => c.type === 'which-muscle' && c.muscleId === 'infraspinatus')!;
    const confused: Review = {
      ...review(1, which.id, T0, 1),
      confusion: ['infraspinatus', 'deltoid-anterior'],
    };
    const state = buildPracticeState([confused, review(2, which.id, T0 + DAY, 3)]);
    const p = practiceProgress(atlas, state, new Map(cards.map((c) => [c.id, c])), T0 + DAY + MIN);
    expect(p.total).toMatchObject({ reviews: 2, correct: 1, accuracy: 0.5, retention: 1 });
    expect(p.byArea['shoulder-girdle']?.reviews).toBe(2);
    expect(p.byType['which-muscle']?.accuracy).toBe(0.5);
    expect(p.calendar.slice(0, 2).map((d) => [d.day, d.reviews])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-06', 1],
    ]);
    expect(p.calendar.some((d) => d.due > 0)).toBe(true);
    expect(p.confusions[0]?.message).toBe('you mix up Deltoid, anterior part and Infraspinatus');
  });
});
