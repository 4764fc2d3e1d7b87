import type { Atlas } from '@myomap/atlas';
import type { RequestAuth } from '../../access/require-access.ts';
import { AppError } from '../../errors.ts';
import type { ScopedTx, StoreDeps } from '../../store/store.ts';
import { progressFromReviews } from '../practice/progress.ts';
import { allReviews } from '../practice/repository.ts';
import type { Assignment, AssignmentInput, ClassInfo, ClassInput, ClassProgress } from './schema.ts';
import type { ClassRow } from './tables.ts';
import './tables.ts';

/**
 * Classes of one clinic. Every query filters by the clinic (and on PostgreSQL runs under its row-level
 * security); another clinic's class is not found (404). Teaching a class (its page, assigning decks,
 * students' progress) is for the clinic owner and the class's educator; anyone else gets 403.
 */

const TEACHING_ROLES = new Set(['owner', 'therapist']);

async function staffMember(tx: ScopedTx, clinicId: string, userId: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('clinic_id', '=', clinicId)
    .where('id', '=', userId)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
}

async function classRow(tx: ScopedTx, clinicId: string, id: string): Promise<ClassRow> {
  const row = await tx
    .selectFrom('classes')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) throw AppError.notFound('The class');
  return row;
}

/** The class if the caller may teach it: the clinic owner, or its educator; 404 or 403 otherwise. */
async function taughtClass(tx: ScopedTx, auth: RequestAuth, id: string): Promise<ClassRow> {
  const row = await classRow(tx, auth.clinicId, id);
  if (auth.role !== 'owner' && row.educator_id !== auth.userId)
    throw new AppError('forbidden', 403, 'Only the class’s educator or the clinic owner teaches this class');
  return row;
}

async function classInfos(tx: ScopedTx, clinicId: string, rows: readonly ClassRow[]): Promise<ClassInfo[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const counts = await tx
    .selectFrom('class_students')
    .select(['class_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('clinic_id', '=', clinicId)
    .where('class_id', 'in', ids)
    .groupBy('class_id')
    .execute();
  const educators = await tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('clinic_id', '=', clinicId)
    .where('id', 'in', [...new Set(rows.map((r) => r.educator_id))])
    .execute();
  const n = new Map(counts.map((c) => [c.class_id, Number(c.n)]));
  const names = new Map(educators.map((e) => [e.id, e.display_name]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    educatorId: r.educator_id,
    educatorName: names.get(r.educator_id) ?? '',
    students: n.get(r.id) ?? 0,
    createdAt: r.created_at,
  }));
}

/** Creates a class; its educator must be an active owner or therapist of the clinic. */
export async function createClass(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  input: ClassInput,
): Promise<ClassInfo> {
  const educator = await staffMember(tx, clinicId, input.educatorId);
  if (educator === undefined || !TEACHING_ROLES.has(educator.role))
    throw AppError.validation([
      { path: 'educatorId', message: 'must be an active owner or therapist of this clinic' },
    ]);
  const now = deps.now();
  const row: ClassRow = {
    id: deps.newId(),
    clinic_id: clinicId,
    name: input.name,
    educator_id: input.educatorId,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await tx.insertInto('classes').values(row).execute();
  return (await classInfos(tx, clinicId, [row]))[0]!;
}

/** The classes the caller teaches (every class of the clinic for the owner), oldest first. */
export async function listClasses(tx: ScopedTx, auth: RequestAuth): Promise<ClassInfo[]> {
  let q = tx.selectFrom('classes').selectAll().where('clinic_id', '=', auth.clinicId);
  if (auth.role !== 'owner') q = q.where('educator_id', '=', auth.userId);
  return classInfos(tx, auth.clinicId, await q.orderBy('created_at').orderBy('id').execute());
}

async function assignmentsOf(
  tx: ScopedTx,
  clinicId: string,
  classIds: readonly string[],
): Promise<Assignment[]> {
  if (classIds.length === 0) return [];
  const rows = await tx
    .selectFrom('class_assignments')
    .innerJoin('classes', (j) =>
      j
        .onRef('classes.id', '=', 'class_assignments.class_id')
        .onRef('classes.clinic_id', '=', 'class_assignments.clinic_id'),
    )
    .select([
      'class_assignments.id',
      'class_assignments.class_id',
      'classes.name',
      'class_assignments.deck_id',
      'class_assignments.due_on',
      'class_assignments.assigned_at',
    ])
    .where('class_assignments.clinic_id', '=', clinicId)
    .where('class_assignments.class_id', 'in', classIds)
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      classId: r.class_id,
      className: r.name,
      deckId: r.deck_id,
      dueOn: r.due_on,
      assignedAt: r.assigned_at,
    }))
    .sort(
      (a, b) =>
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
        a.assignedAt.localeCompare(b.assignedAt) ||
        a.id.localeCompare(b.id),
    );
}

async function studentsOf(tx: ScopedTx, clinicId: string, classId: string) {
  return tx
    .selectFrom('class_students')
    .innerJoin('users', 'users.id', 'class_students.user_id')
    .select(['users.id', 'users.display_name', 'users.role'])
    .where('class_students.clinic_id', '=', clinicId)
    .where('users.clinic_id', '=', clinicId)
    .where('class_students.class_id', '=', classId)
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
}

/** A class page for its educator or the owner: the class, its students and its assignments. */
export async function classPage(tx: ScopedTx, auth: RequestAuth, id: string) {
  const row = await taughtClass(tx, auth, id);
  const students = await studentsOf(tx, auth.clinicId, id);
  return {
    class: (await classInfos(tx, auth.clinicId, [row]))[0]!,
    students: students.map((s) => ({ id: s.id, displayName: s.display_name, role: s.role })),
    assignments: await assignmentsOf(tx, auth.clinicId, [id]),
  };
}

/** Adds a staff account of the clinic to a class (adding twice changes nothing). */
export async function addStudent(
  tx: ScopedTx,
  deps: StoreDeps,
  auth: RequestAuth,
  classId: string,
  userId: string,
) {
  await classRow(tx, auth.clinicId, classId);
  if ((await staffMember(tx, auth.clinicId, userId)) === undefined)
    throw AppError.notFound('The staff member');
  await tx
    .insertInto('class_students')
    .values({
      clinic_id: auth.clinicId,
      class_id: classId,
      user_id: userId,
      added_by: auth.userId,
      added_at: deps.now(),
    })
    .onConflict((oc) => oc.columns(['clinic_id', 'class_id', 'user_id']).doNothing())
    .execute();
  return classPage(tx, { ...auth, role: 'owner' }, classId);
}

/** Assigns a deck to a class the caller teaches. */
export async function assignDeck(
  tx: ScopedTx,
  deps: StoreDeps,
  auth: RequestAuth,
  classId: string,
  input: AssignmentInput,
): Promise<Assignment> {
  const row = await taughtClass(tx, auth, classId);
  const assignment = {
    id: deps.newId(),
    clinic_id: auth.clinicId,
    class_id: classId,
    deck_id: input.deckId,
    due_on: input.dueOn,
    assigned_by: auth.userId,
    assigned_at: deps.now(),
  };
  await tx.insertInto('class_assignments').values(assignment).execute();
  return {
    id: assignment.id,
    classId,
    className: row.name,
    deckId: assignment.deck_id,
    dueOn: assignment.due_on,
    assignedAt: assignment.assigned_at,
  };
}

/** Each student's progress by body area (engine-computed from their stored reviews), for the class's educator. */
export async function classProgress(
  tx: ScopedTx,
  auth: RequestAuth,
  classId: string,
  atlas: Atlas,
  now: number,
): Promise<ClassProgress> {
  await taughtClass(tx, auth, classId);
  const students = await studentsOf(tx, auth.clinicId, classId);
  const out: ClassProgress['students'] = [];
  for (const s of students) {
    const p = progressFromReviews(atlas, await allReviews(tx, auth.clinicId, s.id), now);
    const byArea: ClassProgress['students'][number]['byArea'] = {};
    for (const [area, t] of Object.entries(p.byArea) as [
      keyof typeof p.byArea,
      (typeof p.byArea)[keyof typeof p.byArea],
    ][])
      if (t !== undefined)
        byArea[area] = {
          reviews: t.reviews,
          repeats: t.repeats,
          accuracy: t.accuracy,
          retention: t.retention,
        };
    out.push({
      id: s.id,
      displayName: s.display_name,
      reviews: p.total.reviews,
      repeats: p.total.repeats,
      accuracy: p.total.accuracy,
      retention: p.total.retention,
      lastReviewAt: p.lastReviewAt,
      byArea,
    });
  }
  return { students: out };
}

/** The decks assigned to the caller through every class they are a student of, soonest due first. */
export async function myAssignments(tx: ScopedTx, clinicId: string, userId: string): Promise<Assignment[]> {
  const classes = await tx
    .selectFrom('class_students')
    .select('class_id')
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .execute();
  return assignmentsOf(
    tx,
    clinicId,
    classes.map((c) => c.class_id),
  );
}
