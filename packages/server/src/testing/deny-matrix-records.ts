import type { ClinicStore } from '../store/store.ts';
import type { SeededClinic } from './accounts.test-helper.ts';
import { CLASS_RECORD_FIXTURE, CLASS_SAMPLE_BODIES } from './deny-matrix-classes.ts';
import { CLIENT_RECORD_FIXTURE, CLIENT_SAMPLE_BODIES } from './deny-matrix-clients.ts';
import { VISIT_RECORD_FIXTURE, VISIT_SAMPLE_BODIES } from './deny-matrix-visits.ts';

/**
 * How the deny matrix makes and inspects one record type named by a route's `config.record`.
 * Features add an entry for each record type their routes take in a path parameter.
 */
export interface RecordFixture {
  /**
   * Creates one record of this type in `clinic` and returns its id. The matrix puts that id in every
   * path parameter of the route (so a nested route like /api/clients/:clientId/intake names 'client').
   */
  create(store: ClinicStore, clinic: SeededClinic): Promise<string>;
  /** The stored record (every column), compared before and after a refused write. */
  snapshot(store: ClinicStore, clinicId: string, id: string): Promise<unknown>;
}

/** Record fixtures by record type. */
export const RECORD_FIXTURES: Record<string, RecordFixture> = {
  client: CLIENT_RECORD_FIXTURE,
  visit: VISIT_RECORD_FIXTURE,
  class: CLASS_RECORD_FIXTURE,
  user: {
    async create(store, clinic) {
      const id = store.deps.newId();
      const now = store.deps.now();
      await store.run({ kind: 'clinic', clinicId: clinic.clinic.id }, (tx) =>
        tx
          .insertInto('users')
          .values({
            id,
            clinic_id: clinic.clinic.id,
            email: `target-${id}@${clinic.clinic.id}.example`,
            display_name: `Target ${id}`,
            role: 'therapist',
            password_hash: 'not-a-hash',
            disabled_at: null,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute(),
      );
      return id;
    },
    snapshot: (store, clinicId, id) =>
      store.run({ kind: 'clinic', clinicId }, (tx) =>
        tx
          .selectFrom('users')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .where('id', '=', id)
          .executeTakeFirst(),
      ),
  },
  invite: {
    async create(store, clinic) {
      const id = store.deps.newId();
      const now = store.deps.now();
      await store.run({ kind: 'clinic', clinicId: clinic.clinic.id }, (tx) =>
        tx
          .insertInto('invites')
          .values({
            id,
            clinic_id: clinic.clinic.id,
            email: `invitee-${id}@x.example`,
            role: 'student',
            token_hash: `hash-${id}`,
            created_by: clinic.staff.owner.id,
            created_at: now,
            expires_at: '2999-01-01T00:00:00.000Z',
            accepted_at: null,
            revoked_at: null,
          })
          .execute(),
      );
      return id;
    },
    snapshot: (store, clinicId, id) =>
      store.run({ kind: 'clinic', clinicId }, (tx) =>
        tx
          .selectFrom('invites')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .where('id', '=', id)
          .executeTakeFirst(),
      ),
  },
};

/**
 * A valid body per 'METHOD /url' for routes that take a body and a record parameter, so a request for
 * another clinic's record passes validation and reaches the clinic-scoped repository (which must not
 * find it). Features add theirs.
 */
export const SAMPLE_BODIES: Record<string, unknown> = {
  'PATCH /api/users/:id': { version: 1, role: 'student', disabled: true },
  ...CLIENT_SAMPLE_BODIES,
  ...VISIT_SAMPLE_BODIES,
  ...CLASS_SAMPLE_BODIES,
};
