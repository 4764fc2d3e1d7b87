import { z } from 'zod';
import { MuscleSchema, ReferralZoneSchema, TriggerPointSchema } from './muscle-schema.ts';

/**
 * Muscle fields an area may give a default for in its `_area.yaml`. The rule is shallow: a muscle
 * file that states the field replaces the default whole (no merging of lists or objects).
 */
export const DEFAULTABLE_MUSCLE_FIELDS = [
  'paired',
  'restricts',
  'perpetuatedBy',
  'symptoms',
  'entrapments',
  'cautions',
  'sources',
] as const;

/** Trigger point fields an area may give a default for (same shallow rule). */
export const DEFAULTABLE_TRIGGER_POINT_FIELDS = ['laterality'] as const;

const defaultableMuscle = Object.fromEntries(DEFAULTABLE_MUSCLE_FIELDS.map((f) => [f, true])) as {
  [K in (typeof DEFAULTABLE_MUSCLE_FIELDS)[number]]: true;
};
const defaultableTriggerPoint = Object.fromEntries(
  DEFAULTABLE_TRIGGER_POINT_FIELDS.map((f) => [f, true]),
) as { [K in (typeof DEFAULTABLE_TRIGGER_POINT_FIELDS)[number]]: true };

/**
 * One trigger point as written in a muscle file: fields with an area default may be left out, and its
 * referral regions carry no culprit rating (data/culprits/<group>.yaml is the single source of those).
 */
export const TriggerPointFileSchema = TriggerPointSchema.partial(defaultableTriggerPoint)
  .extend({ referral: z.array(ReferralZoneSchema.omit({ culprit: true }).strict()).min(1) })
  .strict();

/**
 * One muscle file, `data/muscles/<area>/<id>.yaml`: a muscle without `area` (the folder says it) and
 * with the area's defaults optional. Unknown keys are errors, so a misspelt field cannot vanish.
 */
export const MuscleFileSchema = MuscleSchema.omit({ area: true })
  .partial(defaultableMuscle)
  .extend({ triggerPoints: z.array(TriggerPointFileSchema).min(1) })
  .strict();

/** An area's `_area.yaml`: the atlas order of its muscles and the defaults its muscle files share. */
export const AreaFileSchema = z
  .object({
    /** Muscle ids (file names without .yaml) in atlas order; every file is listed exactly once. */
    order: z.array(z.string().min(1)).min(1),
    defaults: MuscleSchema.pick(defaultableMuscle).partial().strict().optional(),
    triggerPointDefaults: TriggerPointSchema.pick(defaultableTriggerPoint).partial().strict().optional(),
  })
  .strict();

/** A muscle file as parsed, before defaults. */
export type MuscleFile = z.infer<typeof MuscleFileSchema>;
/** An area file as parsed. */
export type AreaFile = z.infer<typeof AreaFileSchema>;
