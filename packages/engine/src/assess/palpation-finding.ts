import { loadAtlas } from '@myomap/atlas';
import { z } from 'zod';

/** Sensations a reproduced referral may have (Delphi: any sensation counts as referred "pain"; S1). */
export const REFERRED_SENSATIONS = [
  'pain',
  'deep-ache',
  'dull-ache',
  'tingling',
  'burning',
  'other',
] as const;

/** The classifications a palpated site can receive (clinical-notes §1–§2). */
export const CLASSIFICATIONS = [
  'active',
  'latent',
  'possible',
  'general-tension',
  'not-trigger-point',
] as const;
/** One of CLASSIFICATIONS. */
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * What was felt at one palpated site (clinical-notes §1.1 data model). Findings, never a diagnosis:
 * `confidence` is the examiner's own 1–3 rating because palpation agreement between examiners is only
 * moderate (S8 pooled kappa 0.45).
 */
export const PalpationFindingSchema = z.object({
  muscle: z
    .string()
    .min(1)
    .max(80)
    .refine((id) => loadAtlas().muscleById.has(id), { message: 'unknown muscle id' }),
  /** The trigger point id from the atlas, when one was palpated; null for a muscle-level finding. */
  triggerPoint: z
    .string()
    .min(1)
    .max(80)
    .refine((id) => loadAtlas().triggerPointById.has(id), { message: 'unknown trigger point id' })
    .nullable(),
  side: z.enum(['l', 'r', 'm']),
  tautBand: z.boolean(),
  spotTenderness: z.boolean(),
  /** Whether the tender spot lay inside the taut band (only meaningful when both are present). */
  spotInsideBand: z.boolean(),
  referred: z.object({
    present: z.boolean(),
    sensations: z.array(z.enum(REFERRED_SENSATIONS)).max(REFERRED_SENSATIONS.length),
    /** Where the reproduced sensation went, as body map region ids. */
    regions: z.array(z.string().regex(/^[lrm]\.[a-z0-9-]+$/)).max(60),
  }),
  familiarPain: z.boolean(),
  localTwitch: z.boolean(),
  jumpSign: z.boolean(),
  painfulStretchLimit: z.boolean(),
  weakness: z.boolean(),
  confidence: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  note: z.string().max(1000),
});
/** A palpated site's findings. */
export type PalpationFinding = z.infer<typeof PalpationFindingSchema>;

/** A therapist's override of the computed classification, with the reason; both are kept. */
export const ClassificationOverrideSchema = z.object({
  classification: z.enum(CLASSIFICATIONS),
  reason: z.string().trim().min(3).max(500),
});
/** A classification override. */
export type ClassificationOverride = z.infer<typeof ClassificationOverrideSchema>;
