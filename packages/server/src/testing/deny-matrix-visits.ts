import {
  clientZoe,
  findingLevatorTension,
  findingTrapActive,
  holdsTrap,
  visitZoeNeck,
} from '@myomap/fixtures';
import { createClient } from '../features/clients/repository.ts';
import { ClientFields } from '../features/clients/schema.ts';
import { addFinding, addHold, startVisit } from '../features/visits/repository.ts';
import { FindingInput, HoldInput } from '../features/visits/schema.ts';
import type { ClinicStore } from '../store/store.ts';
import type { SeededClinic } from './accounts.test-helper.ts';

/**
 * The deny matrix's 'visit' record: a client's visit with a finding and a hold; the snapshot covers
 * every visits table for that visit.
 */
export const VISIT_RECORD_FIXTURE = {
  async create(store: ClinicStore, clinic: SeededClinic): Promise<string> {
    const clinicId = clinic.clinic.id;
    const userId = clinic.staff.therapist.id;
    return store.run({ kind: 'clinic', clinicId }, async (tx) => {
      const client = await createClient(tx, store.deps, clinicId, ClientFields.parse(clientZoe));
      const visit = await startVisit(
        tx,
        store.deps,
        clinicId,
        client.id,
        { visitOn: '2026-03-02', fromLast: false },
        userId,
      );
      await addFinding(tx, store.deps, clinicId, visit.id, FindingInput.parse(findingTrapActive), userId);
      await addHold(tx, store.deps, clinicId, visit.id, HoldInput.parse(holdsTrap[0]), userId);
      return visit.id;
    });
  },
  snapshot(store: ClinicStore, clinicId: string, id: string): Promise<unknown> {
    return store.run({ kind: 'clinic', clinicId }, async (tx) => {
      // one shape for the child tables (each has clinic_id and visit_id)
      const of = (
        table:
          | 'palpation_findings'
          | 'holds'
          | 'outcome_entries'
          | 'visit_notes'
          | 'note_versions'
          | 'note_addenda',
      ) =>
        tx
          .selectFrom(table as 'holds')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .where('visit_id', '=', id)
          .execute();
      return {
        visit: await tx
          .selectFrom('visits')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .where('id', '=', id)
          .executeTakeFirst(),
        findings: await of('palpation_findings'),
        holds: await of('holds'),
        outcomes: await of('outcome_entries'),
        note: await of('visit_notes'),
        versions: await of('note_versions'),
        addenda: await of('note_addenda'),
      };
    });
  },
};

/** Valid bodies for the visit writes. */
export const VISIT_SAMPLE_BODIES: Record<string, unknown> = {
  'POST /api/clients/:id/visits': { visitOn: '2026-03-02', fromLast: true },
  'PUT /api/visits/:id/subjective': { version: 1, data: visitZoeNeck.subjective },
  'PUT /api/visits/:id/objective': { version: 1, data: visitZoeNeck.objective },
  'PUT /api/visits/:id/assessment': { version: 1, data: { impression: 'changed' } },
  'PUT /api/visits/:id/plan': { version: 1, data: visitZoeNeck.plan },
  'POST /api/visits/:id/findings': findingLevatorTension,
  'PUT /api/visits/:id/findings/:findingId': { ...findingTrapActive, version: 1 },
  'POST /api/visits/:id/holds': holdsTrap[0],
  'POST /api/visits/:id/outcomes': { measure: 'nprs', answers: [3], labels: [] },
  'PUT /api/visits/:id/note': { version: 1, subjective: 'changed', objective: '', assessment: '', plan: '' },
  'POST /api/visits/:id/note/sign': { version: 1 },
  'POST /api/visits/:id/note/addenda': { text: 'forged' },
};
