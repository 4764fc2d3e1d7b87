import { z } from 'zod';

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real date');

/** A record id as the server makes them. */
export const RecordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a record id');

/** The version of a record the caller read (optimistic concurrency). */
export const Version = z.number().int().min(1).max(2_147_483_647);

const name = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is required')
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .nullable()
    .optional()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));
const Phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^$|^\+?[0-9][0-9 ().-]{2,38}$/, 'must be a phone number: digits, spaces, + ( ) . -')
  .nullable()
  .optional()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v));

/** Someone to call in an emergency. */
export const EmergencyContact = z.strictObject({
  name: name(200),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^\+?[0-9][0-9 ().-]{2,38}$/, 'must be a phone number'),
  relation: optionalText(60),
});

/** The fields a therapist or front desk writes about a client (create and edit). */
export const ClientFields = z.strictObject({
  givenName: name(100),
  familyName: name(100),
  preferredName: optionalText(100),
  dateOfBirth: IsoDate.nullable()
    .optional()
    .transform((v) => v ?? null),
  phone: Phone,
  email: z
    .string()
    .trim()
    .max(254)
    .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address')
    .nullable()
    .optional()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v.toLowerCase())),
  pronouns: optionalText(40),
  emergencyContact: EmergencyContact.nullable()
    .optional()
    .transform((v) => v ?? null),
});
/** Parsed client fields. */
export type ClientFields = z.output<typeof ClientFields>;

/** Body of PUT /api/clients/:id: the fields plus the version the caller read. */
export const ClientUpdate = ClientFields.extend({ version: Version });
/** Body of archive/restore: the version the caller read. */
export const VersionBody = z.strictObject({ version: Version });

/** A client as the API returns it. */
export const Client = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  preferredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  pronouns: z.string().nullable(),
  emergencyContact: z
    .object({ name: z.string(), phone: z.string(), relation: z.string().nullable() })
    .nullable(),
  archived: z.boolean(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
/** A client record. */
export type Client = z.infer<typeof Client>;

/** One row of a search answer. */
export const ClientSummary = Client.pick({
  id: true,
  givenName: true,
  familyName: true,
  preferredName: true,
  dateOfBirth: true,
  phone: true,
  email: true,
  archived: true,
  version: true,
});
/** A search hit. */
export type ClientSummary = z.infer<typeof ClientSummary>;

/** Most rows a search returns. */
export const MAX_SEARCH_LIMIT = 100;

/** Query of GET /api/clients. */
export const ClientSearchQuery = z.strictObject({
  q: z.string().max(200).optional().default(''),
  status: z.enum(['active', 'archived', 'all']).optional().default('active'),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).optional().default(50),
});
/** A parsed search query. */
export type ClientSearchQuery = z.output<typeof ClientSearchQuery>;

/** Reply of GET /api/clients. */
export const ClientSearchReply = z.object({ clients: z.array(ClientSummary), more: z.boolean() });

/** Body of POST /api/clients/:id/consents. */
export const ConsentInput = z.strictObject({
  consentedOn: IsoDate,
  consentTextVersion: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(40)
    .regex(/^[A-Za-z0-9._-]+$/, 'must be a version label like 2026-01 or v3'),
});
/** A consent to treatment. */
export const Consent = z.object({
  id: z.string(),
  consentedOn: z.string(),
  consentTextVersion: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  version: z.number().int(),
});
/** A stored consent. */
export type Consent = z.infer<typeof Consent>;

/** Reply of GET /api/clients/:id (the client page). */
export const ClientPage = z.object({ client: Client, consents: z.array(Consent) });

/** Path params naming one client. */
export const ClientParams = z.strictObject({ id: RecordId });

/** The consent text version the app shows today (a clinic may replace the text; the version records which). */
export const CURRENT_CONSENT_TEXT_VERSION = '2026-01';
