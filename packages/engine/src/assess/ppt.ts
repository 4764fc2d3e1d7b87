/** Pressure pain threshold (algometer) readings: three trials averaged, change judged against error. */

/** Trials per reading (clinical-notes §3.2: three trials averaged). */
export const PPT_TRIALS = 3;
/** Largest plausible reading, kg/cm² (the published range tops out near 6; algometers read to ~11). */
export const PPT_MAX_KG_CM2 = 20;
/**
 * Change that is "probably real", kg/cm²: the proposed MCID 1.5 (S31 Chesterton 2007; error bound
 * ≈1.77 at one site). Smaller changes are within measurement error.
 */
export const PPT_MEANINGFUL_KG_CM2 = 1.5;

/** The mean of the trials, rounded to 0.01 kg/cm²; throws on a wrong count or an impossible value. */
export function pptMean(trials: readonly number[]): number {
  if (trials.length !== PPT_TRIALS) throw new RangeError(`a reading needs ${PPT_TRIALS} trials`);
  for (const t of trials)
    if (!Number.isFinite(t) || t < 0 || t > PPT_MAX_KG_CM2)
      throw new RangeError(`a trial must be 0–${PPT_MAX_KG_CM2} kg/cm²`);
  return Math.round((trials.reduce((s, t) => s + t, 0) / trials.length) * 100) / 100;
}

/** A PPT change with its flag: higher threshold = less sensitive = better. */
export interface PptChange {
  readonly from: number;
  readonly to: number;
  readonly change: number;
  readonly verdict: 'probably real' | 'within measurement error';
}

/** Compares two mean readings at the same site. */
export function comparePpt(from: number, to: number): PptChange {
  const change = Math.round((to - from) * 100) / 100;
  return {
    from,
    to,
    change,
    verdict: Math.abs(change) >= PPT_MEANINGFUL_KG_CM2 ? 'probably real' : 'within measurement error',
  };
}
