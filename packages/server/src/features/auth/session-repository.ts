import type { Role } from '../../access/access-table.ts';
import type { ScopedTx, TxTools } from '../../store/store.ts';
import type { DatabaseSchema } from '../../store/schema.ts';

type SessionRow = DatabaseSchema['sessions'];

/** A live session with its user, as requireAccess sees it. */
export interface LiveSession {
  readonly sessionId: string;
  readonly clinicId: string;
  readonly userId: string;
  readonly role: Role;
  readonly csrfHash: string;
}

/** Times a session is checked against (ISO strings compare in time order). */
export interface SessionLimits {
  readonly now: string;
  /** Sessions last seen before this are idle-expired. */
  readonly idleBefore: string;
}

/** Stores a new session row (the token and CSRF token arrive hashed). */
export async function insertSession(tx: ScopedTx, row: SessionRow): Promise<void> {
  await tx.insertInto('sessions').values(row).execute();
}

/**
 * Finds the live session for a token hash, enters its clinic and loads its active user; refreshes
 * last_seen_at. Undefined when unknown, revoked, idle, past its absolute expiry or the user is disabled.
 */
export async function findLiveSession(
  tx: ScopedTx,
  tools: TxTools,
  tokenHash: string,
  limits: SessionLimits,
): Promise<LiveSession | undefined> {
  const session = await tx
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (session === undefined || session.revoked_at !== null) return undefined;
  if (session.expires_at <= limits.now || session.last_seen_at < limits.idleBefore) return undefined;
  await tools.enterClinic(session.clinic_id);
  const user = await tx
    .selectFrom('users')
    .select(['id', 'role', 'disabled_at'])
    .where('clinic_id', '=', session.clinic_id)
    .where('id', '=', session.user_id)
    .executeTakeFirst();
  if (user === undefined || user.disabled_at !== null) return undefined;
  await tx
    .updateTable('sessions')
    .set({ last_seen_at: limits.now })
    .where('clinic_id', '=', session.clinic_id)
    .where('id', '=', session.id)
    .execute();
  return {
    sessionId: session.id,
    clinicId: session.clinic_id,
    userId: user.id,
    role: user.role as Role,
    csrfHash: session.csrf_hash,
  };
}

/** Revokes one session (logout). */
export async function revokeSession(
  tx: ScopedTx,
  clinicId: string,
  sessionId: string,
  now: string,
): Promise<void> {
  await tx
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes every session of a user, optionally keeping one (password change keeps the caller's). */
export async function revokeUserSessions(
  tx: ScopedTx,
  clinicId: string,
  userId: string,
  now: string,
  keepSessionId?: string,
): Promise<void> {
  let q = tx
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (keepSessionId !== undefined) q = q.where('id', '!=', keepSessionId);
  await q.execute();
}
