import type { Atlas, BodyArea } from '@myomap/atlas';
import type { CardType, PracticeCard } from './card-types.ts';
import { RATINGS } from './rating.ts';
import type { PracticeState } from './schedule.ts';

/** Counts for one group of cards: reviews, correct answers, accuracy and retention. */
export interface ProgressTally {
  reviews: number;
  correct: number;
  /** correct / reviews (0 when none). */
  accuracy: number;
  /** Of reviews of cards seen before, the share not rated Again (0 when none). */
  retention: number;
  recalled: number;
  repeats: number;
}

/** One day of the review calendar (UTC day): reviews done and cards due. */
export interface CalendarDay {
  readonly day: string;
  readonly reviews: number;
  readonly correct: number;
  readonly due: number;
}

/** Two muscles a learner mixes up, how often, in either direction. */
export interface Confusion {
  readonly a: string;
  readonly b: string;
  readonly aName: string;
  readonly bName: string;
  readonly count: number;
  /** "you mix up infraspinatus and anterior deltoid". */
  readonly message: string;
}

/** A learner's progress from the review history. */
export interface PracticeProgress {
  readonly total: ProgressTally;
  readonly byArea: Partial<Record<BodyArea, ProgressTally>>;
  readonly byType: Partial<Record<CardType, ProgressTally>>;
  /** Past days with reviews and the next `daysAhead` days with due cards, in day order. */
  readonly calendar: readonly CalendarDay[];
  readonly dueNow: number;
  readonly confusions: readonly Confusion[];
}

const MS_PER_DAY = 86_400_000;
const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const emptyTally = (): ProgressTally => ({
  reviews: 0,
  correct: 0,
  accuracy: 0,
  retention: 0,
  recalled: 0,
  repeats: 0,
});

/** Progress per body area and card type, a review calendar and the most confused pairs. */
export function practiceProgress(
  atlas: Atlas,
  state: PracticeState,
  cardsById: ReadonlyMap<string, PracticeCard>,
  now: number,
  options: { readonly daysAhead?: number; readonly confusions?: number } = {},
): PracticeProgress {
  const total = emptyTally();
  const byArea: Partial<Record<BodyArea, ProgressTally>> = {};
  const byType: Partial<Record<CardType, ProgressTally>> = {};
  const days = new Map<string, { reviews: number; correct: number; due: number }>();
  const pairs = new Map<string, number>();
  const horizon = now + (options.daysAhead ?? 14) * MS_PER_DAY;
  let dueNow = 0;
  for (const [cardId, p] of state.byCard) {
    const card = cardsById.get(cardId);
    const tallies = [total];
    if (card !== undefined) {
      tallies.push((byArea[card.area] ??= emptyTally()), (byType[card.type] ??= emptyTally()));
    }
    p.reviews.forEach((r, i) => {
      for (const t of tallies) {
        t.reviews++;
        if (r.correct) t.correct++;
        if (i > 0) {
          t.repeats++;
          if (r.rating > RATINGS.again) t.recalled++;
        }
      }
      const d = days.get(dayOf(r.at)) ?? { reviews: 0, correct: 0, due: 0 };
      d.reviews++;
      if (r.correct) d.correct++;
      days.set(dayOf(r.at), d);
      if (r.confusion !== undefined) {
        const key = [...r.confusion].sort().join('|');
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    });
    const due = p.fsrs.due.getTime();
    if (due <= now) dueNow++;
    else if (due <= horizon) {
      const d = days.get(dayOf(due)) ?? { reviews: 0, correct: 0, due: 0 };
      d.due++;
      days.set(dayOf(due), d);
    }
  }
  for (const t of [total, ...Object.values(byArea), ...Object.values(byType)]) {
    t.accuracy = t.reviews === 0 ? 0 : t.correct / t.reviews;
    t.retention = t.repeats === 0 ? 0 : t.recalled / t.repeats;
  }
  const name = (id: string): string => atlas.muscleById.get(id)?.name ?? id;
  const confusions = [...pairs]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, options.confusions ?? 5)
    .map(([key, count]) => {
      const [a = '', b = ''] = key.split('|');
      return {
        a,
        b,
        aName: name(a),
        bName: name(b),
        count,
        message: `you mix up ${name(a)} and ${name(b)}`,
      };
    });
  const calendar = [...days].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([day, d]) => ({ day, ...d }));
  return { total, byArea, byType, calendar, dueNow, confusions };
}
