import {
  AssessmentSchema,
  CLASSIFICATIONS,
  ClassificationOverrideSchema,
  HoldEntrySchema,
  ObjectiveSchema,
  OUTCOME_MEASURE_IDS,
  OutcomeEntrySchema,
  PalpationFindingSchema,
  PlanSchema,
  StoredFindingSchema,
  SubjectiveSchema,
} from '@myomap/engine';
import { z } from 'zod';
import { IsoDate, RecordId, Version } from '../clients/schema.ts';

/** The four parts of a visit, by name. */
export const VISIT_PARTS = ['subjective', 'objective', 'assessment', 'plan'] as const;
/** One of VISIT_PARTS. */
export type VisitPart = (typeof VISIT_PARTS)[number];

/** The schema of each part's document. */
export const PART_SCHEMAS = {
  subjective: SubjectiveSchema,
  objective: ObjectiveSchema,
  assessment: AssessmentSchema,
  plan: PlanSchema,
} as const;

/** Path params naming one visit. */
export const VisitParams = z.strictObject({ id: RecordId });
/** Path params naming one finding of a visit. */
export const FindingParams = z.strictObject({ id: RecordId, findingId: RecordId });

/** Body of POST /api/clients/:id/visits. */
export const StartVisitInput = z.strictObject({
  visitOn: IsoDate,
  /** Copy the last visit's drawing and plan into this one as a draft. */
  fromLast: z.boolean().default(false),
});

/** Body of a part edit: the version read and the whole part. */
export const partUpdate = <S extends z.ZodType>(schema: S) =>
  z.strictObject({ version: Version, data: schema });

/** What the last visit's plan carries into this one. */
export const Carried = z.object({
  fromVisitId: z.string().nullable(),
  recheck: z.string(),
  homeCare: z.string(),
  /** Self-care given last time (absent on visits started before it was carried). */
  selfCare: z.array(z.string()).optional(),
});

/** A visit's header and four parts. */
export const Visit = z.object({
  id: z.string(),
  clientId: z.string(),
  visitOn: z.string(),
  startedAt: z.string(),
  startedBy: z.string(),
  fromVisitId: z.string().nullable(),
  subjective: SubjectiveSchema,
  objective: ObjectiveSchema,
  assessment: AssessmentSchema,
  plan: PlanSchema,
  carried: Carried,
  signedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
/** A visit. */
export type Visit = z.infer<typeof Visit>;

/** Body of POST /api/visits/:id/findings. */
export const FindingInput = StoredFindingSchema.strict();
/** Body of PUT /api/visits/:id/findings/:findingId. */
export const FindingUpdate = StoredFindingSchema.extend({ version: Version }).strict();

const Computed = z.object({
  classification: z.enum(CLASSIFICATIONS),
  ruleVersion: z.string(),
  reasons: z.array(z.string()),
});

/** A stored finding with its classification (computed by the rule, override, effective). */
export const Finding = z.object({
  id: z.string(),
  visitId: z.string(),
  finding: PalpationFindingSchema,
  computed: Computed,
  override: ClassificationOverrideSchema.extend({ by: z.string(), at: z.string() }).nullable(),
  effective: z.enum(CLASSIFICATIONS),
  examinerId: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A stored finding. */
export type Finding = z.infer<typeof Finding>;

/** Body of POST /api/visits/:id/holds. */
export const HoldInput = HoldEntrySchema.strict();
/** A logged hold. */
export const Hold = z.object({
  id: z.string(),
  hold: HoldEntrySchema,
  peakRating: z.number().int().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
/** A logged hold. */
export type Hold = z.infer<typeof Hold>;

/** Body of POST /api/visits/:id/outcomes. */
export const OutcomeInput = OutcomeEntrySchema.strict();
/** A scored outcome entry with its change from the client's previous entry of that measure. */
export const Outcome = z.object({
  id: z.string(),
  measure: z.enum(OUTCOME_MEASURE_IDS),
  measureVersion: z.string(),
  answers: z.array(z.number().int().nullable()),
  labels: z.array(z.string()),
  score: z.number(),
  recordedAt: z.string(),
  change: z
    .object({
      from: z.number(),
      change: z.number(),
      percent: z.number().nullable(),
      direction: z.enum(['better', 'worse', 'same']),
      meaningful: z.boolean(),
      threshold: z.string(),
    })
    .nullable(),
});
/** A scored outcome entry. */
export type Outcome = z.infer<typeof Outcome>;

/** Free clinical text: new lines and tabs allowed, other control characters not. */
function clinicalText(max: number) {
  return z
    .string()
    .max(max)
    .refine((t) => !/\p{Cc}/u.test(t.replace(/[\t\n\r]/g, '')), 'must not contain control characters');
}
const section = clinicalText(20_000);
/** The four sections of a SOAP note. */
export const NoteSections = z.strictObject({
  subjective: section,
  objective: section,
  assessment: section,
  plan: section,
});
/** Note sections. */
export type NoteSections = z.infer<typeof NoteSections>;

/** Body of PUT /api/visits/:id/note. */
export const NoteUpdate = NoteSections.extend({ version: Version }).strict();
/** Body of POST /api/visits/:id/note/sign. */
export const SignInput = z.strictObject({ version: Version });
/** Body of POST /api/visits/:id/note/addenda. */
export const AddendumInput = z.strictObject({ text: clinicalText(10_000).trim().min(1, 'is required') });

/** A correction added after signing, with its author and time. */
export const Addendum = z.object({
  id: z.string(),
  text: z.string(),
  authorId: z.string(),
  createdAt: z.string(),
});

/** The note: sections, status, version, signature and addenda. */
export const Note = NoteSections.extend({
  status: z.enum(['draft', 'signed']),
  version: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  addenda: z.array(Addendum),
});
/** A note. */
export type Note = z.infer<typeof Note>;

/** One saved version of a note. */
export const NoteVersion = NoteSections.extend({
  version: z.number().int(),
  savedBy: z.string(),
  savedAt: z.string(),
});

/** Reply of GET /api/visits/:id: everything the session screen shows. */
export const VisitPage = z.object({
  visit: Visit,
  /** The client's age in whole years on the visit's day (null without a date of birth). */
  clientAge: z.number().int().nullable(),
  /** The clinic's rating cap for the guided hold (its settings, or the default 7). */
  ratingCap: z.number().int().min(1).max(10),
  findings: z.array(Finding),
  holds: z.array(Hold),
  outcomes: z.array(Outcome),
  note: Note,
  /** The last visit's movement results and PPT readings, for "against last time". */
  previous: z.object({ visitId: z.string(), visitOn: z.string(), objective: ObjectiveSchema }).nullable(),
  awayPatterns: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      seen: z.string(),
      referral: z.string(),
      source: z.string(),
    }),
  ),
});

/** One visit on a client's timeline. */
export const TimelineEntry = z.object({
  id: z.string(),
  visitOn: z.string(),
  startedAt: z.string(),
  drawing: z.array(z.object({ region: z.string(), intensity: z.number() })),
  muscles: z.array(z.string()),
  /** The muscles' names, for display. */
  muscleNames: z.array(z.string()),
  noteFirstLine: z.string(),
  signed: z.boolean(),
});

/** Most visits per timeline page. */
export const MAX_TIMELINE_LIMIT = 50;
/** Query of GET /api/clients/:id/visits. */
export const TimelineQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_TIMELINE_LIMIT).optional().default(20),
  /** The `next` value of the previous page. */
  before: z
    .string()
    .max(140)
    .regex(/^[0-9T:.Z-]{10,40}~[A-Za-z0-9_-]{1,64}$/, 'is not a page cursor')
    .optional(),
});
/** Reply of the timeline: newest first, with the cursor of the next page. */
export const TimelinePage = z.object({ visits: z.array(TimelineEntry), next: z.string().nullable() });

/** A visit on the today list. */
export const TodayEntry = z.object({
  visitId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  visitOn: z.string(),
  startedAt: z.string(),
  noteStatus: z.enum(['draft', 'signed']),
});
/** Reply of GET /api/today. */
export const TodayList = z.object({
  date: z.string(),
  today: z.array(TodayEntry),
  awaitingSignature: z.array(TodayEntry),
});

/** Reply of GET /api/visits/:id/note/draft: the note drafted from the structured visit. */
export const SoapDraftReply = NoteSections;
