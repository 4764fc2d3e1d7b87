import { adjustableClock, sequentialIds } from '@myomap/fixtures';
import { generate } from 'otplib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import type { ClinicStore } from '../../store/store.ts';
import { serveForTest } from '../../testing/accounts-app.test-helper.ts';
import { ApiClient, seedClinicStaff, STAFF_PASSWORD } from '../../testing/accounts.test-helper.ts';

let clock: ReturnType<typeof adjustableClock>;
let store: ClinicStore;
let base: string;
let close: () => Promise<void>;

beforeEach(async () => {
  clock = adjustableClock();
  store = openSqliteStore(':memory:', { now: clock.now, newId: sequentialIds('t') });
  await store.migrate();
  ({ base, close } = await serveForTest(store));
});
afterEach(async () => {
  await close();
  await store.close();
});

const codeAt = (secret: string, iso: string) =>
  generate({ secret, epoch: Math.floor(Date.parse(iso) / 1000) });

describe('TOTP second factor', () => {
  it('turns on with a current code; sign-in then needs a fresh code, never the same one twice', async () => {
    const h = await seedClinicStaff(store, 'Harbourside', 'harbour');
    const owner = await new ApiClient(base).login(h.staff.owner.email);
    const { secret, uri } = (await owner.send('POST', '/api/me/totp/setup')).json<{
      secret: string;
      uri: string;
    }>();
    expect(uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const wrong = await owner.send('POST', '/api/me/totp/enable', { code: '000000' });
    expect(wrong.status).toBe(400);
    const now = clock.now();
    expect(
      (await owner.send('POST', '/api/me/totp/enable', { code: await codeAt(secret, now) })).status,
    ).toBe(204);
    expect(
      (await owner.send('GET', '/api/users'))
        .json<{ users: { email: string; totp: boolean }[] }>()
        .users.find((u) => u.email === h.staff.owner.email)?.totp,
    ).toBe(true);

    const login = (code?: string) =>
      new ApiClient(base).send('POST', '/api/auth/login', {
        email: h.staff.owner.email,
        password: STAFF_PASSWORD,
        ...(code === undefined ? {} : { code }),
      });
    const noCode = await login();
    expect(noCode.status).toBe(401);
    expect(noCode.json<{ error: { code: string } }>().error.code).toBe('totp-required');
    expect(
      (
        await new ApiClient(base).send('POST', '/api/auth/login', {
          email: h.staff.owner.email,
          password: 'not the password 9',
        })
      ).json<{ error: { code: string } }>().error.code,
    ).toBe('bad-credentials');
    // the code used to turn it on is spent
    expect((await login(await codeAt(secret, now))).status).toBe(401);
    clock.advance(30_000);
    const fresh = await codeAt(secret, clock.now());
    expect((await login(fresh)).status).toBe(200);
    expect((await login(fresh)).status).toBe(401); // replay refused

    const off = await owner.send('DELETE', '/api/me/totp', { password: 'wrong one 123 x' });
    expect(off.status).toBe(400);
    expect((await owner.send('DELETE', '/api/me/totp', { password: STAFF_PASSWORD })).status).toBe(204);
    expect((await login()).status).toBe(200);
  });
});
