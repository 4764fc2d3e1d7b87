import { expect } from 'vitest';
import { clientMarta, clientZoe, clientZoltan } from '@myomap/fixtures';
import { AppError } from '../errors.ts';
import {
  addConsent,
  createClient,
  getClient,
  listConsents,
  searchClients,
  setArchived,
  updateClient,
} from '../features/clients/repository.ts';
import { ClientFields, ClientSearchQuery } from '../features/clients/schema.ts';
import {
  addClearance,
  addRescreen,
  getIntake,
  listClearances,
  listRescreens,
  putIntake,
} from '../features/intake/repository.ts';
import { IntakeFields } from '../features/intake/schema.ts';
import type { ClinicStore } from './store.ts';
import { twoClinics } from './two-clinics.ts';

type Test = (title: string, fn: () => Promise<void>) => void;

const fields = (x: unknown) => ClientFields.parse(x);
const search = (q: string, status: 'active' | 'archived' | 'all' = 'active') =>
  ClientSearchQuery.parse({ q, status });
const intake = IntakeFields.parse({
  conditions: ['tension headaches'],
  medications: [{ name: 'warfarin', anticoagulant: true }],
  surgeries: [{ what: 'appendix removed', date: '2019-06' }],
  pregnancy: 'no',
  answers: { 'chest-pain-now': 'no', 'blood-thinners': 'yes' },
  notes: '',
});

async function rejectsWith(p: Promise<unknown>, status: number): Promise<AppError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
  return error as AppError;
}

/**
 * The clients-and-intake part of the store contract (migration 0003): both engines run it, including
 * the isolation rules (another clinic's records are not found and stay unchanged).
 */
export function recordsContract(test: Test, store: () => ClinicStore): void {
  const setup = async () => {
    const s = store();
    const { a, b } = await twoClinics(s);
    return { s, a, b };
  };

  test('clients: create, read, edit with the version read; a stale edit is 409 with the current version', async () => {
    const { s, a } = await setup();
    const run = <T>(fn: (tx: Parameters<Parameters<ClinicStore['run']>[1]>[0]) => Promise<T>) =>
      s.run({ kind: 'clinic', clinicId: a }, fn);
    const zoe = await run((tx) => createClient(tx, s.deps, a, fields(clientZoe)));
    expect(zoe).toMatchObject({ givenName: 'Zoë', version: 1, archived: false });
    expect(zoe.emergencyContact).toEqual({
      name: 'Cian Ó Briain',
      phone: '07700 900124',
      relation: 'brother',
    });
    expect(await run((tx) => getClient(tx, a, zoe.id))).toEqual(zoe);
    const edited = await run((tx) =>
      updateClient(tx, s.deps, a, zoe.id, 1, fields({ ...clientZoe, phone: '07700 900999' })),
    );
    expect(edited.version).toBe(2);
    const stale = await rejectsWith(
      run((tx) => updateClient(tx, s.deps, a, zoe.id, 1, fields({ ...clientZoe, pronouns: 'they/them' }))),
      409,
    );
    expect(stale.details).toEqual({ currentVersion: 2 });
    expect((await run((tx) => getClient(tx, a, zoe.id))).pronouns).toBe('she/her');
  });

  test('clients: of two concurrent edits from the same version exactly one wins, the other is 409', async () => {
    const { s, a } = await setup();
    const zoe = await s.run({ kind: 'clinic', clinicId: a }, (tx) =>
      createClient(tx, s.deps, a, fields(clientZoe)),
    );
    const edit = (pronouns: string) =>
      s.run({ kind: 'clinic', clinicId: a }, (tx) =>
        updateClient(tx, s.deps, a, zoe.id, 1, fields({ ...clientZoe, pronouns })),
      );
    const results = await Promise.allSettled([edit('they/them'), edit('she/they'), edit('he/him')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r.reason as AppError).status)).toEqual([409, 409]);
    const now = await s.run({ kind: 'clinic', clinicId: a }, (tx) => getClient(tx, a, zoe.id));
    expect(now.version).toBe(2);
    expect(now.pronouns).toBe((won[0] as PromiseFulfilledResult<{ pronouns: string }>).value.pronouns);
  });

  test('clients: search by name, phone, email and date of birth, prefix and accent-insensitive', async () => {
    const { s, a } = await setup();
    const run = <T>(fn: (tx: Parameters<Parameters<ClinicStore['run']>[1]>[0]) => Promise<T>) =>
      s.run({ kind: 'clinic', clinicId: a }, fn);
    const zoe = await run((tx) => createClient(tx, s.deps, a, fields(clientZoe)));
    const zoltan = await run((tx) => createClient(tx, s.deps, a, fields(clientZoltan)));
    const ids = async (q: string, status?: 'active' | 'archived' | 'all') =>
      (await run((tx) => searchClients(tx, a, search(q, status)))).clients.map((c) => c.id);
    expect(await ids('')).toEqual([zoltan.id, zoe.id]); // Kovács before Ó Briain
    expect(await ids('zo')).toEqual([zoltan.id, zoe.id]);
    expect(await ids('ZOE')).toEqual([zoe.id]);
    expect(await ids('zoë o')).toEqual([zoe.id]);
    expect(await ids('obri')).toEqual([zoe.id]);
    expect(await ids('kovacs zolt')).toEqual([zoltan.id]);
    expect(await ids('07700 900123')).toEqual([zoe.id]);
    expect(await ids('7700900')).toEqual([zoltan.id, zoe.id]);
    expect(await ids('+44 7700 900456')).toEqual([zoltan.id]);
    expect(await ids('zoe.obr')).toEqual([zoe.id]);
    expect(await ids('Z.Kovacs@Example.net')).toEqual([zoltan.id]);
    expect(await ids('1988-04')).toEqual([zoe.id]);
    expect(await ids('1975-11-03')).toEqual([zoltan.id]);
    expect(await ids('nobody')).toEqual([]);
    expect(await ids("%' or 1=1 --")).toEqual([]);
    await run((tx) =>
      updateClient(tx, s.deps, a, zoe.id, 1, fields({ ...clientZoe, familyName: 'Walsh-Ní Bhriain' })),
    );
    expect(await ids('briain')).toEqual([]);
    expect(await ids('walsh')).toEqual([zoe.id]);
    expect(await ids('ni bhr')).toEqual([zoe.id]);
  });

  test('clients: archive hides from the default list; restore brings back; both versioned', async () => {
    const { s, a } = await setup();
    const run = <T>(fn: (tx: Parameters<Parameters<ClinicStore['run']>[1]>[0]) => Promise<T>) =>
      s.run({ kind: 'clinic', clinicId: a }, fn);
    const zoe = await run((tx) => createClient(tx, s.deps, a, fields(clientZoe)));
    const archived = await run((tx) => setArchived(tx, s.deps, a, zoe.id, 1, true));
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect((await run((tx) => searchClients(tx, a, search('zoe')))).clients).toEqual([]);
    expect((await run((tx) => searchClients(tx, a, search('zoe', 'archived')))).clients).toHaveLength(1);
    await rejectsWith(
      run((tx) => setArchived(tx, s.deps, a, zoe.id, 1, false)),
      409,
    );
    const restored = await run((tx) => setArchived(tx, s.deps, a, zoe.id, 2, false));
    expect(restored).toMatchObject({ archived: false, archivedAt: null, version: 3 });
    expect((await run((tx) => searchClients(tx, a, search('zoe')))).clients).toHaveLength(1);
  });

  test('consent, intake, clearance and re-screen are stored per client with versions', async () => {
    const { s, a } = await setup();
    const run = <T>(fn: (tx: Parameters<Parameters<ClinicStore['run']>[1]>[0]) => Promise<T>) =>
      s.run({ kind: 'clinic', clinicId: a }, fn);
    const zoe = await run((tx) => createClient(tx, s.deps, a, fields(clientZoe)));
    const consent = await run((tx) =>
      addConsent(tx, s.deps, a, zoe.id, { consentedOn: '2026-03-02', consentTextVersion: '2026-01' }, 'u-1'),
    );
    expect(await run((tx) => listConsents(tx, a, zoe.id))).toEqual([consent]);
    expect(await run((tx) => getIntake(tx, a, zoe.id))).toBeUndefined();
    const first = await run((tx) => putIntake(tx, s.deps, a, zoe.id, 0, intake, 'u-1'));
    expect(first).toMatchObject({ version: 1, medications: [{ name: 'warfarin', anticoagulant: true }] });
    await rejectsWith(
      run((tx) => putIntake(tx, s.deps, a, zoe.id, 0, intake, 'u-1')),
      409,
    );
    const second = await run((tx) => putIntake(tx, s.deps, a, zoe.id, 1, { ...intake, notes: 'x' }, 'u-1'));
    expect(second.version).toBe(2);
    const stale = await rejectsWith(
      run((tx) => putIntake(tx, s.deps, a, zoe.id, 1, intake, 'u-1')),
      409,
    );
    expect(stale.details).toEqual({ currentVersion: 2 });
    const clearance = await run((tx) =>
      addClearance(
        tx,
        s.deps,
        a,
        zoe.id,
        { questionId: 'blood-thinners', reason: 'GP letter', clearedOn: '2026-03-01', clearedBy: 'Dr Ahmed' },
        'u-1',
      ),
    );
    expect(await run((tx) => listClearances(tx, a, zoe.id))).toEqual([clearance]);
    const rescreen = await run((tx) =>
      addRescreen(
        tx,
        s.deps,
        a,
        zoe.id,
        { visitOn: '2026-03-09', changed: false, answers: {}, note: '' },
        'u-1',
      ),
    );
    expect(await run((tx) => listRescreens(tx, a, zoe.id))).toEqual([rescreen]);
  });

  test('intake: of two concurrent first writes one wins and the other is 409', async () => {
    const { s, a } = await setup();
    const zoe = await s.run({ kind: 'clinic', clinicId: a }, (tx) =>
      createClient(tx, s.deps, a, fields(clientZoe)),
    );
    const write = () =>
      s.run({ kind: 'clinic', clinicId: a }, (tx) => putIntake(tx, s.deps, a, zoe.id, 0, intake, 'u-1'));
    const results = await Promise.allSettled([write(), write()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
  });

  test('isolation: another clinic finds none of a clinic’s clients or records and cannot change them', async () => {
    const { s, a, b } = await setup();
    const inA = <T>(fn: (tx: Parameters<Parameters<ClinicStore['run']>[1]>[0]) => Promise<T>) =>
      s.run({ kind: 'clinic', clinicId: a }, fn);
    const inB = <T>(fn: (tx: Parameters<Parameters<ClinicStore['run']>[1]>[0]) => Promise<T>) =>
      s.run({ kind: 'clinic', clinicId: b }, fn);
    const zoe = await inA((tx) => createClient(tx, s.deps, a, fields(clientZoe)));
    await inA((tx) => putIntake(tx, s.deps, a, zoe.id, 0, intake, 'u-1'));
    await inB((tx) => createClient(tx, s.deps, b, fields(clientMarta)));
    // B asking with its own clinic for A's client id
    await rejectsWith(
      inB((tx) => getClient(tx, b, zoe.id)),
      404,
    );
    await rejectsWith(
      inB((tx) => updateClient(tx, s.deps, b, zoe.id, 1, fields(clientMarta))),
      404,
    );
    await rejectsWith(
      inB((tx) => setArchived(tx, s.deps, b, zoe.id, 1, true)),
      404,
    );
    await rejectsWith(
      inB((tx) => getIntake(tx, b, zoe.id)),
      404,
    );
    await rejectsWith(
      inB((tx) => putIntake(tx, s.deps, b, zoe.id, 1, intake, 'u-2')),
      404,
    );
    await rejectsWith(
      inB((tx) =>
        addConsent(tx, s.deps, b, zoe.id, { consentedOn: '2026-03-02', consentTextVersion: 'v1' }, 'u-2'),
      ),
      404,
    );
    await rejectsWith(
      inB((tx) =>
        addClearance(
          tx,
          s.deps,
          b,
          zoe.id,
          { questionId: 'pregnant', reason: 'r', clearedOn: '2026-03-02', clearedBy: 'x' },
          'u-2',
        ),
      ),
      404,
    );
    await rejectsWith(
      inB((tx) =>
        addRescreen(
          tx,
          s.deps,
          b,
          zoe.id,
          { visitOn: '2026-03-02', changed: true, answers: {}, note: '' },
          'u-2',
        ),
      ),
      404,
    );
    expect((await inB((tx) => searchClients(tx, b, search('zo', 'all')))).clients).toEqual([]);
    expect(
      (await inB((tx) => searchClients(tx, b, search('', 'all')))).clients.map((c) => c.givenName),
    ).toEqual(['Marta']);
    expect(await inB((tx) => listConsents(tx, b, zoe.id))).toEqual([]);
    expect(await inB((tx) => listClearances(tx, b, zoe.id))).toEqual([]);
    // A's records unchanged
    expect(await inA((tx) => getClient(tx, a, zoe.id))).toEqual(zoe);
    expect((await inA((tx) => getIntake(tx, a, zoe.id)))?.version).toBe(1);
    expect(await inA((tx) => listConsents(tx, a, zoe.id))).toEqual([]);
  });

  test('isolation: a transaction scoped to one clinic sees no row of another, even without a clinic filter', async () => {
    const { s, a, b } = await setup();
    const zoe = await s.run({ kind: 'clinic', clinicId: a }, (tx) =>
      createClient(tx, s.deps, a, fields(clientZoe)),
    );
    await s.run({ kind: 'clinic', clinicId: a }, (tx) => putIntake(tx, s.deps, a, zoe.id, 0, intake, 'u-1'));
    await s.run({ kind: 'clinic', clinicId: a }, (tx) =>
      addConsent(tx, s.deps, a, zoe.id, { consentedOn: '2026-03-02', consentTextVersion: 'v1' }, 'u-1'),
    );
    const tables = [
      'clients',
      'client_search_terms',
      'consents',
      'intakes',
      'clearances',
      'visit_rescreens',
    ] as const;
    const count = (scope: Parameters<ClinicStore['run']>[0]) =>
      s.run(scope, async (tx) => {
        const out: number[] = [];
        for (const t of tables) {
          const r = await tx
            .selectFrom(t)
            .select((e) => e.fn.countAll<number>().as('n'))
            .executeTakeFirst();
          out.push(Number(r?.n ?? 0));
        }
        return out;
      });
    if (s.engine === 'postgres') {
      // row-level security: another clinic, or no clinic at all, sees nothing
      expect(await count({ kind: 'clinic', clinicId: b })).toEqual([0, 0, 0, 0, 0, 0]);
      expect(await count({ kind: 'all-clinics' })).toEqual([0, 0, 0, 0, 0, 0]);
      const forged = s.run({ kind: 'clinic', clinicId: b }, (tx) =>
        tx
          .insertInto('consents')
          .values({
            id: 'forged',
            clinic_id: a,
            client_id: zoe.id,
            consented_on: '2026-03-02',
            consent_text_version: 'v1',
            recorded_by: 'u-2',
            recorded_at: '2026-03-02',
            version: 1,
          })
          .execute(),
      );
      await expect(forged).rejects.toThrow();
    }
    const own = await count({ kind: 'clinic', clinicId: a });
    expect(own[0]).toBe(1);
    expect(own[3]).toBe(1);
  });
}
