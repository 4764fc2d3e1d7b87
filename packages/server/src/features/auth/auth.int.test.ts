import { adjustableClock, sequentialIds } from '@myomap/fixtures';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/audit-log.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import type { ClinicStore } from '../../store/store.ts';
import { serveForTest } from '../../testing/accounts-app.test-helper.ts';
import {
  ApiClient,
  seedClinicStaff,
  STAFF_PASSWORD,
  type SeededClinic,
} from '../../testing/accounts.test-helper.ts';

const MIN = 60_000;

let clock: ReturnType<typeof adjustableClock>;
let store: ClinicStore;
let base: string;
let close: () => Promise<void>;

beforeEach(async () => {
  clock = adjustableClock();
  store = openSqliteStore(':memory:', { now: clock.now, newId: sequentialIds('a') });
  await store.migrate();
  ({ base, close } = await serveForTest(store));
});

afterEach(async () => {
  await close();
  await store.close();
});

const client = () => new ApiClient(base);

describe('first-run setup', () => {
  it('creates the clinic and owner once, signs the owner in, then refuses', async () => {
    const owner = client();
    expect((await owner.send('GET', '/api/setup')).json()).toEqual({ needed: true });
    const weak = await owner.send('POST', '/api/setup', {
      clinicName: 'Harbourside',
      displayName: 'Ann',
      email: 'ann@harbour.example',
      password: 'password1',
    });
    expect(weak.status).toBe(400);
    expect(
      weak.json<{ error: { details: { issues: { path: string }[] } } }>().error.details.issues[0]?.path,
    ).toBe('password');
    const ok = await owner.send('POST', '/api/setup', {
      clinicName: 'Harbourside',
      displayName: 'Ann',
      email: 'Ann@Harbour.example',
      password: STAFF_PASSWORD,
    });
    expect(ok.status).toBe(201);
    const cookies = ok.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('myomap_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // plain HTTP here; Secure is set over TLS
    expect(cookies.find((c) => c.startsWith('myomap_csrf='))).not.toMatch(/HttpOnly/i);
    const me = await owner.send('GET', '/api/me');
    expect(me.json()).toMatchObject({
      user: { email: 'ann@harbour.example', role: 'owner' },
      clinic: { name: 'Harbourside' },
    });
    const again = await client().send('POST', '/api/setup', {
      clinicName: 'Other',
      displayName: 'Eve',
      email: 'eve@x.example',
      password: STAFF_PASSWORD,
    });
    expect(again.status).toBe(409);
    expect((await client().send('GET', '/api/setup')).json()).toEqual({ needed: false });
    const stored = await store.run({ kind: 'login-email', email: 'ann@harbour.example' }, (tx) =>
      tx
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', 'ann@harbour.example')
        .executeTakeFirstOrThrow(),
    );
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('sessions', () => {
  let h: SeededClinic;
  beforeEach(async () => {
    h = await seedClinicStaff(store, 'Harbourside', 'harbour');
  });

  it('401 without a session, 403 csrf-failed for a write without the CSRF header', async () => {
    expect((await client().send('GET', '/api/me')).status).toBe(401);
    const owner = await client().login(h.staff.owner.email);
    const noCsrf = await owner.send(
      'POST',
      '/api/invites',
      { email: 'new@x.example', role: 'therapist' },
      { csrf: false },
    );
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json<{ error: { code: string } }>().error.code).toBe('csrf-failed');
    const wrongCsrf = new ApiClient(base);
    for (const [k, v] of owner.cookies) wrongCsrf.cookies.set(k, k === 'myomap_csrf' ? 'x'.repeat(43) : v);
    expect((await wrongCsrf.send('POST', '/api/auth/logout')).status).toBe(403);
  });

  it('a new token at every login; the old one is revoked', async () => {
    const c = await client().login(h.staff.therapist.email);
    const first = c.cookies.get('myomap_session');
    const stale = new ApiClient(base);
    stale.cookies.set('myomap_session', first ?? '');
    await c.login(h.staff.therapist.email);
    expect(c.cookies.get('myomap_session')).not.toBe(first);
    expect((await stale.send('GET', '/api/me')).status).toBe(401);
    expect((await c.send('GET', '/api/me')).status).toBe(200);
  });

  it('logout revokes the session server-side', async () => {
    const c = await client().login(h.staff.therapist.email);
    const copy = new ApiClient(base);
    for (const [k, v] of c.cookies) copy.cookies.set(k, v);
    expect((await c.send('POST', '/api/auth/logout')).status).toBe(204);
    expect((await copy.send('GET', '/api/me')).status).toBe(401);
  });

  it('ends after 30 idle minutes, and after 12 hours even when active', async () => {
    const c = await client().login(h.staff.therapist.email);
    clock.advance(29 * MIN);
    expect((await c.send('GET', '/api/me')).status).toBe(200);
    clock.advance(31 * MIN);
    expect((await c.send('GET', '/api/me')).status).toBe(401);
    await c.login(h.staff.therapist.email);
    for (let i = 0; i < 35; i += 1) {
      clock.advance(20 * MIN); // 35 x 20 min = 11 h 40 min, never idle
      expect((await c.send('GET', '/api/me')).status).toBe(200);
    }
    clock.advance(25 * MIN);
    expect((await c.send('GET', '/api/me')).status).toBe(401);
  });

  it('disabling a user ends their sessions at once and refuses their login', async () => {
    const owner = await client().login(h.staff.owner.email);
    const t = await client().login(h.staff.therapist.email);
    const res = await owner.send('PATCH', `/api/users/${h.staff.therapist.id}`, {
      version: 1,
      disabled: true,
    });
    expect(res.status).toBe(200);
    expect((await t.send('GET', '/api/me')).status).toBe(401);
    expect(
      (
        await client().send('POST', '/api/auth/login', {
          email: h.staff.therapist.email,
          password: STAFF_PASSWORD,
        })
      ).status,
    ).toBe(401);
    const stale = await owner.send('PATCH', `/api/users/${h.staff.therapist.id}`, {
      version: 1,
      disabled: false,
    });
    expect(stale.status).toBe(409);
  });

  it('a password change ends every session and opens a new one for the caller', async () => {
    const a = await client().login(h.staff.student.email);
    const b = await client().login(h.staff.student.email);
    const weak = await a.send('PUT', '/api/me/password', {
      currentPassword: STAFF_PASSWORD,
      newPassword: 'qwerty123',
    });
    expect(weak.status).toBe(400);
    const wrong = await a.send('PUT', '/api/me/password', {
      currentPassword: 'not it at all 9',
      newPassword: 'mossy granite ladder 7',
    });
    expect(
      wrong.json<{ error: { details: { issues: { path: string }[] } } }>().error.details.issues[0]?.path,
    ).toBe('currentPassword');
    const ok = await a.send('PUT', '/api/me/password', {
      currentPassword: STAFF_PASSWORD,
      newPassword: 'mossy granite ladder 7',
    });
    expect(ok.status).toBe(200);
    expect((await a.send('GET', '/api/me')).status).toBe(200);
    expect((await b.send('GET', '/api/me')).status).toBe(401);
    await client().login(h.staff.student.email, 'mossy granite ladder 7');
  });

  it('accepts a 64-character passphrase and refuses a common password', async () => {
    const owner = await client().login(h.staff.owner.email);
    const long = 'a'.repeat(10) + ' river stone autumn lantern copper meadow whistle 19 x';
    const invite = await owner.send('POST', '/api/invites', { email: 'long@x.example', role: 'student' });
    const token = invite.json<{ link: string }>().link.split('#')[1];
    const weak = await client().send('POST', '/api/invites/accept', {
      token,
      displayName: 'L',
      password: 'iloveyou',
    });
    expect(weak.status).toBe(400);
    const ok = await client().send('POST', '/api/invites/accept', {
      token,
      displayName: 'L',
      password: long.padEnd(64, 'z'),
    });
    expect(ok.status).toBe(201);
  });
});

describe('invites', () => {
  it('one-time link: accept once, signs in with the invited role; expires after 72 h', async () => {
    const h = await seedClinicStaff(store, 'Harbourside', 'harbour');
    const owner = await client().login(h.staff.owner.email);
    const created = await owner.send('POST', '/api/invites', { email: 'Tia@X.example', role: 'therapist' });
    expect(created.status).toBe(201);
    const { link, invite } = created.json<{ link: string; invite: { id: string } }>();
    expect(link).toMatch(/^\/invite#[A-Za-z0-9_-]{43}$/);
    const token = link.split('#')[1];
    const stored = await store.run({ kind: 'clinic', clinicId: h.clinic.id }, (tx) =>
      tx.selectFrom('invites').select('token_hash').where('id', '=', invite.id).executeTakeFirstOrThrow(),
    );
    expect(stored.token_hash).not.toContain(token);
    const tia = client();
    const accepted = await tia.send('POST', '/api/invites/accept', {
      token,
      displayName: 'Tia',
      password: 'violet harbour kettle 88',
    });
    expect(accepted.status).toBe(201);
    expect((await tia.send('GET', '/api/me')).json()).toMatchObject({
      user: { email: 'tia@x.example', role: 'therapist' },
    });
    const twice = await client().send('POST', '/api/invites/accept', {
      token,
      displayName: 'Tia',
      password: 'violet harbour kettle 88',
    });
    expect(twice.status).toBe(404);
    const dup = await owner.send('POST', '/api/invites', { email: 'tia@x.example', role: 'student' });
    expect(dup.status).toBe(400);

    const late = await owner.send('POST', '/api/invites', { email: 'late@x.example', role: 'student' });
    clock.advance(72 * 60 * MIN + 1000);
    const lateToken = late.json<{ link: string }>().link.split('#')[1];
    const expired = await client().send('POST', '/api/invites/accept', {
      token: lateToken,
      displayName: 'L',
      password: 'violet harbour kettle 88',
    });
    expect(expired.status).toBe(404);
  });
});

describe('login rate limit', () => {
  it('at most 10 password checks per account per 15 min: 429 with Retry-After; other accounts unaffected', async () => {
    const h = await seedClinicStaff(store, 'Harbourside', 'harbour');
    const attempt = (email: string, password: string) =>
      client().send('POST', '/api/auth/login', { email, password });
    for (let i = 0; i < 10; i += 1)
      expect((await attempt(h.staff.therapist.email, `wrong guess ${i} zz`)).status).toBe(401);
    const blocked = await attempt(h.staff.therapist.email, STAFF_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt(h.staff.student.email, STAFF_PASSWORD)).status).toBe(200);
    clock.advance(15 * MIN);
    expect((await attempt(h.staff.therapist.email, STAFF_PASSWORD)).status).toBe(200);
    const failed = await store.run({ kind: 'clinic', clinicId: h.clinic.id }, (tx) =>
      tx.selectFrom('audit_log').select('outcome').where('action', '=', 'auth.login').execute(),
    );
    expect(failed.filter((r) => r.outcome === 'failed')).toHaveLength(10);
  });

  it('limits one address across accounts too, whatever X-Forwarded-For claims', async () => {
    let last = 0;
    for (let i = 0; i < 31; i += 1) {
      const res = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${i}.1` },
        body: JSON.stringify({ email: `nobody${i}@x.example`, password: 'whatever it is 1' }),
      });
      last = res.status;
    }
    expect(last).toBe(429);
  });
});

describe('audit log', () => {
  it('records logins and changes, chains them, and names the first broken link after tampering', async () => {
    const h = await seedClinicStaff(store, 'Harbourside', 'harbour');
    const owner = await client().login(h.staff.owner.email);
    await client().send('POST', '/api/auth/login', {
      email: h.staff.student.email,
      password: 'wrong password 1 z',
    });
    await owner.send('POST', '/api/invites', { email: 'n@x.example', role: 'student' });
    const student = await client().login(h.staff.student.email);
    expect((await student.send('GET', '/api/audit')).status).toBe(403);
    const log = await owner.send('GET', '/api/audit');
    const body = log.json<{ entries: { action: string; outcome: string }[]; chain: { ok: boolean } }>();
    expect(body.chain.ok).toBe(true);
    expect(body.entries.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      'audit.read:denied',
      'auth.login:ok',
      'users.invite:ok',
      'auth.login:failed',
      'auth.login:ok',
    ]);
    expect(log.text).not.toContain(STAFF_PASSWORD);
    await expect(
      store.run({ kind: 'clinic', clinicId: h.clinic.id }, (tx) =>
        sql`update audit_log set action = 'x' where seq = 2`.execute(tx),
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      store.run({ kind: 'clinic', clinicId: h.clinic.id }, (tx) =>
        sql`delete from audit_log where seq = 2`.execute(tx),
      ),
    ).rejects.toThrow(/append-only/);
    await store.run({ kind: 'clinic', clinicId: h.clinic.id }, async (tx) => {
      await sql`drop trigger audit_log_no_update`.execute(tx);
      await sql`update audit_log set ip = '10.9.9.9' where seq = 3`.execute(tx);
    });
    expect(await verifyAuditChain(store, h.clinic.id)).toMatchObject({ ok: false, brokenAt: 3 });
    expect((await owner.send('GET', '/api/audit')).json()).toMatchObject({
      chain: { ok: false, brokenAt: 3 },
    });
  });
});

describe('API documentation', () => {
  it('documents every account route in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/setup',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/me',
        '/api/me/password',
        '/api/me/totp/setup',
        '/api/users',
        '/api/users/{id}',
        '/api/invites',
        '/api/invites/{id}',
        '/api/invites/accept',
        '/api/audit',
      ]),
    );
  });
});
