import type { HoldPrompt, HoldProtocol } from './hold-protocol.ts';

/** How the referred sensation responded to a hold. */
export const HOLD_RESPONSES = ['gone', 'reduced', 'unchanged', 'spread'] as const;
/** One of HOLD_RESPONSES. */
export type HoldResponse = (typeof HOLD_RESPONSES)[number];

/** A running or finished hold. Times are milliseconds from an injected clock. */
export interface HoldState {
  readonly protocol: HoldProtocol;
  readonly startedAt: number;
  readonly ratings: readonly { readonly atSeconds: number; readonly rating: number }[];
  /** Prompt times already shown. */
  readonly shown: readonly number[];
  readonly ended: { readonly atSeconds: number; readonly response: HoldResponse } | null;
}

/** The log kept for a finished hold. */
export interface HoldLog {
  readonly seconds: number;
  readonly peakRating: number | null;
  readonly ratings: readonly { readonly atSeconds: number; readonly rating: number }[];
  readonly response: HoldResponse;
  /** True when any rating went above the protocol's cap. */
  readonly overCap: boolean;
  /** True when the hold was shorter than the protocol's minimum. */
  readonly short: boolean;
}

const secondsSince = (state: HoldState, at: number): number =>
  Math.max(0, Math.floor((at - state.startedAt) / 1000));

/** Starts a hold at `at` (ms). */
export function startHold(protocol: HoldProtocol, at: number): HoldState {
  return { protocol, startedAt: at, ratings: [], shown: [], ended: null };
}

/** What a rating tap asks of the therapist: nothing, or to ease off above the cap. */
export interface RatingOutcome {
  readonly state: HoldState;
  readonly easeOff: boolean;
}

/** Records a one-tap rating (0–10) at `at`; above the cap it asks to ease off. */
export function rateHold(state: HoldState, rating: number, at: number): RatingOutcome {
  if (state.ended !== null) throw new Error('the hold has ended');
  if (!Number.isInteger(rating) || rating < 0 || rating > 10) throw new RangeError('a rating is 0–10');
  const next = { ...state, ratings: [...state.ratings, { atSeconds: secondsSince(state, at), rating }] };
  return { state: next, easeOff: rating > state.protocol.ratingCap };
}

/** Prompts whose time has come and that were not yet shown, marking them shown. */
export function duePrompts(state: HoldState, at: number): { state: HoldState; prompts: HoldPrompt[] } {
  if (state.ended !== null) return { state, prompts: [] };
  const now = secondsSince(state, at);
  const prompts = state.protocol.prompts.filter(
    (p) => p.atSeconds <= now && !state.shown.includes(p.atSeconds),
  );
  if (prompts.length === 0) return { state, prompts };
  return { state: { ...state, shown: [...state.shown, ...prompts.map((p) => p.atSeconds)] }, prompts };
}

/** Seconds elapsed and left of the maximum (the timer's reading). */
export function holdClock(state: HoldState, at: number): { elapsed: number; left: number; overMax: boolean } {
  const elapsed = state.ended?.atSeconds ?? secondsSince(state, at);
  const max = state.protocol.maxSeconds;
  return { elapsed, left: Math.max(0, max - elapsed), overMax: elapsed > max };
}

/** Ends the hold with the referral's response and returns the log. */
export function endHold(
  state: HoldState,
  response: HoldResponse,
  at: number,
): { state: HoldState; log: HoldLog } {
  if (state.ended !== null) throw new Error('the hold has ended');
  const seconds = secondsSince(state, at);
  const ended = { ...state, ended: { atSeconds: seconds, response } };
  const peak = state.ratings.reduce<number | null>(
    (m, r) => (m === null || r.rating > m ? r.rating : m),
    null,
  );
  return {
    state: ended,
    log: {
      seconds,
      peakRating: peak,
      ratings: state.ratings,
      response,
      overCap: peak !== null && peak > state.protocol.ratingCap,
      short: seconds < state.protocol.minSeconds,
    },
  };
}
