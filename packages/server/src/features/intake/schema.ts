import { INTAKE_QUESTIONS } from '@myomap/engine';
import { z } from 'zod';
import { IsoDate } from '../clients/schema.ts';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
const multiline = (max: number) =>
  z
    .string()
    .max(max)
    .refine(
      (s) => ![...s].some((c) => c !== '\n' && c !== '\r' && c !== '\t' && /\p{Cc}/u.test(c)),
      'must not contain control characters',
    );

const QUESTION_IDS = INTAKE_QUESTIONS.map((q) => q.id) as [string, ...string[]];
/** An id of the intake screen's questions. */
export const QuestionId = z.enum(QUESTION_IDS);

/** Answers to screen questions: only known question ids, "yes" or "no". */
export const ScreenAnswers = z
  .partialRecord(QuestionId, z.enum(['yes', 'no']))
  .refine((r) => Object.keys(r).length <= QUESTION_IDS.length, 'has too many answers')
  .transform((r) => Object.fromEntries(Object.entries(r)) as Record<string, 'yes' | 'no'>);

/** A medication; mark blood thinners (anticoagulants and antiplatelets) so the screen sees them. */
export const Medication = z.strictObject({
  name: text(120).min(1, 'is required'),
  anticoagulant: z.boolean(),
});

/** A past operation and when it was (a date, or a year-month when that is all the client knows). */
export const Surgery = z.strictObject({
  what: text(200).min(1, 'is required'),
  date: z.string().regex(/^\d{4}(-\d{2}){1,2}$/, 'must be YYYY-MM or YYYY-MM-DD'),
});

/** The health history and screen answers a therapist writes (PUT). */
export const IntakeFields = z.strictObject({
  conditions: z.array(text(200).min(1)).max(30),
  medications: z.array(Medication).max(30),
  surgeries: z.array(Surgery).max(30),
  pregnancy: z.enum(['no', 'yes', 'not-applicable', 'unknown']),
  answers: ScreenAnswers,
  notes: multiline(4000),
});
/** Parsed intake fields. */
export type IntakeFields = z.output<typeof IntakeFields>;

/** Body of PUT /api/clients/:id/intake: the fields plus the version read (0 when none exists yet). */
export const IntakeUpdate = IntakeFields.extend({
  version: z.number().int().min(0).max(2_147_483_647),
});

/** A stored intake. */
export const Intake = z.object({
  conditions: z.array(z.string()),
  medications: z.array(z.object({ name: z.string(), anticoagulant: z.boolean() })),
  surgeries: z.array(z.object({ what: z.string(), date: z.string() })),
  pregnancy: z.enum(['no', 'yes', 'not-applicable', 'unknown']),
  answers: z.record(z.string(), z.enum(['yes', 'no'])),
  notes: z.string(),
  version: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
/** An intake record. */
export type Intake = z.infer<typeof Intake>;

/** Body of POST /api/clients/:id/clearances: the reason that lifts a screen block. */
export const ClearanceInput = z.strictObject({
  questionId: z
    .string()
    .min(1)
    .max(80)
    .regex(/^(text:)?[a-z0-9-]+$/, 'is not a screen question'),
  reason: text(1000).min(1, 'is required'),
  clearedOn: IsoDate,
  clearedBy: text(200).min(1, 'is required'),
});
/** A stored clearance. */
export const Clearance = z.object({
  id: z.string(),
  questionId: z.string(),
  reason: z.string(),
  clearedOn: z.string(),
  clearedBy: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  version: z.number().int(),
});
/** A clearance record. */
export type Clearance = z.infer<typeof Clearance>;

/** Body of POST /api/clients/:id/rescreens: "anything changed since last time?" at a visit. */
export const RescreenInput = z.strictObject({
  visitOn: IsoDate,
  changed: z.boolean(),
  answers: ScreenAnswers,
  note: multiline(2000),
});
/** A stored re-screen. */
export const Rescreen = z.object({
  id: z.string(),
  visitOn: z.string(),
  changed: z.boolean(),
  answers: z.record(z.string(), z.enum(['yes', 'no'])),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  version: z.number().int(),
});
/** A re-screen record. */
export type Rescreen = z.infer<typeof Rescreen>;

/** One positive finding as the API shows it. */
export const ScreenFinding = z.object({
  questionId: z.string(),
  question: z.string(),
  tier: z.enum(['emergency', 'urgent', 'refer', 'caution']),
  title: z.string(),
  action: z.string(),
  from: z.enum(['answer', 'history', 'text', 'rule']),
  blocksTriggerPointWork: z.boolean(),
  cleared: z.boolean(),
});

/** The evaluated screen. */
export const ScreenStatus = z.object({
  findings: z.array(ScreenFinding),
  tier: z.enum(['emergency', 'urgent', 'refer', 'caution']).nullable(),
  triggerPointWorkBlocked: z.boolean(),
  stopTreatmentToday: z.boolean(),
  unanswered: z.array(z.string()),
});

/** Reply of GET /api/clients/:id/intake. */
export const IntakePage = z.object({
  /** The client's age in whole years today (injected clock; null without a date of birth). */
  clientAge: z.number().int().nullable(),
  intake: Intake.nullable(),
  screen: ScreenStatus,
  clearances: z.array(Clearance),
  rescreens: z.array(Rescreen),
});

/** Reply of GET /api/intake/questions: the screen, the re-screen subset and the guidance. */
export const ScreenDefinition = z.object({
  tiers: z.array(
    z.object({
      tier: z.enum(['emergency', 'urgent', 'refer', 'caution']),
      title: z.string(),
      action: z.string(),
      blocksTriggerPointWork: z.boolean(),
    }),
  ),
  questions: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      tier: z.enum(['emergency', 'urgent', 'refer', 'caution']),
      action: z.string(),
      blocksTriggerPointWork: z.boolean(),
      everyVisit: z.boolean(),
    }),
  ),
  indications: z.array(z.object({ text: z.string(), source: z.string() })),
});
