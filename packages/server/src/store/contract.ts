import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { clinicHarbourside, clinicNorthgate } from '@myomap/fixtures';
import { latestSchemaVersion } from './migrations.ts';
import { accountsContract } from './accounts-contract.ts';
import { clinicSettingsContract } from './clinic-settings-contract.ts';
import { classesContract } from './classes-contract.ts';
import { practiceContract } from './practice-contract.ts';
import { recordsContract } from './records-contract.ts';
import type { ClinicStore } from './store.ts';
import { visitsContract } from './visits-contract.ts';

/** A gap an engine is allowed to have, written down with its reason. */
export interface ContractSkip {
  readonly test: string;
  readonly reason: string;
}

/**
 * The store contract: every ClinicStore implementation must pass these cases.
 * `makeStore` returns a fresh, empty store; the suite migrates and closes it.
 */
export function runStoreContract(
  name: string,
  makeStore: () => Promise<ClinicStore>,
  options: { skip?: readonly ContractSkip[]; enabled?: () => boolean } = {},
): void {
  describe(`ClinicStore contract: ${name}`, () => {
    let store: ClinicStore;
    const test = (title: string, fn: () => Promise<void>): void => {
      const skipped = options.skip?.find((s) => s.test === title);
      if (skipped !== undefined) it.skip(`${title} (skipped: ${skipped.reason})`, fn);
      else
        it(title, async (ctx) => {
          if (options.enabled !== undefined && !options.enabled()) {
            ctx.skip();
            return;
          }
          await fn();
        });
    };

    beforeEach(async () => {
      if (options.enabled !== undefined && !options.enabled()) return;
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      if (options.enabled !== undefined && !options.enabled()) return;
      await store.close();
    });

    test('migrates to the latest schema version and is idempotent', async () => {
      expect(await store.schemaVersion()).toBe(latestSchemaVersion(store.engine));
      const again = await store.migrate();
      expect(again.applied).toEqual([]);
    });

    test('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    test('creates and reads clinics with injected ids and clock', async () => {
      const a = await store.createClinic(clinicHarbourside);
      const b = await store.createClinic(clinicNorthgate);
      expect(a.id).not.toBe(b.id);
      expect(a.createdAt < b.createdAt).toBe(true);
      expect(await store.getClinic(a.id)).toEqual(a);
      expect(await store.listClinics()).toEqual([a, b]);
    });

    test('returns undefined for an unknown clinic', async () => {
      expect(await store.getClinic('no-such-clinic')).toBeUndefined();
    });

    test('rejects a clinic name the schema forbids and keeps what was committed', async () => {
      const kept = await store.createClinic(clinicHarbourside);
      await expect(store.createClinic({ name: '' })).rejects.toThrow();
      expect(await store.listClinics()).toEqual([kept]);
    });

    accountsContract(test, () => store);
    recordsContract(test, () => store);
    visitsContract(test, () => store);
    clinicSettingsContract(test, () => store);
    practiceContract(test, () => store);
    classesContract(test, () => store);
  });
}
