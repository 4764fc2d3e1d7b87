/**
 * PostgreSQL isolation guard (security notes T9c): forced row-level security on every clinic table,
 * a non-owner app role, and a query without a clinic set sees nothing.
 */
import { PG_TEST_URL, postgresAvailable, testDeps, uniqueSchema } from '@myomap/fixtures';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain, writeAuditAlone } from '../../audit/audit-log.ts';
import { seedClinicStaff } from '../../testing/accounts.test-helper.ts';
import type { ClinicStore } from '../store.ts';
import { openPostgresStore } from './postgres-store.ts';

let up = false;
let store: ClinicStore;
let owner: pg.Client;
let app: pg.Client;
const schema = uniqueSchema('rls');

beforeAll(async () => {
  up = await postgresAvailable();
  if (!up) return;
  store = await openPostgresStore(PG_TEST_URL, testDeps('rls'), { schema });
  await store.migrate();
  const a = await seedClinicStaff(store, 'Harbourside', 'harbour');
  await writeAuditAlone(store, {
    clinicId: a.clinic.id,
    actorId: a.staff.owner.id,
    action: 'test',
    outcome: 'ok',
    ip: '127.0.0.1',
    requestId: 'r1',
  });
  await writeAuditAlone(store, {
    clinicId: a.clinic.id,
    actorId: a.staff.owner.id,
    action: 'test',
    outcome: 'ok',
    ip: '127.0.0.1',
    requestId: 'r2',
  });
  owner = new pg.Client({ connectionString: PG_TEST_URL, options: `-c search_path=${schema}` });
  app = new pg.Client({
    connectionString: PG_TEST_URL,
    options: `-c role=myomap_app -c search_path=${schema}`,
  });
  await owner.connect();
  await app.connect();
});

afterAll(async () => {
  if (!up) return;
  await app.end();
  await store.close();
  await owner.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await owner.end();
});

const clinicTables = async (): Promise<string[]> =>
  (
    await owner.query<{ table_name: string }>(
      `select table_name from information_schema.columns where table_schema = $1 and column_name = 'clinic_id'
       union select 'clinics' order by 1`,
      [schema],
    )
  ).rows.map((r) => r.table_name);

describe('PostgreSQL row-level security', () => {
  it('every clinic table has RLS enabled and FORCED, with a policy', async (ctx) => {
    if (!up) return ctx.skip();
    const tables = await clinicTables();
    expect(tables).toEqual(expect.arrayContaining(['clinics', 'users', 'sessions', 'invites', 'audit_log']));
    for (const table of tables) {
      const { rows } = await owner.query<{
        relrowsecurity: boolean;
        relforcerowsecurity: boolean;
        policies: string;
      }>(
        `select c.relrowsecurity, c.relforcerowsecurity,
                (select count(*) from pg_policies p where p.schemaname = $1 and p.tablename = $2) as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname = $2`,
        [schema, table],
      );
      expect(rows[0], table).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
      expect(Number(rows[0]?.policies), `${table} policies`).toBeGreaterThan(0);
    }
  });

  it('the app role owns nothing, is no superuser and cannot bypass RLS', async (ctx) => {
    if (!up) return ctx.skip();
    const role = await app.query<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `select current_user, r.rolsuper, r.rolbypassrls from pg_roles r where r.rolname = current_user`,
    );
    expect(role.rows[0]).toEqual({ current_user: 'myomap_app', rolsuper: false, rolbypassrls: false });
    const owned = await owner.query(
      `select tablename from pg_tables where schemaname = $1 and tableowner = 'myomap_app'`,
      [schema],
    );
    expect(owned.rows).toEqual([]);
  });

  it('without a clinic set, the app role sees no row of any clinic table', async (ctx) => {
    if (!up) return ctx.skip();
    for (const table of await clinicTables()) {
      const asOwner = await owner.query(`select count(*)::int as n from ${table}`);
      const asApp = await app.query(`select count(*)::int as n from ${table}`);
      expect(asApp.rows[0].n, table).toBe(0);
      if (['clinics', 'users', 'audit_log'].includes(table))
        expect(asOwner.rows[0].n, table).toBeGreaterThan(0);
    }
  });

  it('with a clinic set, sees only that clinic and cannot write rows of another', async (ctx) => {
    if (!up) return ctx.skip();
    const b = await seedClinicStaff(store, 'Northgate', 'northgate');
    const [a] = (await owner.query<{ id: string }>(`select id from clinics where name = 'Harbourside'`)).rows;
    await app.query('begin');
    try {
      await app.query(`select set_config('app.clinic_id', $1, true)`, [b.clinic.id]);
      const users = await app.query<{ clinic_id: string }>('select clinic_id from users');
      expect(new Set(users.rows.map((r) => r.clinic_id))).toEqual(new Set([b.clinic.id]));
      await expect(
        app.query(
          `insert into invites (id, clinic_id, email, role, token_hash, created_by, created_at, expires_at)
           values ('x', $1, 'e@x.example', 'student', 'h', $2, 'now', 'later')`,
          [a?.id, b.staff.owner.id],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await app.query('rollback');
    }
  });

  it('the app role cannot change or delete audit entries; tampering by the owner is named', async (ctx) => {
    if (!up) return ctx.skip();
    const [a] = (await owner.query<{ id: string }>(`select id from clinics where name = 'Harbourside'`)).rows;
    const clinicId = a?.id ?? '';
    await app.query('begin');
    await app.query(`select set_config('app.clinic_id', $1, true)`, [clinicId]);
    await expect(app.query(`update audit_log set action = 'x'`)).rejects.toThrow(/permission denied/);
    await app.query('rollback');
    await app.query('begin');
    await app.query(`select set_config('app.clinic_id', $1, true)`, [clinicId]);
    await expect(app.query(`delete from audit_log`)).rejects.toThrow(/permission denied/);
    await app.query('rollback');
    expect(await verifyAuditChain(store, clinicId)).toEqual({ ok: true, entries: 2 });
    await owner.query(`update audit_log set request_id = 'forged' where clinic_id = $1 and seq = 2`, [
      clinicId,
    ]);
    expect(await verifyAuditChain(store, clinicId)).toMatchObject({ ok: false, brokenAt: 2 });
    await owner.query(`delete from audit_log where clinic_id = $1 and seq = 1`, [clinicId]);
    expect(await verifyAuditChain(store, clinicId)).toMatchObject({ ok: false, brokenAt: 1 });
  });
});
