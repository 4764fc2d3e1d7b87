/**
 * Patient-reported outcome measures with their validated scoring and the "meaningful change"
 * thresholds of clinical-notes §4. Raw item answers are stored; totals are always computed here.
 */

/** The measures Myomap scores. */
export const OUTCOME_MEASURE_IDS = ['nprs', 'psfs', 'ndi', 'odi'] as const;
/** One of OUTCOME_MEASURE_IDS. */
export type OutcomeMeasureId = (typeof OUTCOME_MEASURE_IDS)[number];

/** A measure's scale, direction and meaningful-change threshold, with sources. */
export interface OutcomeMeasure {
  readonly id: OutcomeMeasureId;
  readonly name: string;
  readonly version: string;
  /** Items answered, each scored itemMin..itemMax. */
  readonly items: {
    readonly min: number;
    readonly max: number;
    readonly itemMin: number;
    readonly itemMax: number;
  };
  /** Unanswered items the scoring tolerates (prorated); more is "incomplete". */
  readonly maxMissing: number;
  readonly range: readonly [number, number];
  readonly better: 'lower' | 'higher';
  /** Meaningful change: at least `points`, or at least `percent` of the earlier score when given. */
  readonly mcid: { readonly points: number; readonly percent: number | null };
  readonly source: string;
}

/** The four measures as data. */
export const OUTCOME_MEASURES: Readonly<Record<OutcomeMeasureId, OutcomeMeasure>> = Object.freeze({
  nprs: {
    id: 'nprs',
    name: 'Numeric Pain Rating Scale (pain now, 0–10)',
    version: 'nprs-11',
    items: { min: 1, max: 1, itemMin: 0, itemMax: 10 },
    maxMissing: 0,
    range: [0, 10],
    better: 'lower',
    mcid: { points: 2, percent: 30 },
    source: 'S39 Farrar 2001 (≈2 points or ≈30 %); S40 Salaffi 2004; S44 Suzuki 2020',
  },
  psfs: {
    id: 'psfs',
    name: 'Patient-Specific Functional Scale (3–5 activities, 0 = unable, 10 = as before)',
    version: 'psfs-1',
    items: { min: 3, max: 5, itemMin: 0, itemMax: 10 },
    maxMissing: 0,
    range: [0, 10],
    better: 'higher',
    mcid: { points: 2, percent: null },
    source: 'S46 Cleland 2006 (MCID 2.0); S42 Young 2010; S43 Abbott & Schmitt 2014',
  },
  ndi: {
    id: 'ndi',
    name: 'Neck Disability Index (10 items, 0–50)',
    version: 'ndi-vernon-1991',
    items: { min: 10, max: 10, itemMin: 0, itemMax: 5 },
    maxMissing: 1,
    range: [0, 50],
    better: 'lower',
    mcid: { points: 10, percent: null },
    source: 'S45 Young 2009 (MCID 7.5, MDC 10.2; authors advise 10); S46 Cleland 2006',
  },
  odi: {
    id: 'odi',
    name: 'Oswestry Disability Index (10 sections, 0–100)',
    version: 'odi-2.1a',
    items: { min: 10, max: 10, itemMin: 0, itemMax: 5 },
    maxMissing: 1,
    range: [0, 100],
    better: 'lower',
    mcid: { points: 10, percent: 30 },
    source: 'S48 Ostelo 2008 (10 points or 30 %, K); S49 Fritz & Irrgang 2001; S43 Abbott & Schmitt 2014',
  },
});

/** A scored entry: the total on the measure's range, or why it could not be scored. */
export type OutcomeScore =
  | {
      readonly ok: true;
      readonly measure: OutcomeMeasureId;
      readonly score: number;
      readonly prorated: boolean;
      /** Items answered, of `items` asked. */
      readonly answered: number;
      readonly items: number;
      /** The score as a percentage of the scale (NDI score × 2, ODI as is); null for NPRS and PSFS. */
      readonly percent: number | null;
    }
  | { readonly ok: false; readonly measure: OutcomeMeasureId; readonly problem: string };

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Scores item answers (null = unanswered) by the measure's published method: NPRS as given, PSFS the
 * mean of the activities (none may be missing), NDI the item sum (0–50, ×2 = %; one missing item
 * prorated), ODI the sum over 5 × the sections answered × 100 (one missing section allowed). Says how
 * many items were answered.
 */
export function scoreOutcome(id: OutcomeMeasureId, answers: readonly (number | null)[]): OutcomeScore {
  const m = OUTCOME_MEASURES[id];
  const fail = (problem: string): OutcomeScore => ({ ok: false, measure: id, problem });
  if (answers.length < m.items.min || answers.length > m.items.max)
    return fail(
      m.items.min === m.items.max
        ? `needs ${m.items.min} item${m.items.min === 1 ? '' : 's'}`
        : `needs ${m.items.min}–${m.items.max} items`,
    );
  const given: number[] = [];
  for (const [i, a] of answers.entries()) {
    if (a === null) continue;
    if (!Number.isInteger(a) || a < m.items.itemMin || a > m.items.itemMax)
      return fail(`item ${i + 1} must be a whole number ${m.items.itemMin}–${m.items.itemMax}`);
    given.push(a);
  }
  const missing = answers.length - given.length;
  if (missing > m.maxMissing)
    return fail(`${missing} item${missing === 1 ? '' : 's'} unanswered (at most ${m.maxMissing})`);
  const sum = given.reduce((s, a) => s + a, 0);
  let score: number;
  switch (id) {
    case 'nprs':
      score = sum;
      break;
    case 'psfs':
      score = round1(sum / given.length);
      break;
    case 'ndi':
      score = round1((sum / (given.length * m.items.itemMax)) * 50);
      break;
    case 'odi':
      score = round1((sum / (given.length * m.items.itemMax)) * 100);
      break;
  }
  const percent = id === 'ndi' ? round1(score * 2) : id === 'odi' ? score : null;
  return {
    ok: true,
    measure: id,
    score,
    prorated: missing > 0,
    answered: given.length,
    items: answers.length,
    percent,
  };
}

/** A change between two scores of one measure, with the meaningful-change flag. */
export interface OutcomeChange {
  readonly measure: OutcomeMeasureId;
  readonly from: number;
  readonly to: number;
  /** to − from. */
  readonly change: number;
  /** Change as a percent of `from` (null when `from` is 0). */
  readonly percent: number | null;
  readonly direction: 'better' | 'worse' | 'same';
  /** True when the change reaches the MCID in points or (where defined) percent. */
  readonly meaningful: boolean;
  readonly threshold: string;
}

/** Compares two scores of one measure against its MCID (either direction is flagged). */
export function compareOutcome(id: OutcomeMeasureId, from: number, to: number): OutcomeChange {
  const m = OUTCOME_MEASURES[id];
  const change = round1(to - from);
  const percent = from === 0 ? null : round1((Math.abs(change) / from) * 100);
  const improved = m.better === 'lower' ? change < 0 : change > 0;
  const byPoints = Math.abs(change) >= m.mcid.points;
  const byPercent = m.mcid.percent !== null && percent !== null && change !== 0 && percent >= m.mcid.percent;
  return {
    measure: id,
    from,
    to,
    change,
    percent,
    direction: change === 0 ? 'same' : improved ? 'better' : 'worse',
    meaningful: byPoints || byPercent,
    threshold:
      m.mcid.percent === null
        ? `≥ ${m.mcid.points} points`
        : `≥ ${m.mcid.points} points or ≥ ${m.mcid.percent} %`,
  };
}
