import { expect } from 'vitest';
import type { RequestAuth } from '../access/require-access.ts';
import { AppError } from '../errors.ts';
import {
  addStudent,
  assignDeck,
  classPage,
  createClass,
  myAssignments,
} from '../features/classes/repository.ts';
import type { ClinicStore } from './store.ts';
import { twoClinics } from './two-clinics.ts';

type Test = (title: string, fn: () => Promise<void>) => void;

/**
 * The classes part of the store contract (migration 0007), run on both engines: a class with its
 * educator, students added once, assignments soonest due first, and another clinic's class not found.
 */
export function classesContract(test: Test, store: () => ClinicStore): void {
  const setup = async () => {
    const s = store();
    const staff = async (clinicId: string, role: string) => {
      const id = s.deps.newId();
      const now = s.deps.now();
      await s.run({ kind: 'clinic', clinicId }, (tx) =>
        tx
          .insertInto('users')
          .values({
            id,
            clinic_id: clinicId,
            email: `${role}-${id}@classes.example`,
            display_name: `${role} ${id}`,
            role,
            password_hash: 'not-a-hash',
            disabled_at: null,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute(),
      );
      return id;
    };
    const { a, b } = await twoClinics(s);
    const owner: RequestAuth = {
      clinicId: a,
      userId: await staff(a, 'owner'),
      role: 'owner',
      sessionId: 's',
    };
    const ownerB: RequestAuth = {
      clinicId: b,
      userId: await staff(b, 'owner'),
      role: 'owner',
      sessionId: 's',
    };
    const teacher = await staff(a, 'therapist');
    const student = await staff(a, 'student');
    return { s, a, b, owner, ownerB, teacher, student };
  };

  test('classes: students are added once and assignments come soonest due first', async () => {
    const { s, a, owner, teacher, student } = await setup();
    const page = await s.run({ kind: 'clinic', clinicId: a }, async (tx) => {
      const made = await createClass(tx, s.deps, a, { name: 'Spring term', educatorId: teacher });
      await addStudent(tx, s.deps, owner, made.id, student);
      await addStudent(tx, s.deps, owner, made.id, student);
      await assignDeck(tx, s.deps, owner, made.id, { deckId: 'neck:2', dueOn: null });
      await assignDeck(tx, s.deps, owner, made.id, { deckId: 'arm:1', dueOn: '2026-04-01' });
      await assignDeck(tx, s.deps, owner, made.id, { deckId: 'back:3', dueOn: '2026-03-15' });
      return classPage(tx, owner, made.id);
    });
    expect(page.class).toMatchObject({ name: 'Spring term', educatorId: teacher, students: 1 });
    expect(page.students.map((x) => x.id)).toEqual([student]);
    const mine = await s.run({ kind: 'clinic', clinicId: a }, (tx) => myAssignments(tx, a, student));
    expect(mine.map((x) => x.deckId)).toEqual(['back:3', 'arm:1', 'neck:2']);
    expect(await s.run({ kind: 'clinic', clinicId: a }, (tx) => myAssignments(tx, a, teacher))).toEqual([]);
  });

  test('classes: another clinic’s class is not found and its students see none of it', async () => {
    const { s, a, b, owner, ownerB, teacher, student } = await setup();
    const made = await s.run({ kind: 'clinic', clinicId: a }, async (tx) => {
      const c = await createClass(tx, s.deps, a, { name: 'Spring term', educatorId: teacher });
      await addStudent(tx, s.deps, owner, c.id, student);
      await assignDeck(tx, s.deps, owner, c.id, { deckId: 'neck:1', dueOn: null });
      return c;
    });
    const error = await s
      .run({ kind: 'clinic', clinicId: b }, (tx) => classPage(tx, ownerB, made.id))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(404);
    const strangerAdd = await s
      .run({ kind: 'clinic', clinicId: b }, (tx) => addStudent(tx, s.deps, ownerB, made.id, ownerB.userId))
      .catch((e: unknown) => e);
    expect((strangerAdd as AppError).status).toBe(404);
    expect(await s.run({ kind: 'clinic', clinicId: b }, (tx) => myAssignments(tx, b, student))).toEqual([]);
  });
}
