import { clientZoe } from '@myomap/fixtures';
import { createClient } from '../features/clients/repository.ts';
import { ClientFields } from '../features/clients/schema.ts';
import { putIntake } from '../features/intake/repository.ts';
import { IntakeFields } from '../features/intake/schema.ts';
import type { ClinicStore } from '../store/store.ts';
import type { SeededClinic } from './accounts.test-helper.ts';

const INTAKE = IntakeFields.parse({
  conditions: ['migraine'],
  medications: [{ name: 'warfarin', anticoagulant: true }],
  surgeries: [],
  pregnancy: 'no',
  answers: { 'blood-thinners': 'yes' },
  notes: '',
});

/** The deny matrix's 'client' record: a client with an intake; the snapshot covers every clients and intake table. */
export const CLIENT_RECORD_FIXTURE = {
  async create(store: ClinicStore, clinic: SeededClinic): Promise<string> {
    const clinicId = clinic.clinic.id;
    return store.run({ kind: 'clinic', clinicId }, async (tx) => {
      const client = await createClient(tx, store.deps, clinicId, ClientFields.parse(clientZoe));
      await putIntake(tx, store.deps, clinicId, client.id, 0, INTAKE, clinic.staff.therapist.id);
      return client.id;
    });
  },
  snapshot(store: ClinicStore, clinicId: string, id: string): Promise<unknown> {
    return store.run({ kind: 'clinic', clinicId }, async (tx) => {
      // one shape for the child tables (each has clinic_id and client_id)
      const of = (table: 'consents' | 'intakes' | 'clearances' | 'visit_rescreens' | 'client_search_terms') =>
        tx
          .selectFrom(table as 'consents')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .where('client_id', '=', id)
          .execute();
      return {
        client: await tx
          .selectFrom('clients')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .where('id', '=', id)
          .executeTakeFirst(),
        terms: await of('client_search_terms'),
        consents: await of('consents'),
        intakes: await of('intakes'),
        clearances: await of('clearances'),
        rescreens: await of('visit_rescreens'),
      };
    });
  },
};

/** Valid bodies for the clients and intake writes that name a client. */
export const CLIENT_SAMPLE_BODIES: Record<string, unknown> = {
  'PUT /api/clients/:id': { ...clientZoe, givenName: 'Changed', version: 1 },
  'POST /api/clients/:id/archive': { version: 1 },
  'POST /api/clients/:id/restore': { version: 1 },
  'POST /api/clients/:id/consents': { consentedOn: '2026-03-02', consentTextVersion: '2026-01' },
  'PUT /api/clients/:id/intake': {
    version: 1,
    conditions: [],
    medications: [],
    surgeries: [],
    pregnancy: 'yes',
    answers: { pregnant: 'yes' },
    notes: 'changed',
  },
  'POST /api/clients/:id/clearances': {
    questionId: 'blood-thinners',
    reason: 'forged',
    clearedOn: '2026-03-02',
    clearedBy: 'Dr Forged',
  },
  'POST /api/clients/:id/rescreens': {
    visitOn: '2026-03-02',
    changed: true,
    answers: { pregnant: 'yes' },
    note: '',
  },
  'POST /api/clients': { ...clientZoe },
};
