import { createHash } from 'node:crypto';
import type { DatabaseSchema } from '../store/schema.ts';
import type { ClinicStore, ScopedTx, TxTools } from '../store/store.ts';

/** How an audited attempt ended. */
export type AuditOutcome = 'ok' | 'denied' | 'failed';

/**
 * One audit entry as a caller gives it: who, what, which record, from where. Never health data:
 * record type and id only (e.g. 'client', 'c-0012'), never names, notes or answers.
 */
export interface AuditEntry {
  readonly clinicId: string;
  /** The user who acted; null when unknown (e.g. a failed login names the account in recordId). */
  readonly actorId: string | null;
  /** What was done, e.g. 'auth.login', 'clients.read', 'users.manage'. */
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly recordType?: string | null;
  readonly recordId?: string | null;
  /** The caller's address as the server saw it. */
  readonly ip: string;
  readonly requestId: string;
}

/** A stored audit row. */
export type AuditRow = DatabaseSchema['audit_log'];

/** The prev_hash of the first entry of a clinic's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Strips control characters (CR/LF log injection) and bounds the length of a logged string. */
function clean(value: string | null | undefined, max = 200): string | null {
  if (value === null || value === undefined) return null;
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, max);
}

/** The hash of one row: SHA-256 over the previous hash and the row's fields in a fixed order. */
export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.clinic_id,
    Number(row.seq),
    row.at,
    row.actor_id,
    row.action,
    row.outcome,
    row.record_type,
    row.record_id,
    row.ip,
    row.request_id,
  ]);
  return createHash('sha256').update(row.prev_hash).update('\n').update(canonical).digest('hex');
}

/**
 * Appends one entry to its clinic's chain inside the caller's transaction (so the entry commits or
 * rolls back with the change it records). Writers of one chain are serialised.
 */
export async function writeAudit(
  tx: ScopedTx,
  tools: TxTools,
  entry: AuditEntry,
  at: string,
): Promise<AuditRow> {
  await tools.enterClinic(entry.clinicId);
  await tools.lock(`audit:${entry.clinicId}`);
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('clinic_id', '=', entry.clinicId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const base: Omit<AuditRow, 'hash'> = {
    clinic_id: entry.clinicId,
    seq: last === undefined ? 1 : Number(last.seq) + 1,
    at,
    actor_id: clean(entry.actorId, 64),
    action: clean(entry.action, 64) ?? '',
    outcome: entry.outcome,
    record_type: clean(entry.recordType, 64),
    record_id: clean(entry.recordId, 254),
    ip: clean(entry.ip, 64) ?? '',
    request_id: clean(entry.requestId, 64) ?? '',
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const row: AuditRow = { ...base, hash: auditHash(base) };
  await tx.insertInto('audit_log').values(row).execute();
  return row;
}

/** Writes one entry in its own transaction (for refusals and failed logins, which change nothing else). */
export function writeAuditAlone(store: ClinicStore, entry: AuditEntry): Promise<AuditRow> {
  return store.run({ kind: 'clinic', clinicId: entry.clinicId }, (tx, tools) =>
    writeAudit(tx, tools, entry, store.deps.now()),
  );
}

/** The result of checking a chain: ok, or the first entry whose link is broken and why. */
export type ChainCheck =
  | { readonly ok: true; readonly entries: number }
  | { readonly ok: false; readonly entries: number; readonly brokenAt: number; readonly reason: string };

/** Checks a clinic's chain in order; names the first broken link (edited row, removed row, reordered row). */
export function verifyAuditRows(rows: readonly AuditRow[]): ChainCheck {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    const seq = Number(row.seq);
    if (seq !== expectedSeq)
      return {
        ok: false,
        entries: rows.length,
        brokenAt: expectedSeq,
        reason: `entry ${expectedSeq} is missing`,
      };
    if (row.prev_hash !== prev)
      return {
        ok: false,
        entries: rows.length,
        brokenAt: seq,
        reason: `entry ${seq} does not link to entry ${seq - 1}`,
      };
    if (auditHash(row) !== row.hash)
      return {
        ok: false,
        entries: rows.length,
        brokenAt: seq,
        reason: `entry ${seq} was changed after it was written`,
      };
    prev = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entries: rows.length };
}

/** Reads a clinic's whole chain and verifies it. */
export async function verifyAuditChain(store: ClinicStore, clinicId: string): Promise<ChainCheck> {
  const rows = await store.run({ kind: 'clinic', clinicId }, (tx) =>
    tx.selectFrom('audit_log').selectAll().where('clinic_id', '=', clinicId).orderBy('seq').execute(),
  );
  return verifyAuditRows(rows);
}
