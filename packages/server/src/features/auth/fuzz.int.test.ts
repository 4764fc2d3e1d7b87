/**
 * Fuzzing the account routes (issue 11 "Done when", security notes T6): at least 200 generated requests
 * per route — random JSON, the route's own field names with wrong values, huge strings, unknown fields,
 * `__proto__` — from a signed-in owner (so requests reach validation) and from no one. No 5xx, every
 * reply under 64 KB and in the error shape, unknown fields refused, nothing polluted.
 */
import fc from 'fast-check';
import { adjustableClock, sequentialIds } from '@myomap/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredRoutes } from '../../access/require-access.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import type { ClinicStore } from '../../store/store.ts';
import { serveForTest } from '../../testing/accounts-app.test-helper.ts';
import { ApiClient, seedClinicStaff, type SeededClinic } from '../../testing/accounts.test-helper.ts';

const MINE = /^\/api\/(setup|auth|me|users|invites|audit)(\/|$)/;
const RUNS = 200;
const FIELDS = [
  'email',
  'password',
  'code',
  'clinicName',
  'displayName',
  'token',
  'version',
  'role',
  'disabled',
  'currentPassword',
  'newPassword',
  'limit',
  'before',
];

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(200_000)),
  fc.constant("' OR 1=1 --"),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('owner'),
  fc.constant(-1),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

/** A body: anything at all, or the known field names with wrong values, sometimes with an unknown or __proto__ key. */
const body = fc
  .oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(fc.constantFrom(...FIELDS), nasty, { maxKeys: 5 }),
    fc.dictionary(fc.constantFrom(...FIELDS), nasty, { maxKeys: 4 }).map((o) => ({ ...o, extraField: 1 })),
  )
  .map((b) => JSON.stringify(b));
const protoBody = fc.constantFrom(
  '{"__proto__":{"polluted":true},"email":"a@b.example","password":"x"}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"email":{"__proto__":{"polluted":true}}}',
);

let store: ClinicStore;
let base = '';
let close: () => Promise<void>;
let routes: { method: string; url: string }[] = [];
let clinic: SeededClinic;
let owner: ApiClient;
const clock = adjustableClock();

/** A fresh owner session; the clock moves past the per-account login window first. */
async function signInAgain(): Promise<ApiClient> {
  clock.advance(16 * 60_000);
  return new ApiClient(base).login(clinic.staff.owner.email);
}

beforeAll(async () => {
  store = openSqliteStore(':memory:', { now: clock.now, newId: sequentialIds('f') });
  await store.migrate();
  clinic = await seedClinicStaff(store, 'Harbourside', 'harbour');
  const served = await serveForTest(store, { auth: { addressAttempts: 1_000_000 } });
  ({ base, close } = served);
  routes = declaredRoutes(served.app)
    .filter((r) => MINE.test(r.url) && r.method !== 'HEAD')
    .map((r) => ({ method: r.method, url: r.url }));
  owner = await new ApiClient(base).login(clinic.staff.owner.email);
});
afterAll(async () => {
  await close();
  await store.close();
});

async function send(client: ApiClient | undefined, method: string, url: string, raw: string | undefined) {
  const headers: Record<string, string> = {};
  if (raw !== undefined) headers['content-type'] = 'application/json';
  if (client !== undefined) {
    headers.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = client.cookies.get('myomap_csrf');
    if (csrf !== undefined) headers['x-csrf-token'] = csrf;
  }
  const res = await fetch(`${base}${url}`, { method, headers, ...(raw === undefined ? {} : { body: raw }) });
  return { status: res.status, text: await res.text() };
}

describe('fuzzing the account routes', () => {
  it('covers every account route', () => {
    expect(routes.length).toBeGreaterThanOrEqual(12);
  });

  it(
    `${RUNS} generated requests per route: no 5xx, small replies in the error shape, nothing polluted`,
    { timeout: 600_000 },
    async () => {
      for (const route of routes) {
        const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
        await fc.assert(
          fc.asyncProperty(
            fc.oneof({ weight: 5, arbitrary: body }, { weight: 1, arbitrary: protoBody }),
            fc.string({ maxLength: 12 }),
            fc.boolean(),
            fc.dictionary(fc.constantFrom('limit', 'before', 'x', '__proto__'), fc.string({ maxLength: 8 }), {
              maxKeys: 3,
            }),
            async (raw, id, signedIn, query) => {
              const path = route.url.replace(':id', encodeURIComponent(id) || 'x');
              const qs = route.method === 'GET' ? `?${new URLSearchParams(query).toString()}` : '';
              const reply = await send(
                signedIn ? owner : undefined,
                route.method,
                `${path}${qs}`,
                hasBody || route.method === 'DELETE' ? raw : undefined,
              );
              expect(reply.status, `${route.method} ${path}: ${reply.text.slice(0, 300)}`).toBeLessThan(500);
              expect(reply.text.length).toBeLessThan(64 * 1024);
              if (reply.status >= 400 && reply.text !== '') {
                const parsed = JSON.parse(reply.text) as { error?: { code?: string; message?: string } };
                expect(typeof parsed.error?.code).toBe('string');
                expect(reply.text).not.toMatch(/at .*\.ts:\d+/); // no stack traces
              }
              expect(({} as Record<string, unknown>).polluted).toBeUndefined();
              // a request that ended the owner's session (logout, password change) is followed by a fresh sign-in
              if (
                signedIn &&
                (route.url === '/api/auth/logout' || route.url === '/api/me/password') &&
                reply.status < 300
              )
                owner = await signInAgain();
            },
          ),
          { numRuns: RUNS },
        );
      }
    },
  );

  it('refuses unknown fields with a 400 naming them', async () => {
    owner = await signInAgain();
    const reply = await send(
      undefined,
      'POST',
      '/api/auth/login',
      JSON.stringify({ email: 'a@b.example', password: 'whatever 12', isAdmin: true }),
    );
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/isAdmin|Unrecognized|unrecognized/);
    const patch = await send(
      owner,
      'PATCH',
      `/api/users/${clinic.staff.therapist.id}`,
      JSON.stringify({ version: 1, clinicId: 'other', role: 'owner' }),
    );
    expect(patch.status).toBe(400);
    const row = await store.run({ kind: 'clinic', clinicId: clinic.clinic.id }, (tx) =>
      tx
        .selectFrom('users')
        .select(['role', 'clinic_id'])
        .where('id', '=', clinic.staff.therapist.id)
        .executeTakeFirstOrThrow(),
    );
    expect(row).toEqual({ role: 'therapist', clinic_id: clinic.clinic.id });
  });
});
