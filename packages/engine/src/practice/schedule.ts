import { createEmptyCard, fsrs, type Card as FsrsCard, type Grade } from 'ts-fsrs';
import type { BodyArea } from '@myomap/atlas';
import { CARD_TYPES, type CardType, type Difficulty, type PracticeCard } from './card-types.ts';
import type { Review } from './review.ts';

/** The scheduler: FSRS defaults, no fuzz (so the engine stays deterministic), short-term steps on. */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

/** One card's memory state and its reviews (in time order). */
export interface CardProgress {
  fsrs: FsrsCard;
  readonly reviews: Review[];
}

/** A learner's practice state: per-card FSRS state and the review ids already applied. */
export interface PracticeState {
  readonly byCard: Map<string, CardProgress>;
  readonly reviewIds: Set<string>;
}

/** An empty practice state. */
export function createPracticeState(): PracticeState {
  return { byCard: new Map(), reviewIds: new Set() };
}

function replay(reviews: readonly Review[]): FsrsCard {
  let card = createEmptyCard(new Date(reviews[0]?.at ?? 0));
  for (const r of reviews) card = scheduler.next(card, new Date(r.at), r.rating as Grade).card;
  return card;
}

/**
 * Applies one review to the state (mutating it); returns false and changes nothing when the review id
 * was already applied. A review older than the card's last one (synced late from another device)
 * replays that card's reviews in time order.
 */
export function applyReview(state: PracticeState, review: Review): boolean {
  if (state.reviewIds.has(review.id)) return false;
  state.reviewIds.add(review.id);
  const progress = state.byCard.get(review.cardId);
  if (progress === undefined) {
    state.byCard.set(review.cardId, { fsrs: replay([review]), reviews: [review] });
    return true;
  }
  const last = progress.reviews[progress.reviews.length - 1];
  if (last === undefined || last.at <= review.at) {
    progress.reviews.push(review);
    progress.fsrs = scheduler.next(progress.fsrs, new Date(review.at), review.rating as Grade).card;
  } else {
    progress.reviews.push(review);
    progress.reviews.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    progress.fsrs = replay(progress.reviews);
  }
  return true;
}

/**
 * A practice state built from a review log (duplicates ignored). Given the deck, the state is keyed by
 * the cards' own id strings: a log read from storage has equal but distinct strings, and nextCard's
 * lookups with the deck's ids are about twice as fast on keys that are the very same strings.
 */
export function buildPracticeState(
  reviews: readonly Review[],
  cards?: readonly PracticeCard[],
): PracticeState {
  const state = createPracticeState();
  const ordered = [...reviews].sort((a, b) => a.at - b.at);
  const ids = cards === undefined ? undefined : new Map(cards.map((c) => [c.id, c.id]));
  for (const r of ordered) {
    const id = ids?.get(r.cardId);
    applyReview(state, id === undefined ? r : { ...r, cardId: id });
  }
  return state;
}

/** Which cards a session draws from: body areas, card types, hardest difficulty (all when absent). */
export interface Deck {
  readonly areas?: readonly BodyArea[];
  readonly types?: readonly CardType[];
  readonly maxDifficulty?: Difficulty;
}

/** Whether a card belongs to a deck. */
export function inDeck(card: PracticeCard, deck: Deck): boolean {
  return (
    (deck.areas === undefined || deck.areas.length === 0 || deck.areas.includes(card.area)) &&
    (deck.types === undefined || deck.types.length === 0 || deck.types.includes(card.type)) &&
    (deck.maxDifficulty === undefined || card.difficulty <= deck.maxDifficulty)
  );
}

/** New cards a learner meets per day unless told otherwise. */
export const DEFAULT_NEW_PER_DAY = 20;

const MS_PER_DAY = 86_400_000;

/** Options of nextCard. `dayStart` (ms) is where "today" begins for the new-card limit (default now − 24 h). */
export interface NextCardOptions {
  readonly deck?: Deck;
  readonly newPerDay?: number;
  readonly dayStart?: number;
}

/** The next card to show: the most overdue due card first, else a new card while today's limit allows. */
export interface NextCard {
  readonly card: PracticeCard;
  readonly reason: 'due' | 'new';
}

const newOrderCache = new WeakMap<readonly PracticeCard[], readonly PracticeCard[]>();

/**
 * The order new cards are introduced in: easiest first (primary culprits), and within a difficulty the
 * card types take turns, so a beginner meets the most common patterns in every kind of drill.
 */
export function newCardOrder(cards: readonly PracticeCard[]): readonly PracticeCard[] {
  let order = newOrderCache.get(cards);
  if (order !== undefined) return order;
  const turn = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const c of cards) {
    const k = `${c.difficulty}|${c.type}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    turn.set(c.id, n);
  }
  order = [...cards].sort(
    (a, b) =>
      a.difficulty - b.difficulty ||
      (turn.get(a.id) ?? 0) - (turn.get(b.id) ?? 0) ||
      CARD_TYPES.indexOf(a.type) - CARD_TYPES.indexOf(b.type),
  );
  newOrderCache.set(cards, order);
  return order;
}

/** Chooses the next card for a learner at `now` (ms), or undefined when nothing is due and today's new cards are used up. */
export function nextCard(
  state: PracticeState,
  cards: readonly PracticeCard[],
  now: number,
  options: NextCardOptions = {},
): NextCard | undefined {
  const deck = options.deck ?? {};
  const dayStart = options.dayStart ?? now - MS_PER_DAY;
  let due: { card: PracticeCard; at: number } | undefined;
  for (const card of cards) {
    const p = state.byCard.get(card.id);
    if (p === undefined || !inDeck(card, deck)) continue;
    const at = p.fsrs.due.getTime();
    if (at <= now && (due === undefined || at < due.at)) due = { card, at };
  }
  if (due !== undefined) return { card: due.card, reason: 'due' };
  let newToday = 0;
  for (const p of state.byCard.values()) if ((p.reviews[0]?.at ?? -1) >= dayStart) newToday++;
  if (newToday >= (options.newPerDay ?? DEFAULT_NEW_PER_DAY)) return undefined;
  for (const card of newCardOrder(cards))
    if (!state.byCard.has(card.id) && inDeck(card, deck)) return { card, reason: 'new' };
  return undefined;
}

/** When a card is next due (ms), or undefined for a card never reviewed. */
export function dueAt(state: PracticeState, cardId: string): number | undefined {
  return state.byCard.get(cardId)?.fsrs.due.getTime();
}
