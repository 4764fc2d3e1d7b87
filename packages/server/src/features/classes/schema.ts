import { BODY_AREAS } from '@myomap/atlas';
import { deckById } from '@myomap/engine';
import { z } from 'zod';
import { IsoDate, RecordId } from '../clients/schema.ts';

/** A new class: its name and its educator (an owner or therapist of the clinic). */
export const ClassInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(100)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters'),
  educatorId: RecordId,
});
/** Parsed class input. */
export type ClassInput = z.infer<typeof ClassInput>;

/** The class named in the path. */
export const ClassParams = z.strictObject({ id: RecordId });

/** A staff account to add to a class as a student. */
export const StudentInput = z.strictObject({ userId: RecordId });

/** A deck to assign (an id of the engine's assignable decks, e.g. "neck:2") with an optional due date. */
export const AssignmentInput = z.strictObject({
  deckId: z
    .string()
    .max(40)
    .refine((id) => deckById(id) !== undefined, 'is not a deck (area:difficulty, e.g. neck:2)'),
  dueOn: IsoDate.nullable()
    .optional()
    .transform((v) => v ?? null),
});
/** Parsed assignment input. */
export type AssignmentInput = z.infer<typeof AssignmentInput>;

/** A class. */
export const ClassInfo = z.object({
  id: z.string(),
  name: z.string(),
  educatorId: z.string(),
  educatorName: z.string(),
  students: z.number().int(),
  createdAt: z.string(),
});
/** A class as replied. */
export type ClassInfo = z.infer<typeof ClassInfo>;

/** One deck assigned to a class. */
export const Assignment = z.object({
  id: z.string(),
  classId: z.string(),
  className: z.string(),
  deckId: z.string(),
  dueOn: z.string().nullable(),
  assignedAt: z.string(),
});
/** An assignment as replied. */
export type Assignment = z.infer<typeof Assignment>;

/** A student of a class. */
export const Student = z.object({ id: z.string(), displayName: z.string(), role: z.string() });

/** A class page: the class, its students and its assigned decks. */
export const ClassPage = z.object({
  class: ClassInfo,
  students: z.array(Student),
  assignments: z.array(Assignment),
});

const AreaTally = z.object({
  reviews: z.number().int(),
  repeats: z.number().int().describe('reviews of cards seen before; retention is over these'),
  accuracy: z.number().describe('correct / reviews'),
  retention: z.number().describe('of repeat reviews, the share not rated Again'),
});

/** Each student's progress by body area, from their stored reviews. */
export const ClassProgress = z.object({
  students: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      reviews: z.number().int(),
      repeats: z.number().int(),
      accuracy: z.number(),
      retention: z.number(),
      lastReviewAt: z.number().int().nullable().describe('when the newest review was answered (ms), or null'),
      byArea: z.partialRecord(z.enum(BODY_AREAS), AreaTally),
    }),
  ),
});
/** Class progress as replied. */
export type ClassProgress = z.infer<typeof ClassProgress>;

/** The caller's assigned decks, soonest due first. */
export const MyAssignments = z.object({ assignments: z.array(Assignment) });
