import { enumKeys, loadAtlas, MOVEMENTS } from '@myomap/atlas';
import { z } from 'zod';
import { DrawnRegionSchema } from '../rank/finder-input.ts';
import { HOLD_RESPONSES } from './hold-machine.ts';
import { OUTCOME_MEASURE_IDS } from './outcome-measures.ts';
import { ClassificationOverrideSchema, PalpationFindingSchema } from './palpation-finding.ts';
import { PPT_MAX_KG_CM2, PPT_TRIALS } from './ppt.ts';
import {
  ADJUNCTS,
  FACTOR_STATUSES,
  PERPETUATING_FACTORS,
  POSTURE_OBSERVATIONS,
} from './session-checklists.ts';

/**
 * The structured visit: four parts (subjective, objective, assessment, plan) stored as versioned
 * documents, plus palpation findings, holds and outcome entries stored one row each. Every list is
 * bounded; ids come from the atlas and the session checklists.
 */

const ids = <T extends { readonly id: string }>(list: readonly T[]) =>
  list.map((x) => x.id) as [string, ...string[]];
const shortText = (max: number) => z.string().max(max);
const side = z.enum(['l', 'r', 'm', 'both']);

/** A muscle id of the atlas. */
export const MuscleIdSchema = z
  .string()
  .min(1)
  .max(80)
  .refine((id) => loadAtlas().muscleById.has(id), { message: 'unknown muscle id' });

/** An outcome measure's raw answers (scored by scoreOutcome). */
export const OutcomeEntrySchema = z.object({
  measure: z.enum(OUTCOME_MEASURE_IDS),
  answers: z.array(z.number().int().min(0).max(10).nullable()).min(1).max(10),
  /** PSFS: the client's own activities, in the order of the answers. */
  labels: z.array(shortText(120)).max(5),
});
/** An outcome entry. */
export type OutcomeEntry = z.infer<typeof OutcomeEntrySchema>;

/** Subjective: the client's words, the drawing, pain now, what aggravates, other symptoms. */
export const SubjectiveSchema = z.object({
  complaint: shortText(4000),
  drawing: z.array(DrawnRegionSchema).max(300),
  painNow: z.number().int().min(0).max(10).nullable(),
  aggravating: z.array(shortText(120)).max(20),
  otherSymptoms: z.array(shortText(120)).max(20),
  fatigue: z.boolean(),
  poorSleep: z.boolean(),
});
/** The subjective part. */
export type Subjective = z.infer<typeof SubjectiveSchema>;

/** A movement test result, before or after treatment. */
export const MovementResultSchema = z.object({
  movement: z.enum(enumKeys(MOVEMENTS)),
  side,
  value: z.union([z.number().min(0).max(360), z.enum(['full', 'limited', 'painful'])]),
  painful: z.boolean(),
  method: shortText(80),
  phase: z.enum(['pre', 'post']),
});
/** A movement result. */
export type MovementResult = z.infer<typeof MovementResultSchema>;

/** A pressure pain threshold reading: three trials at one site. */
export const PptReadingSchema = z.object({
  site: shortText(120).min(1),
  side,
  trials: z.array(z.number().min(0).max(PPT_MAX_KG_CM2)).length(PPT_TRIALS),
  phase: z.enum(['pre', 'post']),
});
/** A PPT reading. */
export type PptReading = z.infer<typeof PptReadingSchema>;

/** Objective: movement tests, posture, PPT and signs that point elsewhere. */
export const ObjectiveSchema = z.object({
  movements: z.array(MovementResultSchema).max(60),
  posture: z
    .array(z.object({ id: z.enum(ids(POSTURE_OBSERVATIONS)), side: side.nullable() }))
    .max(POSTURE_OBSERVATIONS.length * 2),
  ppt: z.array(PptReadingSchema).max(30),
  nerveSigns: z.object({
    sensoryLoss: z.boolean(),
    reflexChange: z.boolean(),
    progressiveWeakness: z.boolean(),
  }),
  jointSigns: z.object({
    swelling: z.boolean(),
    warmth: z.boolean(),
    locking: z.boolean(),
    painOnPassiveJointMotion: z.boolean(),
  }),
});
/** The objective part. */
export type Objective = z.infer<typeof ObjectiveSchema>;

/** Assessment: the therapist's own words beside the computed classifications and patterns. */
export const AssessmentSchema = z.object({ impression: shortText(4000) });
/** The assessment part. */
export type Assessment = z.infer<typeof AssessmentSchema>;

/** Plan: adjuncts, perpetuating factors, self-care and what to do next time. */
export const PlanSchema = z.object({
  adjuncts: z.array(z.enum(ids(ADJUNCTS))).max(ADJUNCTS.length),
  factors: z
    .array(
      z.object({
        id: z.enum(ids(PERPETUATING_FACTORS)),
        status: z.enum(FACTOR_STATUSES),
        advice: shortText(500),
      }),
    )
    .max(PERPETUATING_FACTORS.length),
  selfCare: z.array(shortText(400)).max(20),
  nextTime: z.object({ recheck: shortText(1000), homeCare: shortText(1000) }),
});
/** The plan part. */
export type Plan = z.infer<typeof PlanSchema>;

/** A stored palpation finding with its computed classification and optional override. */
export const StoredFindingSchema = PalpationFindingSchema.extend({
  override: ClassificationOverrideSchema.nullable(),
});
/** A palpation finding as sent to the API. */
export type StoredFindingInput = z.infer<typeof StoredFindingSchema>;

/** One logged hold. */
export const HoldEntrySchema = z.object({
  muscle: MuscleIdSchema,
  triggerPoint: z.string().min(1).max(80).nullable(),
  side: z.enum(['l', 'r', 'm']),
  technique: z.enum(['sustained-pressure']),
  repetition: z.number().int().min(1).max(10),
  seconds: z.number().int().min(0).max(600),
  ratings: z
    .array(z.object({ atSeconds: z.number().int().min(0).max(600), rating: z.number().int().min(0).max(10) }))
    .max(60),
  response: z.enum(HOLD_RESPONSES),
  /** The clinic's rating cap in force during the hold (absent on holds logged before clinics had one). */
  ratingCap: z.number().int().min(1).max(10).optional(),
});
/** A hold entry. */
export type HoldEntry = z.infer<typeof HoldEntrySchema>;

/** Empty parts for a new visit. */
export const EMPTY_VISIT_PARTS: {
  readonly subjective: Subjective;
  readonly objective: Objective;
  readonly assessment: Assessment;
  readonly plan: Plan;
} = Object.freeze({
  subjective: {
    complaint: '',
    drawing: [],
    painNow: null,
    aggravating: [],
    otherSymptoms: [],
    fatigue: false,
    poorSleep: false,
  },
  objective: {
    movements: [],
    posture: [],
    ppt: [],
    nerveSigns: { sensoryLoss: false, reflexChange: false, progressiveWeakness: false },
    jointSigns: { swelling: false, warmth: false, locking: false, painOnPassiveJointMotion: false },
  },
  assessment: { impression: '' },
  plan: { adjuncts: [], factors: [], selfCare: [], nextTime: { recheck: '', homeCare: '' } },
});
