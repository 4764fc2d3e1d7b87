/** The guided sustained-pressure hold as data (clinical-notes §3.1); clinics may change the cap. */

/** A prompt the hold screen shows at a set second of the hold. */
export interface HoldPrompt {
  readonly atSeconds: number;
  readonly kind: 'tolerance' | 'referral' | 'release';
  /** What to say; `{cap}` stands for the protocol's rating cap (see holdPromptText). */
  readonly text: string;
}

/** One sustained-pressure protocol. */
export interface HoldProtocol {
  readonly id: string;
  readonly position: string;
  readonly pressure: string;
  /** Highest rating (0–10) the client should feel; above it the screen asks to ease off. */
  readonly ratingCap: number;
  readonly minSeconds: number;
  readonly maxSeconds: number;
  readonly repetitions: { readonly min: number; readonly max: number };
  readonly after: string;
  readonly prompts: readonly HoldPrompt[];
  readonly source: string;
}

/** The default protocol: lengthened position, first clear discomfort, ≤ 7/10, 30–90 s, 2–3 reps. */
export const DEFAULT_HOLD_PROTOCOL: HoldProtocol = Object.freeze({
  id: 'sustained-pressure-v1',
  position: 'Place the muscle in a comfortably lengthened position.',
  pressure:
    'Press slowly until the client feels the first clear discomfort, then hold; add pressure only as the tissue softens.',
  ratingCap: 7,
  minSeconds: 30,
  maxSeconds: 90,
  repetitions: Object.freeze({ min: 2, max: 3 }),
  after: 'Follow with a gentle stretch of the muscle (about 30 s).',
  prompts: Object.freeze([
    { atSeconds: 10, kind: 'tolerance', text: 'Ask: what is it now, 0 to 10? Keep it at {cap} or below.' },
    { atSeconds: 30, kind: 'referral', text: 'Ask: is the sensation where it spreads fading?' },
    { atSeconds: 45, kind: 'tolerance', text: 'Ask: still within your limit of {cap}/10?' },
    { atSeconds: 60, kind: 'referral', text: 'Ask: is the spread sensation gone, less, the same or wider?' },
    { atSeconds: 90, kind: 'release', text: 'Release slowly; 90 seconds is the longest hold.' },
  ] satisfies HoldPrompt[]),
  source:
    'S18 Hou 2002 (90 s at threshold or 30 s at tolerance); S19 Gemmell 2008 (30–60 s, release when tension eases); S20 Simons 1999 pressure release; S34 Mansoori 2021 (30 s stretch)',
});

/** A clinic's protocol: the default with its own rating cap (1–10). */
export function protocolWithCap(ratingCap: number, base: HoldProtocol = DEFAULT_HOLD_PROTOCOL): HoldProtocol {
  if (!Number.isInteger(ratingCap) || ratingCap < 1 || ratingCap > 10)
    throw new RangeError('the rating cap must be a whole number 1–10');
  return { ...base, ratingCap };
}

/** A prompt's words for a protocol: `{cap}` becomes its rating cap. */
export function holdPromptText(prompt: HoldPrompt, protocol: HoldProtocol): string {
  return prompt.text.replaceAll('{cap}', String(protocol.ratingCap));
}
