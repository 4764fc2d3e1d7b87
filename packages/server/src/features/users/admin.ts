import { isRole, type Role } from '../../access/access-table.ts';
import { verifyAuditChain, writeAudit, type ChainCheck } from '../../audit/audit-log.ts';
import { AppError } from '../../errors.ts';
import type { Clinic, ClinicStore } from '../../store/store.ts';
import { DEFAULT_AUTH_CONFIG, type AuthConfig } from '../auth/auth-config.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { revokeUserSessions } from '../auth/session-repository.ts';
import { toUserReply, usersRepository } from './repository.ts';
import type { UserReply } from './schema.ts';

/**
 * Account administration for a self-hosted install (`myomap users …`, `myomap audit verify`): the same
 * repositories, rules and audit log as the API, with 'cli' as the address.
 */

const CLI = { ip: 'cli', requestId: 'cli' } as const;

/** Picks the clinic: the given id, else the only one; refuses to guess among several. */
export async function pickClinic(store: ClinicStore, clinicId?: string): Promise<Clinic> {
  const clinics = await store.listClinics();
  if (clinicId !== undefined) {
    const found = clinics.find((c) => c.id === clinicId);
    if (found === undefined) throw AppError.notFound(`Clinic ${clinicId}`);
    return found;
  }
  if (clinics.length === 1 && clinics[0] !== undefined) return clinics[0];
  if (clinics.length === 0)
    throw new AppError('not-found', 404, 'No clinic yet: give --new-clinic "<name>" to create one');
  throw new AppError(
    'validation-failed',
    400,
    `There are ${clinics.length} clinics: give --clinic <id> (see myomap users list)`,
  );
}

/** Adds a user (creating the clinic first when `newClinic` is given). */
export async function adminAddUser(
  store: ClinicStore,
  input: {
    email: string;
    displayName: string;
    role: string;
    password: string;
    clinicId?: string;
    newClinic?: string;
  },
  config: AuthConfig = DEFAULT_AUTH_CONFIG,
): Promise<{ clinic: Clinic; user: UserReply }> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 254)
    throw new AppError('validation-failed', 400, 'email: must be an email address');
  if (!isRole(input.role))
    throw new AppError('validation-failed', 400, 'role: must be owner, therapist, front-desk or student');
  const problem = passwordProblem(input.password, [email, input.displayName]);
  if (problem !== null) throw new AppError('weak-password', 400, `password: ${problem}`);
  const taken = await store.run({ kind: 'login-email', email }, (tx) =>
    usersRepository.emailTaken(tx, email),
  );
  if (taken) throw new AppError('conflict', 409, `email: ${email} already has an account`);
  const passwordHash = await hashPassword(input.password, config);
  const clinic =
    input.newClinic !== undefined
      ? await store.createClinic({ name: input.newClinic })
      : await pickClinic(store, input.clinicId);
  const now = store.deps.now();
  const row = {
    id: store.deps.newId(),
    clinic_id: clinic.id,
    email,
    display_name: input.displayName.trim(),
    role: input.role as Role,
    password_hash: passwordHash,
    disabled_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await store.run({ kind: 'clinic', clinicId: clinic.id }, async (tx, tools) => {
    await usersRepository.insert(tx, row);
    await writeAudit(
      tx,
      tools,
      {
        clinicId: clinic.id,
        actorId: null,
        action: 'users.add',
        outcome: 'ok',
        recordType: 'user',
        recordId: row.id,
        ...CLI,
      },
      now,
    );
  });
  return { clinic, user: toUserReply(row) };
}

/** Every clinic with its users. */
export async function adminListUsers(
  store: ClinicStore,
  clinicId?: string,
): Promise<{ clinic: Clinic; users: UserReply[] }[]> {
  const clinics = clinicId === undefined ? await store.listClinics() : [await pickClinic(store, clinicId)];
  const out: { clinic: Clinic; users: UserReply[] }[] = [];
  for (const clinic of clinics) {
    const rows = await store.run({ kind: 'clinic', clinicId: clinic.id }, (tx) =>
      usersRepository.list(tx, clinic.id),
    );
    out.push({ clinic, users: rows.map(toUserReply) });
  }
  return out;
}

async function withUserByEmail<T>(
  store: ClinicStore,
  rawEmail: string,
  fn: (user: { id: string; clinicId: string; version: number }) => Promise<T>,
): Promise<T> {
  const email = rawEmail.trim().toLowerCase();
  const user = await store.run({ kind: 'login-email', email }, (tx) =>
    usersRepository.byEmailForLogin(tx, email),
  );
  if (user === undefined) throw AppError.notFound(`User ${email}`);
  return fn({ id: user.id, clinicId: user.clinic_id, version: Number(user.version) });
}

/** Disables an account and ends its sessions. */
export function adminDisableUser(store: ClinicStore, email: string): Promise<void> {
  return withUserByEmail(store, email, async (user) => {
    const now = store.deps.now();
    await store.run({ kind: 'clinic', clinicId: user.clinicId }, async (tx, tools) => {
      await usersRepository.update(tx, user.clinicId, user.id, user.version, { disabled_at: now }, now);
      await revokeUserSessions(tx, user.clinicId, user.id, now);
      await writeAudit(
        tx,
        tools,
        {
          clinicId: user.clinicId,
          actorId: null,
          action: 'users.disable',
          outcome: 'ok',
          recordType: 'user',
          recordId: user.id,
          ...CLI,
        },
        now,
      );
    });
  });
}

/** Sets a new password (the lost-password path of a self-hosted install) and ends the account's sessions. */
export function adminResetPassword(
  store: ClinicStore,
  email: string,
  password: string,
  config: AuthConfig = DEFAULT_AUTH_CONFIG,
): Promise<void> {
  return withUserByEmail(store, email, async (user) => {
    const problem = passwordProblem(password, [email]);
    if (problem !== null) throw new AppError('weak-password', 400, `password: ${problem}`);
    const passwordHash = await hashPassword(password, config);
    const now = store.deps.now();
    await store.run({ kind: 'clinic', clinicId: user.clinicId }, async (tx, tools) => {
      await usersRepository.update(
        tx,
        user.clinicId,
        user.id,
        user.version,
        { password_hash: passwordHash },
        now,
      );
      await revokeUserSessions(tx, user.clinicId, user.id, now);
      await writeAudit(
        tx,
        tools,
        {
          clinicId: user.clinicId,
          actorId: null,
          action: 'users.reset-password',
          outcome: 'ok',
          recordType: 'user',
          recordId: user.id,
          ...CLI,
        },
        now,
      );
    });
  });
}

/** Verifies the audit chain of every clinic (or one). */
export async function adminVerifyAudit(
  store: ClinicStore,
  clinicId?: string,
): Promise<{ clinic: Clinic; check: ChainCheck }[]> {
  const clinics = clinicId === undefined ? await store.listClinics() : [await pickClinic(store, clinicId)];
  const out: { clinic: Clinic; check: ChainCheck }[] = [];
  for (const clinic of clinics) out.push({ clinic, check: await verifyAuditChain(store, clinic.id) });
  return out;
}
