/**
 * The deny matrix (issue 11, security notes T9/T9b): every route x method x role (and no login) x
 * another clinic's record is refused with nothing leaked, and writes leave the target unchanged.
 * Routes are enumerated from fastify's route table, so a feature's new routes join automatically;
 * the meta-test fails for a route with no declared access rule or no deny case.
 */
import { randomUUID } from 'node:crypto';
import { fixedClock, PG_TEST_URL, postgresAvailable, testDeps, uniqueSchema } from '@myomap/fixtures';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { ClinicStore } from '../store/store.ts';
import { serveForTest } from '../testing/accounts-app.test-helper.ts';
import { ApiClient, seedClinicStaff, type SeededClinic } from '../testing/accounts.test-helper.ts';
import { RECORD_FIXTURES, SAMPLE_BODIES } from '../testing/deny-matrix-records.ts';
import { ROLES, isAllowed, type Role } from './access-table.ts';
import { declaredRoutes, type DeclaredRoute } from './require-access.ts';

/** Routes that need no declaration, with the reason. */
const EXEMPT: readonly { test: (r: DeclaredRoute) => boolean; reason: string }[] = [
  {
    test: (r) => r.url.startsWith('/api/docs'),
    reason: 'Swagger UI (the plugin registers them; the OpenAPI document is public)',
  },
  { test: (r) => !r.url.startsWith('/api/'), reason: 'static files of the web app, public by nature' },
  { test: (r) => r.method === 'OPTIONS', reason: 'no CORS; fastify answers 404' },
];

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** One refusal the matrix expects. */
interface DenyCase {
  readonly who: Role | 'anonymous';
  readonly expect: 401 | 403 | 404;
  /** Which clinic's record goes into the path parameters. */
  readonly target: 'own' | 'other' | 'none';
}

/** The generated refusals for one route (empty means a public route). */
export function denyCases(route: DeclaredRoute): DenyCase[] {
  if (route.access === undefined || route.access === 'public') return [];
  const action = route.access;
  const hasParams = route.url.includes(':');
  const target = hasParams ? 'own' : 'none';
  const cases: DenyCase[] = [{ who: 'anonymous', expect: 401, target }];
  for (const role of ROLES) {
    if (!isAllowed(role, action)) cases.push({ who: role, expect: 403, target });
    else if (hasParams) cases.push({ who: role, expect: 404, target: 'other' });
  }
  return cases;
}

const routes = await (async () => {
  const store = openSqliteStore(':memory:', testDeps('enum'));
  const app = await buildApp({ store, logLevel: 'silent' });
  await app.ready();
  const list = declaredRoutes(app).filter((r) => !EXEMPT.some((e) => e.test(r)));
  await app.close();
  return list;
})();

describe('deny matrix: meta', () => {
  it.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s declares access and has deny cases',
    (_n, r) => {
      expect(r.access, 'route has no config.access (an action of the access table, or public)').toBeDefined();
      if (r.access === 'public') {
        expect(r.url.includes(':'), 'a public route must not take a record id').toBe(false);
        return;
      }
      const cases = denyCases(r);
      expect(cases.length).toBeGreaterThan(0);
      if (r.url.includes(':')) {
        expect(
          r.record,
          'a route with a path parameter names its record type in config.record',
        ).toBeDefined();
        expect(RECORD_FIXTURES[r.record ?? ''], `no RECORD_FIXTURES entry for '${r.record}'`).toBeDefined();
        if (r.method !== 'DELETE' && WRITE.has(r.method))
          expect(
            SAMPLE_BODIES[`${r.method} ${r.url}`],
            'no SAMPLE_BODIES entry (a valid body) for this write',
          ).toBeDefined();
      }
    },
  );

  it('the matrix sees the routes it must (a sanity floor)', () => {
    const names = routes.map((r) => `${r.method} ${r.url}`);
    expect(names).toEqual(expect.arrayContaining(['GET /api/me', 'PATCH /api/users/:id', 'GET /api/audit']));
  });
});

function runMatrix(engine: string, open: () => Promise<ClinicStore>, enabled: boolean): void {
  describe.skipIf(!enabled)(`deny matrix: ${engine}`, () => {
    let store: ClinicStore;
    let base = '';
    let close = async () => undefined as void;
    let a: SeededClinic;
    let b: SeededClinic;
    const sessions = new Map<Role, ApiClient>();
    const records = { own: new Map<string, string>(), other: new Map<string, string>() };
    let secrets: string[] = [];

    beforeAll(async () => {
      store = await open();
      await store.migrate();
      a = await seedClinicStaff(store, 'Harbourside Massage Clinic', 'harbour');
      b = await seedClinicStaff(store, 'Northgate Sports Therapy', 'northgate');
      for (const [type, fixture] of Object.entries(RECORD_FIXTURES)) {
        records.own.set(type, await fixture.create(store, a));
        records.other.set(type, await fixture.create(store, b));
      }
      const served = await serveForTest(store);
      base = served.base;
      close = served.close;
      for (const role of ROLES) sessions.set(role, await new ApiClient(base).login(a.staff[role].email));
      secrets = [
        b.clinic.id,
        b.clinic.name,
        ...Object.values(b.staff).flatMap((s) => [s.id, s.email, s.displayName]),
        ...records.other.values(),
      ];
    });
    afterAll(async () => {
      await close();
      await store.close();
    });

    it.each(routes.filter((r) => denyCases(r).length > 0).map((r) => [`${r.method} ${r.url}`, r] as const))(
      '%s refuses every case',
      async (_n, route) => {
        for (const c of denyCases(route)) {
          const type = route.record ?? '';
          const id = c.target === 'none' ? undefined : records[c.target].get(type);
          const url = route.url.replace(/:[A-Za-z]+/g, id ?? 'none');
          const fixture = RECORD_FIXTURES[type];
          const owner = c.target === 'other' ? b.clinic.id : a.clinic.id;
          const before =
            id === undefined || fixture === undefined ? undefined : await fixture.snapshot(store, owner, id);
          const client = c.who === 'anonymous' ? new ApiClient(base) : (sessions.get(c.who) as ApiClient);
          const body =
            WRITE.has(route.method) && route.method !== 'DELETE'
              ? (SAMPLE_BODIES[`${route.method} ${route.url}`] ?? {})
              : undefined;
          const reply = await client.send(route.method, url, body);
          const label = `${route.method} ${url} as ${c.who}`;
          expect(reply.status, `${label}: ${reply.text}`).toBe(c.expect);
          for (const secret of secrets)
            expect(reply.text.includes(secret), `${label} leaks ${secret}`).toBe(false);
          if (id !== undefined && fixture !== undefined)
            expect(await fixture.snapshot(store, owner, id), `${label} changed the target`).toEqual(before);
        }
      },
    );

    it('lists and searches never include the other clinic', async () => {
      for (const route of routes.filter(
        (r) => r.method === 'GET' && !r.url.includes(':') && r.access !== undefined && r.access !== 'public',
      )) {
        for (const role of ROLES) {
          if (route.access === 'public' || route.access === undefined || !isAllowed(role, route.access))
            continue;
          const reply = await (sessions.get(role) as ApiClient).send('GET', route.url);
          expect(reply.status, `${route.url} as ${role}`).toBe(200);
          // the audit log rightly names the other clinic's ids that this clinic's staff typed in and were refused
          const typedByUs = route.url === '/api/audit' ? new Set(records.other.values()) : new Set<string>();
          for (const secret of secrets.filter((s) => !typedByUs.has(s)))
            expect(reply.text.includes(secret), `${route.url} as ${role} leaks ${secret}`).toBe(false);
        }
      }
    });

    it('every 403 is in the audit log as denied', async () => {
      const expected = routes.flatMap((r) => denyCases(r)).filter((c) => c.expect === 403).length;
      const denied = await store.run({ kind: 'clinic', clinicId: a.clinic.id }, (tx) =>
        tx
          .selectFrom('audit_log')
          .select('seq')
          .where('clinic_id', '=', a.clinic.id)
          .where('outcome', '=', 'denied')
          .execute(),
      );
      expect(denied.length).toBeGreaterThanOrEqual(expected);
    });
  });
}

const pgUp = await postgresAvailable();
const schemas: string[] = [];
afterAll(async () => {
  if (!pgUp || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_TEST_URL });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

const uuidDeps = () => ({ now: fixedClock(), newId: () => randomUUID() });
runMatrix('sqlite', async () => openSqliteStore(':memory:', uuidDeps()), true);
runMatrix(
  'postgres',
  async () => {
    const schema = uniqueSchema('deny');
    schemas.push(schema);
    return openPostgresStore(PG_TEST_URL, uuidDeps(), { schema });
  },
  pgUp,
);
