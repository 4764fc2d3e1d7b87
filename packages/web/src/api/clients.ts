import { getJson, sendJson } from './client.ts';

/**
 * The typed client of the clients and intake API. Shapes mirror the server's zod reply schemas
 * (GET /api/openapi.json); packages/server/src/features/clients/web-api.int.test.ts checks every path
 * used here against that document.
 */

/** Someone to call in an emergency. */
export interface EmergencyContact {
  name: string;
  phone: string;
  relation: string | null;
}

/** What a form sends for a client. */
export interface ClientFields {
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  phone: string | null;
  email: string | null;
  pronouns: string | null;
  emergencyContact: EmergencyContact | null;
}

/** A client record. */
export interface Client extends ClientFields {
  id: string;
  archived: boolean;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A row of a search answer. */
export type ClientSummary = Pick<
  Client,
  | 'id'
  | 'givenName'
  | 'familyName'
  | 'preferredName'
  | 'dateOfBirth'
  | 'phone'
  | 'email'
  | 'archived'
  | 'version'
>;

/** A consent to treatment. */
export interface Consent {
  id: string;
  consentedOn: string;
  consentTextVersion: string;
  recordedBy: string;
  recordedAt: string;
}

/** Screen tiers, most serious first. */
export type Tier = 'emergency' | 'urgent' | 'refer' | 'caution';
/** A yes/no answer. */
export type Answer = 'yes' | 'no';

/** The screen as the server defines it. */
export interface ScreenDefinition {
  tiers: { tier: Tier; title: string; action: string; blocksTriggerPointWork: boolean }[];
  questions: {
    id: string;
    text: string;
    tier: Tier;
    action: string;
    blocksTriggerPointWork: boolean;
    everyVisit: boolean;
  }[];
  indications: { text: string; source: string }[];
}

/** What the intake form sends. */
export interface IntakeFields {
  conditions: string[];
  medications: { name: string; anticoagulant: boolean }[];
  surgeries: { what: string; date: string }[];
  pregnancy: 'no' | 'yes' | 'not-applicable' | 'unknown';
  answers: Record<string, Answer>;
  notes: string;
}

/** A stored intake. */
export interface Intake extends IntakeFields {
  version: number;
  updatedBy: string;
  updatedAt: string;
}

/** One positive finding of the screen. */
export interface ScreenFinding {
  questionId: string;
  question: string;
  tier: Tier;
  title: string;
  action: string;
  from: 'answer' | 'history' | 'text' | 'rule';
  blocksTriggerPointWork: boolean;
  cleared: boolean;
}

/** A recorded clearance. */
export interface Clearance {
  id: string;
  questionId: string;
  reason: string;
  clearedOn: string;
  clearedBy: string;
  recordedAt: string;
}

/** A visit re-screen. */
export interface Rescreen {
  id: string;
  visitOn: string;
  changed: boolean;
  answers: Record<string, Answer>;
  note: string;
  recordedAt: string;
}

/** The intake page: intake, evaluated screen, latest clearances and re-screens. */
export interface IntakePage {
  /** The client's age in whole years today (null without a date of birth). */
  clientAge: number | null;
  intake: Intake | null;
  screen: {
    findings: ScreenFinding[];
    tier: Tier | null;
    triggerPointWorkBlocked: boolean;
    stopTreatmentToday: boolean;
    unanswered: string[];
  };
  clearances: Clearance[];
  rescreens: Rescreen[];
}

const id = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

/** The clients API. */
export const clientsApi = {
  search: (q: string, status: 'active' | 'archived' | 'all', signal?: AbortSignal) =>
    getJson<{ clients: ClientSummary[]; more: boolean }>(
      `/api/clients?${new URLSearchParams({ q, status }).toString()}`,
      signal,
    ),
  page: (clientId: string) => getJson<{ client: Client; consents: Consent[] }>(id(clientId)),
  create: (fields: ClientFields) => sendJson<Client>('POST', '/api/clients', fields),
  update: (clientId: string, fields: ClientFields, version: number) =>
    sendJson<Client>('PUT', id(clientId), { ...fields, version }),
  archive: (clientId: string, version: number) =>
    sendJson<Client>('POST', `${id(clientId)}/archive`, { version }),
  restore: (clientId: string, version: number) =>
    sendJson<Client>('POST', `${id(clientId)}/restore`, { version }),
  consent: (clientId: string, consentedOn: string, consentTextVersion: string) =>
    sendJson<Consent>('POST', `${id(clientId)}/consents`, { consentedOn, consentTextVersion }),
  screen: () => getJson<ScreenDefinition>('/api/intake/screen'),
  intake: (clientId: string) => getJson<IntakePage>(`${id(clientId)}/intake`),
  saveIntake: (clientId: string, fields: IntakeFields, version: number) =>
    sendJson<IntakePage>('PUT', `${id(clientId)}/intake`, { ...fields, version }),
  clear: (
    clientId: string,
    body: { questionId: string; reason: string; clearedOn: string; clearedBy: string },
  ) => sendJson<IntakePage>('POST', `${id(clientId)}/clearances`, body),
  rescreen: (
    clientId: string,
    body: { visitOn: string; changed: boolean; answers: Record<string, Answer>; note: string },
  ) => sendJson<IntakePage>('POST', `${id(clientId)}/rescreens`, body),
};

/** The paths this client calls, as templated in the OpenAPI document (checked by a server test). */
export const CLIENTS_API_PATHS = [
  'GET /api/clients',
  'POST /api/clients',
  'GET /api/clients/{id}',
  'PUT /api/clients/{id}',
  'POST /api/clients/{id}/archive',
  'POST /api/clients/{id}/restore',
  'POST /api/clients/{id}/consents',
  'GET /api/intake/screen',
  'GET /api/clients/{id}/intake',
  'PUT /api/clients/{id}/intake',
  'POST /api/clients/{id}/clearances',
  'POST /api/clients/{id}/rescreens',
] as const;

/** The consent text version the app shows today. */
export const CONSENT_TEXT_VERSION = '2026-01';
