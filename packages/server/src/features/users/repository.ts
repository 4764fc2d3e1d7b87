import type { Insertable } from 'kysely';
import type { Role } from '../../access/access-table.ts';
import type { DatabaseSchema } from '../../store/schema.ts';
import type { ScopedTx } from '../../store/store.ts';
import type { UserReply } from './schema.ts';

/** A users row. */
export type UserRow = DatabaseSchema['users'];
/** An invites row. */
export type InviteRow = DatabaseSchema['invites'];

/** The API view of a user row (never the password hash or TOTP secret). */
export function toUserReply(
  row: Omit<UserRow, 'totp_secret' | 'totp_pending' | 'totp_last_step'> & { totp_secret?: string | null },
): UserReply {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    disabled: row.disabled_at !== null,
    totp: row.totp_secret !== null && row.totp_secret !== undefined,
    version: Number(row.version),
    createdAt: row.created_at,
  };
}

/** Clinic-scoped queries on users and invites: every one filters by clinic_id. */
export const usersRepository = {
  insert: (tx: ScopedTx, row: Insertable<UserRow>) => tx.insertInto('users').values(row).execute(),

  get: (tx: ScopedTx, clinicId: string, id: string) =>
    tx
      .selectFrom('users')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst(),

  list: (tx: ScopedTx, clinicId: string) =>
    tx
      .selectFrom('users')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),

  /** Login only (scope 'login-email'): the one account with this email, in whatever clinic. */
  byEmailForLogin: (tx: ScopedTx, email: string) =>
    tx.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst(),

  /** True when any clinic's account uses this email (emails are unique across clinics: login needs no clinic). */
  emailTaken: async (tx: ScopedTx, email: string) =>
    (await tx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined,

  countActiveOwners: async (tx: ScopedTx, clinicId: string) => {
    const row = await tx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('clinic_id', '=', clinicId)
      .where('role', '=', 'owner')
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  /** Writes changes only when the row still has `version`; returns false on a stale version. */
  update: async (
    tx: ScopedTx,
    clinicId: string,
    id: string,
    version: number,
    changes: Partial<Pick<UserRow, 'role' | 'disabled_at' | 'password_hash' | 'display_name'>>,
    now: string,
  ) => {
    const result = await tx
      .updateTable('users')
      .set({ ...changes, version: version + 1, updated_at: now })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  insertInvite: (tx: ScopedTx, row: InviteRow) => tx.insertInto('invites').values(row).execute(),

  pendingInvites: (tx: ScopedTx, clinicId: string, now: string) =>
    tx
      .selectFrom('invites')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at')
      .execute(),

  getInvite: (tx: ScopedTx, clinicId: string, id: string) =>
    tx
      .selectFrom('invites')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst(),

  /** Accepting only (scope 'invite-token'). */
  inviteByToken: (tx: ScopedTx, tokenHash: string) =>
    tx.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),

  closeInvite: (
    tx: ScopedTx,
    clinicId: string,
    id: string,
    field: 'accepted_at' | 'revoked_at',
    now: string,
  ) =>
    tx
      .updateTable('invites')
      .set({ [field]: now })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst(),
};
