import { regionNeighbours, type Atlas } from '@myomap/atlas';
import type { PracticeCard, StopOrGoDecision } from './card-types.ts';
import { musclesNamed } from './muscle-names.ts';
import { RATING_THRESHOLDS, RATINGS, ratingFor, type RatingValue } from './rating.ts';

/** A learner's answer to a card, by card type. `seconds` (optional) is how long the answer took. */
export type CardAnswer =
  | { readonly type: 'which-muscle'; readonly text: string; readonly seconds?: number }
  | { readonly type: 'paint-pattern'; readonly regions: readonly string[] }
  | { readonly type: 'find-trigger-point'; readonly region: string }
  | { readonly type: 'read-drawing'; readonly ranked: readonly string[] }
  | { readonly type: 'tell-apart'; readonly muscleId: string; readonly seconds?: number }
  | { readonly type: 'stop-or-go'; readonly decision: StopOrGoDecision; readonly seconds?: number };

/** How a painted pattern compares with the atlas essential zone. */
export interface PaintGrade {
  readonly dice: number;
  readonly right: readonly string[];
  readonly missed: readonly string[];
  readonly extra: readonly string[];
}

/** The grade of one answer: score 0–1, correct (Good or better), the FSRS rating and what to show. */
export interface CardGrade {
  readonly cardId: string;
  readonly score: number;
  readonly correct: boolean;
  readonly rating: RatingValue;
  /** [the right muscle, the muscle given instead] when a wrong muscle was named or chosen. */
  readonly confusion?: readonly [string, string];
  readonly paint?: PaintGrade;
  /** The right answer in words-free form: muscle ids, region ids or a decision. */
  readonly expected: readonly string[];
}

/** Dice overlap of a painted region set with the expected one, with right, missed and extra regions. */
export function gradePaint(expected: readonly string[], painted: readonly string[]): PaintGrade {
  const want = new Set(expected);
  const got = new Set(painted);
  const right: string[] = [];
  const extra: string[] = [];
  for (const id of got) (want.has(id) ? right : extra).push(id);
  const missed = expected.filter((id) => !got.has(id));
  const total = want.size + got.size;
  return { dice: total === 0 ? 1 : (2 * right.length) / total, right, missed, extra };
}

const quick = (seconds: number | undefined): boolean =>
  seconds !== undefined && seconds <= RATING_THRESHOLDS.easySeconds;

function named(cardId: string, ok: boolean, seconds: number | undefined, expected: readonly string[]) {
  return {
    cardId,
    score: ok ? 1 : 0,
    correct: ok,
    rating: ok ? (quick(seconds) ? RATINGS.easy : RATINGS.good) : RATINGS.again,
    expected,
  } satisfies CardGrade;
}

/** Grades an answer against its card; an answer of another card type scores 0 (Again). */
export function gradeCard(atlas: Atlas, card: PracticeCard, answer: CardAnswer): CardGrade {
  switch (card.type) {
    case 'which-muscle': {
      const given = answer.type === card.type ? musclesNamed(atlas, answer.text) : [];
      const ok = given.some((id) => card.accepted.includes(id));
      const g = named(card.id, ok, answer.type === card.type ? answer.seconds : undefined, card.accepted);
      const other = given[0];
      return ok || other === undefined ? g : { ...g, confusion: [card.muscleId, other] };
    }
    case 'tell-apart': {
      const given = answer.type === card.type ? answer.muscleId : '';
      const ok = given === card.muscleId;
      const g = named(card.id, ok, answer.type === card.type ? answer.seconds : undefined, [card.muscleId]);
      return ok ? g : { ...g, confusion: [card.muscleId, card.otherId] };
    }
    case 'stop-or-go': {
      const ok = answer.type === card.type && answer.decision === card.expected;
      return named(card.id, ok, answer.type === card.type ? answer.seconds : undefined, [card.expected]);
    }
    case 'paint-pattern': {
      const paint = gradePaint(card.essential, answer.type === card.type ? answer.regions : []);
      const rating = ratingFor(paint.dice, RATING_THRESHOLDS.paint);
      return {
        cardId: card.id,
        score: paint.dice,
        correct: rating >= RATINGS.good,
        rating,
        paint,
        expected: card.essential,
      };
    }
    case 'find-trigger-point': {
      const region = answer.type === card.type ? answer.region : '';
      const exact = card.locations.includes(region);
      const near = !exact && card.locations.some((id) => regionNeighbours(id).includes(region));
      return {
        cardId: card.id,
        score: exact ? 1 : near ? 0.5 : 0,
        correct: exact,
        rating: exact ? RATINGS.good : near ? RATINGS.hard : RATINGS.again,
        expected: card.locations,
      };
    }
    case 'read-drawing': {
      const ranked = answer.type === card.type ? answer.ranked.slice(0, 3) : [];
      const hits = ranked.filter((id, i) => card.expected.includes(id) && ranked.indexOf(id) === i).length;
      const score = card.expected.length === 0 ? 0 : hits / card.expected.length;
      const firstRight = ranked[0] !== undefined && ranked[0] === card.expected[0];
      const rating = score === 1 && firstRight ? RATINGS.easy : ratingFor(score, RATING_THRESHOLDS.drawing);
      const g: CardGrade = {
        cardId: card.id,
        score,
        correct: rating >= RATINGS.good,
        rating,
        expected: card.expected,
      };
      const first = ranked[0];
      const want = card.expected[0];
      return first !== undefined && want !== undefined && !card.expected.includes(first)
        ? { ...g, confusion: [want, first] }
        : g;
    }
  }
}
