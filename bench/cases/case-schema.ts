import { z } from 'zod';
import {
  ACTIVITIES,
  CitationSchema,
  MOVEMENTS,
  PAIN_QUALITIES,
  RED_FLAGS,
  SYMPTOMS,
  enumKeys,
} from '@myomap/atlas';

/** The evaluation categories; each case belongs to exactly one. */
export const CASE_CATEGORIES = [
  'single-area',
  'multi-area',
  'chasing-pain',
  'evidence',
  'bilateral-midline',
  'red-flag',
] as const;

/** One source-finder evaluation case, written by us from a published pain guide or chapter. */
export const EvalCaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: z.enum(CASE_CATEGORIES),
  /** The complaint in plain words, as a client or therapist would put it. */
  description: z.string().min(10),
  /** The pain drawing: region ids with intensity (0–10) and quality. */
  drawing: z
    .array(
      z.object({
        region: z.string(),
        intensity: z.number().int().min(1).max(10),
        quality: z.enum(PAIN_QUALITIES).optional(),
      }),
    )
    .min(1),
  evidence: z
    .object({
      movements: z
        .array(z.object({ id: z.enum(enumKeys(MOVEMENTS)), side: z.enum(['l', 'r', 'both']).optional() }))
        .optional(),
      activities: z.array(z.enum(enumKeys(ACTIVITIES))).optional(),
      symptoms: z.array(z.enum(enumKeys(SYMPTOMS))).optional(),
      redFlags: z.array(z.enum(enumKeys(RED_FLAGS))).optional(),
    })
    .optional(),
  /** Muscle ids in the order a careful therapist would palpate them, most likely first (may be empty for red-flag cases). */
  expected: z.array(z.string()),
  /** One or two muscle ids that must appear in the top five. */
  mustInclude: z.array(z.string()).max(2),
  /** Expected side of the top candidate, when the drawing is one-sided. */
  expectedSide: z.enum(['l', 'r', 'm']).optional(),
  /** For red-flag cases: the tier the screen must raise. */
  expectedRedFlagTier: z.enum(['emergency', 'urgent', 'refer', 'caution']).optional(),
  source: CitationSchema,
});

/** A parsed evaluation case. */
export type EvalCase = z.infer<typeof EvalCaseSchema>;

/**
 * A case of a blind set (bench/cases/blind/, blind-2/ and blind-3/, retired into tuning; blind set 4, held out): written
 * from public clinician sources, so its source is free-form; it may name the body area it covers.
 */
export const BlindCaseSchema = EvalCaseSchema.extend({
  area: z.string().optional(),
  source: z.looseObject({}),
});

/** What scoring reads of a case (tuning or blind): everything but the citation. */
export type ScoredCase = Omit<EvalCase, 'source'>;

/** Where a tuning case comes from: our own cases, or blind set 1, 2 or 3 (all retired into tuning 2026-12-03). */
export type TuningOrigin = 'ours' | 'retired-blind-1' | 'retired-blind-2' | 'retired-blind-3';

/** A case of the tuning set, with the source page it was written from (what the families link). */
export type TuningCase = ScoredCase & {
  readonly origin: TuningOrigin;
  /** The page or chapter the case was written from: `work|locator` for ours, the page address for the blind sets. */
  readonly sourcePage: string;
};
