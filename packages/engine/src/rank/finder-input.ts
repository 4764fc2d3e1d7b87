import { z } from 'zod';
import {
  ACTIVITIES,
  BODY_AREAS,
  MOVEMENTS,
  PAIN_QUALITIES,
  RED_FLAGS,
  regionById,
  SYMPTOMS,
  enumKeys,
} from '@myomap/atlas';
import type { RankWeights } from './weights.ts';

/** Most regions a drawing may hold: more than every region on the map is an error, not a drawing. */
export const MAX_DRAWING_REGIONS = 300;

/** One painted region: where (region id), how strong (0–10) and how it feels. */
export const DrawnRegionSchema = z.strictObject({
  region: z
    .string()
    .regex(/^[lrm]\.[a-z0-9-]+$/, 'must be a region id like "r.temple"')
    .refine((id) => regionById(id) !== undefined, {
      message: 'unknown region id (see GET /api/regions or `myomap regions`)',
    }),
  intensity: z.number().min(0).max(10),
  quality: z.enum(PAIN_QUALITIES).optional(),
});

/** A movement test result: the movement, the side it was found on, and whether restricted or painful. */
export const MovementFindingSchema = z.strictObject({
  id: z.enum(enumKeys(MOVEMENTS)),
  side: z.enum(['l', 'r', 'both']).optional(),
  finding: z.enum(['restricted', 'painful']).optional(),
});

/** A palpation result already known: the muscle confirmed as a source, or palpated and clear. */
export const PalpationResultSchema = z.strictObject({
  muscle: z.string().min(1),
  side: z.enum(['l', 'r', 'm', 'both']).optional(),
  result: z.enum(['confirmed', 'clear']),
});

/** What the source finder reads: a pain drawing plus optional assessment evidence. */
export const FinderInputSchema = z.strictObject({
  drawing: z.array(DrawnRegionSchema).min(1, 'draw at least one region').max(MAX_DRAWING_REGIONS),
  movements: z.array(MovementFindingSchema).max(100).optional(),
  activities: z
    .array(z.enum(enumKeys(ACTIVITIES)))
    .max(100)
    .optional(),
  symptoms: z
    .array(z.enum(enumKeys(SYMPTOMS)))
    .max(100)
    .optional(),
  redFlags: z
    .array(z.enum(enumKeys(RED_FLAGS)))
    .max(100)
    .optional(),
  palpation: z.array(PalpationResultSchema).max(100).optional(),
});

/** Options of a ranking run. */
export const RankOptionsSchema = z.strictObject({
  /** How many candidates to return (default 10). */
  top: z.number().int().min(1).max(100).optional(),
  /** Only muscles of these body areas. */
  areas: z.array(z.enum(BODY_AREAS)).max(BODY_AREAS.length).optional(),
  /** Include trigger points the atlas marks as usually latent (default true). */
  includeLatent: z.boolean().optional(),
  /** Include referral patterns mapped by experiment on volunteers (saline injection, needle stimulation); default true, weighed less. */
  includeExperimental: z.boolean().optional(),
});

/** A validated finder input. */
export type FinderInput = z.infer<typeof FinderInputSchema>;
/** One painted region of the input. */
export type DrawnRegion = z.infer<typeof DrawnRegionSchema>;
/** Options of rankSources: the validated ones, plus the weights (code only, never from a request). */
export type RankOptions = z.infer<typeof RankOptionsSchema> & {
  /** The ranking weights (default DEFAULT_WEIGHTS); build variants with withWeights. */
  readonly weights?: RankWeights;
  /**
   * What the red-flag screen also reads: the client's age and the free text (description, notes), so
   * text-only signs and sites ("jaw aches walking uphill") and age rules (over 50) apply as on the server.
   */
  readonly screen?: { readonly text?: string; readonly age?: number };
};
