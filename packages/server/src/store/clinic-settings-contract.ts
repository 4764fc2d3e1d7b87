import { expect } from 'vitest';
import { AppError } from '../errors.ts';
import { getClinicSettings, saveClinicSettings } from '../features/clinic-settings/repository.ts';
import type { ClinicStore } from './store.ts';
import { twoClinics } from './two-clinics.ts';

type Test = (title: string, fn: () => Promise<void>) => void;

/**
 * The clinic-settings part of the store contract (migration 0005), run on both engines: defaults
 * until the first save, versioned saves with 409 on a stale version, the database's own bounds, and
 * isolation between clinics.
 */
export function clinicSettingsContract(test: Test, store: () => ClinicStore): void {
  const setup = async () => {
    const s = store();
    const { a, b, run } = await twoClinics(s);
    return { s, a, b, run };
  };

  test('clinic settings: the default cap (7/10) until the owner saves; saves are versioned', async () => {
    const { s, a, run } = await setup();
    expect(await run(a, (tx) => getClinicSettings(tx, a))).toEqual({
      ratingCap: 7,
      isDefault: true,
      version: 0,
      updatedBy: null,
      updatedAt: null,
    });
    const first = await run(a, (tx) =>
      saveClinicSettings(tx, s.deps, a, { version: 0, ratingCap: 5 }, 'owner-1'),
    );
    expect(first).toMatchObject({ ratingCap: 5, isDefault: false, version: 1, updatedBy: 'owner-1' });
    const second = await run(a, (tx) =>
      saveClinicSettings(tx, s.deps, a, { version: 1, ratingCap: 6 }, 'owner-2'),
    );
    expect(second).toMatchObject({ ratingCap: 6, version: 2, updatedBy: 'owner-2' });
    expect(await run(a, (tx) => getClinicSettings(tx, a))).toEqual(second);
  });

  test('clinic settings: a stale version (or a second first save) is a 409 naming the current version', async () => {
    const { s, a, run } = await setup();
    await run(a, (tx) => saveClinicSettings(tx, s.deps, a, { version: 0, ratingCap: 5 }, 'owner-1'));
    for (const version of [0, 2]) {
      const error = await run(a, (tx) =>
        saveClinicSettings(tx, s.deps, a, { version, ratingCap: 9 }, 'owner-1'),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(409);
      expect((error as AppError).details).toEqual({ currentVersion: 1 });
    }
    expect((await run(a, (tx) => getClinicSettings(tx, a))).ratingCap).toBe(5);
  });

  test('clinic settings: the database refuses a cap outside 3–10 whatever the caller', async () => {
    const { s, a, run } = await setup();
    for (const cap of [2, 11]) {
      await expect(
        run(a, (tx) => saveClinicSettings(tx, s.deps, a, { version: 0, ratingCap: cap }, 'owner-1')),
      ).rejects.toThrow();
    }
    expect((await run(a, (tx) => getClinicSettings(tx, a))).isDefault).toBe(true);
  });

  test('clinic settings: one clinic’s save never shows in or changes another’s', async () => {
    const { s, a, b, run } = await setup();
    await run(a, (tx) => saveClinicSettings(tx, s.deps, a, { version: 0, ratingCap: 4 }, 'owner-a'));
    expect(await run(b, (tx) => getClinicSettings(tx, b))).toMatchObject({ ratingCap: 7, isDefault: true });
    // on PostgreSQL row-level security hides a's row even from a query that names a's id in b's transaction
    if (s.engine === 'postgres')
      expect(await run(b, (tx) => getClinicSettings(tx, a))).toMatchObject({ isDefault: true });
    await run(b, (tx) => saveClinicSettings(tx, s.deps, b, { version: 0, ratingCap: 9 }, 'owner-b'));
    expect((await run(a, (tx) => getClinicSettings(tx, a))).ratingCap).toBe(4);
    expect((await run(b, (tx) => getClinicSettings(tx, b))).ratingCap).toBe(9);
  });
}
