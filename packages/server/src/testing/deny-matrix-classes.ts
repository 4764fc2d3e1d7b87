import type { RequestAuth } from '../access/require-access.ts';
import { addStudent, assignDeck, createClass } from '../features/classes/repository.ts';
import type { ClinicStore } from '../store/store.ts';
import type { SeededClinic } from './accounts.test-helper.ts';

/**
 * The deny matrix's 'class' record: a class taught by the clinic's therapist with its student and one
 * assigned deck; the snapshot covers the class, its students and its assignments.
 */
export const CLASS_RECORD_FIXTURE = {
  async create(store: ClinicStore, clinic: SeededClinic): Promise<string> {
    const clinicId = clinic.clinic.id;
    const owner: RequestAuth = { clinicId, userId: clinic.staff.owner.id, role: 'owner', sessionId: 'seed' };
    return store.run({ kind: 'clinic', clinicId }, async (tx) => {
      const made = await createClass(tx, store.deps, clinicId, {
        name: 'Upper body, spring term',
        educatorId: clinic.staff.therapist.id,
      });
      await addStudent(tx, store.deps, owner, made.id, clinic.staff.student.id);
      await assignDeck(tx, store.deps, owner, made.id, { deckId: 'neck:1', dueOn: '2026-03-20' });
      return made.id;
    });
  },
  snapshot(store: ClinicStore, clinicId: string, id: string): Promise<unknown> {
    return store.run({ kind: 'clinic', clinicId }, async (tx) => ({
      class: await tx
        .selectFrom('classes')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('id', '=', id)
        .executeTakeFirst(),
      students: await tx
        .selectFrom('class_students')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('class_id', '=', id)
        .execute(),
      assignments: await tx
        .selectFrom('class_assignments')
        .selectAll()
        .where('clinic_id', '=', clinicId)
        .where('class_id', '=', id)
        .execute(),
    }));
  },
};

/** Valid bodies for the class writes. */
export const CLASS_SAMPLE_BODIES: Record<string, unknown> = {
  'POST /api/classes/:id/students': { userId: 'u-0001' },
  'POST /api/classes/:id/assignments': { deckId: 'neck:1', dueOn: '2026-03-20' },
};
