import { clinicHarbourside, clinicNorthgate } from '@myomap/fixtures';
import type { ClinicStore, ScopedTx } from './store.ts';

/**
 * The two clinics every part of the store contract starts from (Harbourside `a`, Northgate `b`), and
 * `run`, which opens a transaction scoped to one of them.
 */
export async function twoClinics(s: ClinicStore): Promise<{
  a: string;
  b: string;
  run: <T>(clinicId: string, fn: (tx: ScopedTx) => Promise<T>) => Promise<T>;
}> {
  const a = (await s.createClinic(clinicHarbourside)).id;
  const b = (await s.createClinic(clinicNorthgate)).id;
  return { a, b, run: (clinicId, fn) => s.run({ kind: 'clinic', clinicId }, fn) };
}
