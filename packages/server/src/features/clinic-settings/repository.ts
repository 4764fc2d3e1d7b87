import type { ScopedTx, StoreDeps } from '../../store/store.ts';
import { staleEdit } from '../clients/repository.ts';
import { DEFAULT_RATING_CAP, type ClinicSettings, type ClinicSettingsUpdate } from './schema.ts';
import './tables.ts';

/**
 * One clinic's settings. Every query filters by the clinic (and PostgreSQL's row-level security
 * repeats it). A clinic that never saved any has the defaults at version 0; saves carry the version read.
 */

/** The clinic's settings, or the defaults (version 0) when it has none stored. */
export async function getClinicSettings(tx: ScopedTx, clinicId: string): Promise<ClinicSettings> {
  const row = await tx
    .selectFrom('clinic_settings')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
  if (row === undefined)
    return { ratingCap: DEFAULT_RATING_CAP, isDefault: true, version: 0, updatedBy: null, updatedAt: null };
  return {
    ratingCap: Number(row.rating_cap),
    isDefault: false,
    version: Number(row.version),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/** Saves the clinic's settings from the version read; a stale version is a 409 naming the current one. */
export async function saveClinicSettings(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  input: ClinicSettingsUpdate,
  userId: string,
): Promise<ClinicSettings> {
  const now = deps.now();
  const values = { rating_cap: input.ratingCap, updated_by: userId, updated_at: now };
  const changed =
    input.version === 0
      ? await tx
          .insertInto('clinic_settings')
          .values({ clinic_id: clinicId, version: 1, ...values })
          .onConflict((oc) => oc.column('clinic_id').doNothing())
          .executeTakeFirst()
          .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0))
      : await tx
          .updateTable('clinic_settings')
          .set({ ...values, version: input.version + 1 })
          .where('clinic_id', '=', clinicId)
          .where('version', '=', input.version)
          .executeTakeFirst()
          .then((r) => Number(r.numUpdatedRows));
  const current = await getClinicSettings(tx, clinicId);
  if (changed !== 1) throw staleEdit('clinic’s settings', current.version);
  return current;
}
