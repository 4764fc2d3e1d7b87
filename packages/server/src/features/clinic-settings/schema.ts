import { DEFAULT_HOLD_PROTOCOL } from '@myomap/engine';
import { z } from 'zod';

/** The lowest rating cap a clinic may set: below 3/10 the hold could not reach a first clear discomfort. */
export const RATING_CAP_MIN = 3;
/** The highest rating cap (the top of the 0–10 scale). */
export const RATING_CAP_MAX = 10;
/** The cap a clinic uses until its owner saves one (clinical-notes §3.1: 7/10). */
export const DEFAULT_RATING_CAP = DEFAULT_HOLD_PROTOCOL.ratingCap;

/** A rating cap: a whole number 3–10. */
export const RatingCap = z.number().int().min(RATING_CAP_MIN).max(RATING_CAP_MAX);

/** Body of PUT /api/clinic/settings: the version read (0 before the first save) and the new values. */
export const ClinicSettingsUpdate = z.strictObject({
  version: z.number().int().min(0).max(1_000_000_000),
  ratingCap: RatingCap,
});
/** A settings update. */
export type ClinicSettingsUpdate = z.infer<typeof ClinicSettingsUpdate>;

/** Reply of GET and PUT /api/clinic/settings. */
export const ClinicSettings = z.object({
  ratingCap: RatingCap,
  /** True while the clinic has never saved its own settings (the defaults apply). */
  isDefault: z.boolean(),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
/** A clinic's settings. */
export type ClinicSettings = z.infer<typeof ClinicSettings>;
