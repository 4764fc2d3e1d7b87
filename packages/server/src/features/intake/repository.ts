import { currentAnswers, evaluateScreen, type IntakeScreenResult, type ScreenAnswer } from '@myomap/engine';
import { AppError } from '../../errors.ts';
import type { ScopedTx, StoreDeps } from '../../store/store.ts';
import { getClient, staleEdit } from '../clients/repository.ts';
import type { ClearanceRow, IntakeRow, RescreenRow } from '../clients/tables.ts';
import type { Clearance, Intake, IntakeFields, Rescreen } from './schema.ts';

/** Intake, clearances and visit re-screens of one clinic's clients; every query filtered by clinic. */

const parse = <T>(json: string): T => JSON.parse(json) as T;

function toIntake(row: IntakeRow): Intake {
  return {
    conditions: parse(row.conditions_json),
    medications: parse(row.medications_json),
    surgeries: parse(row.surgeries_json),
    pregnancy: row.pregnancy as Intake['pregnancy'],
    answers: parse(row.answers_json),
    notes: row.notes,
    version: Number(row.version),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function toClearance(row: ClearanceRow): Clearance {
  return {
    id: row.id,
    questionId: row.question_id,
    reason: row.reason,
    clearedOn: row.cleared_on,
    clearedBy: row.cleared_by,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    version: Number(row.version),
  };
}

function toRescreen(row: RescreenRow): Rescreen {
  return {
    id: row.id,
    visitOn: row.visit_on,
    changed: Number(row.changed) === 1,
    answers: parse(row.answers_json),
    note: row.note,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    version: Number(row.version),
  };
}

/** The client's intake, or undefined when none was written yet (404 for a client of another clinic). */
export async function getIntake(
  tx: ScopedTx,
  clinicId: string,
  clientId: string,
): Promise<Intake | undefined> {
  await getClient(tx, clinicId, clientId);
  const row = await tx
    .selectFrom('intakes')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row === undefined ? undefined : toIntake(row);
}

/**
 * Writes the intake. `version` is the one the caller read: 0 creates it (409 if one exists),
 * otherwise it must equal the stored version (409 with the current version when stale).
 */
export async function putIntake(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  clientId: string,
  version: number,
  fields: IntakeFields,
  userId: string,
): Promise<Intake> {
  const existing = await getIntake(tx, clinicId, clientId);
  const now = deps.now();
  const columns = {
    conditions_json: JSON.stringify(fields.conditions),
    medications_json: JSON.stringify(fields.medications),
    surgeries_json: JSON.stringify(fields.surgeries),
    pregnancy: fields.pregnancy,
    answers_json: JSON.stringify(fields.answers),
    notes: fields.notes,
    updated_by: userId,
    updated_at: now,
  };
  if (version === 0) {
    if (existing !== undefined) throw staleEdit('intake', existing.version);
    const inserted = await tx
      .insertInto('intakes')
      .values({ client_id: clientId, clinic_id: clinicId, ...columns, version: 1, created_at: now })
      .onConflict((oc) => oc.column('client_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) {
      // a concurrent first write won
      const won = await getIntake(tx, clinicId, clientId);
      throw staleEdit('intake', won?.version ?? 1);
    }
  } else {
    if (existing === undefined) throw staleEdit('intake', 0);
    const result = await tx
      .updateTable('intakes')
      .set({ ...columns, version: version + 1 })
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const now2 = await getIntake(tx, clinicId, clientId);
      throw staleEdit('intake', now2?.version ?? 0);
    }
  }
  const saved = await getIntake(tx, clinicId, clientId);
  if (saved === undefined) throw new AppError('internal-error', 500, 'intake vanished after write');
  return saved;
}

/** Records a clearance (a physician's, with date) that lifts a screen block. */
export async function addClearance(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  clientId: string,
  input: { questionId: string; reason: string; clearedOn: string; clearedBy: string },
  userId: string,
): Promise<Clearance> {
  await getClient(tx, clinicId, clientId);
  const row: ClearanceRow = {
    id: deps.newId(),
    clinic_id: clinicId,
    client_id: clientId,
    question_id: input.questionId,
    reason: input.reason,
    cleared_on: input.clearedOn,
    cleared_by: input.clearedBy,
    recorded_by: userId,
    recorded_at: deps.now(),
    version: 1,
  };
  await tx.insertInto('clearances').values(row).execute();
  return toClearance(row);
}

/** A client's clearances, oldest first. */
export async function listClearances(tx: ScopedTx, clinicId: string, clientId: string): Promise<Clearance[]> {
  const rows = await tx
    .selectFrom('clearances')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId)
    .orderBy('recorded_at')
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.map(toClearance);
}

/** Records the brief screen of a visit. */
export async function addRescreen(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  clientId: string,
  input: { visitOn: string; changed: boolean; answers: Record<string, ScreenAnswer>; note: string },
  userId: string,
): Promise<Rescreen> {
  await getClient(tx, clinicId, clientId);
  const row: RescreenRow = {
    id: deps.newId(),
    clinic_id: clinicId,
    client_id: clientId,
    visit_on: input.visitOn,
    changed: input.changed ? 1 : 0,
    answers_json: JSON.stringify(input.answers),
    note: input.note,
    recorded_by: userId,
    recorded_at: deps.now(),
    version: 1,
  };
  await tx.insertInto('visit_rescreens').values(row).execute();
  return toRescreen(row);
}

/** A client's re-screens, oldest first. */
export async function listRescreens(tx: ScopedTx, clinicId: string, clientId: string): Promise<Rescreen[]> {
  const rows = await tx
    .selectFrom('visit_rescreens')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId)
    .orderBy('recorded_at')
    .orderBy('id')
    .limit(500)
    .execute();
  return rows.map(toRescreen);
}

/**
 * The screen as it stands: intake answers overlaid by the visit re-screens (newest wins), history
 * facts, the free text, and the clearances; a "yes" given again at a re-screen needs a newer clearance.
 */
export function screenStatus(
  intake: Intake | undefined,
  clearances: readonly Clearance[],
  rescreens: readonly Rescreen[],
  age: number | null = null,
): IntakeScreenResult {
  const answers = currentAnswers(
    intake?.answers ?? {},
    rescreens.map((r) => r.answers),
  );
  const yesSince: Record<string, string> = {};
  for (const r of rescreens)
    for (const [q, a] of Object.entries(r.answers)) if (a === 'yes') yesSince[q] = r.recordedAt;
  const freeText =
    intake === undefined ? [] : [...intake.conditions, intake.notes, ...rescreens.map((r) => r.note)];
  return evaluateScreen(
    {
      answers,
      takesAnticoagulant: intake?.medications.some((m) => m.anticoagulant) ?? false,
      pregnant: intake?.pregnancy === 'yes',
      freeText,
      yesSince,
      ...(age === null ? {} : { age }),
    },
    clearances.map((c) => ({ questionId: c.questionId, recordedAt: c.recordedAt })),
  );
}
