import { AppError } from '../../errors.ts';
import type { ScopedTx, StoreDeps } from '../../store/store.ts';
import type { Client, ClientFields, ClientSearchQuery, ClientSummary, Consent } from './schema.ts';
import { searchPrefixes, searchTerms, sortKey } from './search-terms.ts';
import type { ClientRow, ConsentRow } from './tables.ts';
import './tables.ts';

/**
 * Clients of one clinic. Every function takes the clinic and filters every query by it (and, on
 * PostgreSQL, runs inside a transaction whose row-level security is set to that clinic). Another
 * clinic's id is simply not found.
 */

function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    preferredName: row.preferred_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    pronouns: row.pronouns,
    emergencyContact:
      row.emergency_name === null || row.emergency_phone === null
        ? null
        : { name: row.emergency_name, phone: row.emergency_phone, relation: row.emergency_relation },
    archived: row.archived_at !== null,
    archivedAt: row.archived_at,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toSummary(row: ClientRow): ClientSummary {
  const c = toClient(row);
  return {
    id: c.id,
    givenName: c.givenName,
    familyName: c.familyName,
    preferredName: c.preferredName,
    dateOfBirth: c.dateOfBirth,
    phone: c.phone,
    email: c.email,
    archived: c.archived,
    version: c.version,
  };
}

function fieldColumns(f: ClientFields) {
  return {
    given_name: f.givenName,
    family_name: f.familyName,
    preferred_name: f.preferredName,
    date_of_birth: f.dateOfBirth,
    phone: f.phone,
    email: f.email,
    pronouns: f.pronouns,
    emergency_name: f.emergencyContact?.name ?? null,
    emergency_phone: f.emergencyContact?.phone ?? null,
    emergency_relation: f.emergencyContact?.relation ?? null,
    sort_key: sortKey(f),
  };
}

async function writeTerms(tx: ScopedTx, clinicId: string, clientId: string, f: ClientFields): Promise<void> {
  await tx
    .deleteFrom('client_search_terms')
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId)
    .execute();
  const terms = searchTerms(f);
  if (terms.length > 0)
    await tx
      .insertInto('client_search_terms')
      .values(terms.map((term) => ({ clinic_id: clinicId, client_id: clientId, term })))
      .execute();
}

/** The conflict error of a stale edit: 409 with the version now stored. */
export function staleEdit(what: string, currentVersion: number): AppError {
  return new AppError(
    'conflict',
    409,
    `This ${what} was changed by someone else (now version ${currentVersion}); reload it and apply your change again`,
    { currentVersion },
  );
}

/** Creates a client (version 1). */
export async function createClient(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  fields: ClientFields,
): Promise<Client> {
  const now = deps.now();
  const row: ClientRow = {
    id: deps.newId(),
    clinic_id: clinicId,
    ...fieldColumns(fields),
    archived_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await tx.insertInto('clients').values(row).execute();
  await writeTerms(tx, clinicId, row.id, fields);
  return toClient(row);
}

/** The client with this id in this clinic, or undefined. */
export async function findClient(tx: ScopedTx, clinicId: string, id: string): Promise<Client | undefined> {
  const row = await tx
    .selectFrom('clients')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : toClient(row);
}

/** The client with this id in this clinic; 404 otherwise (also for another clinic's id). */
export async function getClient(tx: ScopedTx, clinicId: string, id: string): Promise<Client> {
  const client = await findClient(tx, clinicId, id);
  if (client === undefined) throw AppError.notFound('The client');
  return client;
}

async function versionedUpdate(
  tx: ScopedTx,
  clinicId: string,
  id: string,
  version: number,
  set: Partial<ClientRow>,
): Promise<Client> {
  const result = await tx
    .updateTable('clients')
    .set({ ...set, version: version + 1 })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const current = await getClient(tx, clinicId, id);
    throw staleEdit('client', current.version);
  }
  return getClient(tx, clinicId, id);
}

/** Edits a client if `version` is the stored one; 409 with the current version otherwise. */
export async function updateClient(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  id: string,
  version: number,
  fields: ClientFields,
): Promise<Client> {
  const client = await versionedUpdate(tx, clinicId, id, version, {
    ...fieldColumns(fields),
    updated_at: deps.now(),
  });
  await writeTerms(tx, clinicId, id, fields);
  return client;
}

/** Archives (hides from the default list) or restores a client; versioned like an edit. */
export async function setArchived(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  id: string,
  version: number,
  archived: boolean,
): Promise<Client> {
  const now = deps.now();
  return versionedUpdate(tx, clinicId, id, version, {
    archived_at: archived ? now : null,
    updated_at: now,
  });
}

/**
 * Finds clients whose name words, email, phone digits or date of birth start with every word of
 * the query (accents and case ignored), ordered by family then given name.
 */
export async function searchClients(
  tx: ScopedTx,
  clinicId: string,
  query: ClientSearchQuery,
): Promise<{ clients: ClientSummary[]; more: boolean }> {
  let q = tx.selectFrom('clients').selectAll().where('clinic_id', '=', clinicId);
  if (query.status === 'active') q = q.where('archived_at', 'is', null);
  if (query.status === 'archived') q = q.where('archived_at', 'is not', null);
  for (const prefix of searchPrefixes(query.q)) {
    q = q.where('id', 'in', (sub) =>
      sub
        .selectFrom('client_search_terms')
        .select('client_id')
        .where('clinic_id', '=', clinicId)
        .where('term', '>=', prefix)
        .where('term', '<', `${prefix}\uffff`),
    );
  }
  const rows = await q
    .orderBy('sort_key')
    .orderBy('id')
    .limit(query.limit + 1)
    .execute();
  return { clients: rows.slice(0, query.limit).map(toSummary), more: rows.length > query.limit };
}

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    consentedOn: row.consented_on,
    consentTextVersion: row.consent_text_version,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    version: Number(row.version),
  };
}

/** Records a consent to treatment for a client of this clinic (404 for any other client). */
export async function addConsent(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  clientId: string,
  input: { consentedOn: string; consentTextVersion: string },
  userId: string,
): Promise<Consent> {
  await getClient(tx, clinicId, clientId);
  const row: ConsentRow = {
    id: deps.newId(),
    clinic_id: clinicId,
    client_id: clientId,
    consented_on: input.consentedOn,
    consent_text_version: input.consentTextVersion,
    recorded_by: userId,
    recorded_at: deps.now(),
    version: 1,
  };
  await tx.insertInto('consents').values(row).execute();
  return toConsent(row);
}

/** A client's consents, newest first. */
export async function listConsents(tx: ScopedTx, clinicId: string, clientId: string): Promise<Consent[]> {
  const rows = await tx
    .selectFrom('consents')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  return rows.map(toConsent);
}
