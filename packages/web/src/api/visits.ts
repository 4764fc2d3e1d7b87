import type {
  Assessment,
  Classification,
  ClassificationOverride,
  HoldEntry,
  Objective,
  OutcomeEntry,
  PalpationFinding,
  Plan,
  Subjective,
} from '@myomap/engine';
import { getJson, sendJson } from './client.ts';

/**
 * The typed client of the visits API (packages/server/src/features/visits). Shapes mirror the
 * server's zod reply schemas; the visit parts reuse the engine's types.
 */

/** A visit's header and four parts. */
export interface Visit {
  id: string;
  clientId: string;
  visitOn: string;
  startedAt: string;
  startedBy: string;
  fromVisitId: string | null;
  subjective: Subjective;
  objective: Objective;
  assessment: Assessment;
  plan: Plan;
  carried: { fromVisitId: string | null; recheck: string; homeCare: string; selfCare?: string[] };
  signedAt: string | null;
  version: number;
  updatedAt: string;
}

/** A stored finding with its classification. */
export interface Finding {
  id: string;
  visitId: string;
  finding: PalpationFinding;
  computed: { classification: Classification; ruleVersion: string; reasons: string[] };
  override: (ClassificationOverride & { by: string; at: string }) | null;
  effective: Classification;
  examinerId: string;
  version: number;
}

/** A logged hold. */
export interface Hold {
  id: string;
  hold: HoldEntry;
  peakRating: number | null;
  recordedAt: string;
}

/** A scored outcome. */
export interface Outcome {
  id: string;
  measure: OutcomeEntry['measure'];
  /** The item answers as given (null = unanswered) and, for the PSFS, the client's activities. */
  answers: (number | null)[];
  labels: string[];
  score: number;
  change: { from: number; change: number; meaningful: boolean; threshold: string } | null;
}

/** The four sections of a SOAP note. */
export interface NoteSections {
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
}

/** The note with status, version, signature and addenda. */
export interface Note extends NoteSections {
  status: 'draft' | 'signed';
  version: number;
  signedBy: string | null;
  signedAt: string | null;
  addenda: { id: string; text: string; authorId: string; createdAt: string }[];
}

/** A pattern pointing away from trigger points. */
export interface AwayPattern {
  id: string;
  title: string;
  seen: string;
  referral: string;
}

/** GET /api/visits/:id. */
export interface VisitPage {
  visit: Visit;
  /** The client's age in whole years on the visit's day (null without a date of birth). */
  clientAge: number | null;
  /** The clinic's rating cap for the guided hold (its settings, or the default 7). */
  ratingCap: number;
  findings: Finding[];
  holds: Hold[];
  outcomes: Outcome[];
  note: Note;
  previous: { visitId: string; visitOn: string; objective: Objective } | null;
  awayPatterns: AwayPattern[];
}

/** One timeline row. */
export interface TimelineEntry {
  id: string;
  visitOn: string;
  startedAt: string;
  drawing: { region: string; intensity: number }[];
  muscles: string[];
  muscleNames: string[];
  noteFirstLine: string;
  signed: boolean;
}

/** A today-list row. */
export interface TodayEntry {
  visitId: string;
  clientId: string;
  clientName: string;
  visitOn: string;
  startedAt: string;
  noteStatus: 'draft' | 'signed';
}

const enc = encodeURIComponent;

/** Every path this client calls, as the OpenAPI document names them (checked by visits-web-api.int.test.ts). */
export const VISITS_API_PATHS = [
  'POST /api/clients/{id}/visits',
  'GET /api/clients/{id}/visits',
  'GET /api/today',
  'GET /api/visits/{id}',
  'PUT /api/visits/{id}/subjective',
  'PUT /api/visits/{id}/objective',
  'PUT /api/visits/{id}/assessment',
  'PUT /api/visits/{id}/plan',
  'POST /api/visits/{id}/findings',
  'POST /api/visits/{id}/holds',
  'POST /api/visits/{id}/outcomes',
  'GET /api/visits/{id}/note/draft',
  'PUT /api/visits/{id}/note',
  'POST /api/visits/{id}/note/sign',
  'POST /api/visits/{id}/note/addenda',
] as const;

/** The visits API. */
export const visitsApi = {
  start: (clientId: string, visitOn: string, fromLast: boolean) =>
    sendJson<Visit>('POST', `/api/clients/${enc(clientId)}/visits`, { visitOn, fromLast }),
  timeline: (clientId: string, before?: string) =>
    getJson<{ visits: TimelineEntry[]; next: string | null }>(
      `/api/clients/${enc(clientId)}/visits${before === undefined ? '' : `?before=${enc(before)}`}`,
    ),
  today: () => getJson<{ date: string; today: TodayEntry[]; awaitingSignature: TodayEntry[] }>('/api/today'),
  page: (id: string) => getJson<VisitPage>(`/api/visits/${enc(id)}`),
  savePart: <P extends 'subjective' | 'objective' | 'assessment' | 'plan'>(
    id: string,
    part: P,
    version: number,
    data: Visit[P],
  ) => sendJson<Visit>('PUT', `/api/visits/${enc(id)}/${part}`, { version, data }),
  addFinding: (id: string, finding: PalpationFinding & { override: ClassificationOverride | null }) =>
    sendJson<Finding>('POST', `/api/visits/${enc(id)}/findings`, finding),
  addHold: (id: string, hold: HoldEntry) => sendJson<Hold>('POST', `/api/visits/${enc(id)}/holds`, hold),
  addOutcome: (id: string, entry: OutcomeEntry) =>
    sendJson<Outcome>('POST', `/api/visits/${enc(id)}/outcomes`, entry),
  draft: (id: string) => getJson<NoteSections>(`/api/visits/${enc(id)}/note/draft`),
  saveNote: (id: string, version: number, sections: NoteSections) =>
    sendJson<Note>('PUT', `/api/visits/${enc(id)}/note`, { version, ...sections }),
  sign: (id: string, version: number) =>
    sendJson<Note>('POST', `/api/visits/${enc(id)}/note/sign`, { version }),
  addendum: (id: string, text: string) =>
    sendJson<Note>('POST', `/api/visits/${enc(id)}/note/addenda`, { text }),
};
