import type { Insertable } from 'kysely';
import { expect } from 'vitest';
import { clinicHarbourside, clinicNorthgate } from '@myomap/fixtures';
import { verifyAuditChain, writeAudit, writeAuditAlone, type AuditEntry } from '../audit/audit-log.ts';
import { findLiveSession } from '../features/auth/session-repository.ts';
import { usersRepository, type UserRow } from '../features/users/repository.ts';
import type { ClinicStore } from './store.ts';

type Test = (title: string, fn: () => Promise<void>) => void;

const userRow = (
  store: ClinicStore,
  clinicId: string,
  email: string,
  role = 'therapist',
): Insertable<UserRow> => {
  const now = store.deps.now();
  return {
    id: store.deps.newId(),
    clinic_id: clinicId,
    email,
    display_name: email.split('@')[0] ?? email,
    role,
    password_hash: '$argon2id$placeholder',
    disabled_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
};

const entry = (clinicId: string, n: number): AuditEntry => ({
  clinicId,
  actorId: 'someone',
  action: 'contract.test',
  outcome: 'ok',
  recordType: 'user',
  recordId: `r${n}`,
  ip: '127.0.0.1',
  requestId: `req-${n}`,
});

/** The accounts half of the store contract (users, sessions, invites, audit log, isolation); both engines. */
export function accountsContract(test: Test, getStore: () => ClinicStore): void {
  test('accounts: users are stored per clinic; emails are unique across clinics', async () => {
    const store = getStore();
    const a = await store.createClinic(clinicHarbourside);
    const b = await store.createClinic(clinicNorthgate);
    const ann = userRow(store, a.id, 'ann@x.example', 'owner');
    await store.run({ kind: 'clinic', clinicId: a.id }, (tx) => usersRepository.insert(tx, ann));
    await expect(
      store.run({ kind: 'clinic', clinicId: b.id }, (tx) =>
        usersRepository.insert(tx, userRow(store, b.id, 'ann@x.example')),
      ),
    ).rejects.toThrow();
    expect(
      await store.run({ kind: 'clinic', clinicId: a.id }, (tx) => usersRepository.get(tx, a.id, ann.id)),
    ).toMatchObject({
      email: 'ann@x.example',
      role: 'owner',
    });
    expect(
      await store.run({ kind: 'clinic', clinicId: b.id }, (tx) => usersRepository.get(tx, b.id, ann.id)),
    ).toBeUndefined();
    expect(
      await store.run({ kind: 'clinic', clinicId: b.id }, (tx) => usersRepository.list(tx, b.id)),
    ).toEqual([]);
    const found = await store.run({ kind: 'login-email', email: 'ann@x.example' }, (tx) =>
      usersRepository.byEmailForLogin(tx, 'ann@x.example'),
    );
    expect(found?.id).toBe(ann.id);
  });

  test('accounts: a stale user edit changes nothing', async () => {
    const store = getStore();
    const a = await store.createClinic(clinicHarbourside);
    const u = userRow(store, a.id, 'u@x.example');
    const now = store.deps.now();
    const [first, second] = await store.run({ kind: 'clinic', clinicId: a.id }, async (tx) => {
      await usersRepository.insert(tx, u);
      return [
        await usersRepository.update(tx, a.id, u.id, 1, { role: 'student' }, now),
        await usersRepository.update(tx, a.id, u.id, 1, { role: 'owner' }, now),
      ];
    });
    expect([first, second]).toEqual([true, false]);
    const row = await store.run({ kind: 'clinic', clinicId: a.id }, (tx) =>
      usersRepository.get(tx, a.id, u.id),
    );
    expect(row).toMatchObject({ role: 'student', version: 2 });
  });

  test('accounts: a session is found by its token hash only while live, and only with its own clinic', async () => {
    const store = getStore();
    const a = await store.createClinic(clinicHarbourside);
    const u = userRow(store, a.id, 's@x.example');
    const now = '2026-03-02T10:00:00.000Z';
    await store.run({ kind: 'clinic', clinicId: a.id }, async (tx) => {
      await usersRepository.insert(tx, u);
      await tx
        .insertInto('sessions')
        .values({
          id: 's1',
          clinic_id: a.id,
          user_id: u.id,
          token_hash: 'h1',
          csrf_hash: 'c1',
          created_at: now,
          last_seen_at: now,
          expires_at: '2026-03-02T22:00:00.000Z',
          revoked_at: null,
          ip: '::1',
        })
        .execute();
    });
    const find = (hash: string, at: string, idleBefore: string) =>
      store.run({ kind: 'session-token', tokenHash: hash }, (tx, tools) =>
        findLiveSession(tx, tools, hash, { now: at, idleBefore }),
      );
    expect(await find('h1', '2026-03-02T10:10:00.000Z', '2026-03-02T09:40:00.000Z')).toMatchObject({
      clinicId: a.id,
      userId: u.id,
      role: 'therapist',
    });
    expect(await find('h2', '2026-03-02T10:10:00.000Z', '2026-03-02T09:40:00.000Z')).toBeUndefined();
    expect(await find('h1', '2026-03-02T10:50:00.000Z', '2026-03-02T10:20:00.000Z')).toBeUndefined(); // idle
    expect(await find('h1', '2026-03-02T22:00:00.000Z', '2026-03-02T09:00:00.000Z')).toBeUndefined(); // absolute
  });

  test('audit: chains per clinic, same hashes on both engines, concurrent writers never fork', async () => {
    const store = getStore();
    const a = await store.createClinic(clinicHarbourside);
    const b = await store.createClinic(clinicNorthgate);
    const first = await store.run({ kind: 'clinic', clinicId: a.id }, (tx, tools) =>
      writeAudit(tx, tools, entry(a.id, 0), '2026-03-02T09:00:00.000Z'),
    );
    // fixed inputs, fixed hash: both engines store exactly the same chain
    expect(first.seq).toBe(1);
    expect(first.prev_hash).toBe('0'.repeat(64));
    // SHA-256("0"x64 + "\n" + '["clinic-0001",1,"2026-03-02T09:00:00.000Z","someone","contract.test","ok","user","r0","127.0.0.1","req-0"]'),
    // computed outside Node (Python hashlib) from the documented canonical form
    if (a.id === 'clinic-0001')
      expect(first.hash).toBe('b0f7a0206ff8e0f1160d37ddb960c3aac8868ac43d671d4946ae8b25ab66c1d5');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeAuditAlone(store, entry(a.id, i + 1))));
    await writeAuditAlone(store, entry(b.id, 99));
    expect(await verifyAuditChain(store, a.id)).toEqual({ ok: true, entries: 21 });
    expect(await verifyAuditChain(store, b.id)).toEqual({ ok: true, entries: 1 });
    const seen = await store.run({ kind: 'clinic', clinicId: b.id }, (tx) =>
      tx.selectFrom('audit_log').select('clinic_id').where('clinic_id', '=', b.id).execute(),
    );
    expect(new Set(seen.map((r) => r.clinic_id))).toEqual(new Set([b.id]));
  });
}
