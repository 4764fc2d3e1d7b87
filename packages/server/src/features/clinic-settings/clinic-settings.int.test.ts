import { clientZoe } from '@myomap/fixtures';
import { expect } from 'vitest';
import { verifyAuditChain } from '../../audit/audit-log.ts';
import { describeForEachEngine } from '../../testing/records-app.test-helper.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeForEachEngine('clinic settings over HTTP', ({ w, it }) => {
  const audit = () =>
    w.store.run({ kind: 'clinic', clinicId: w.a.clinic.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'outcome', 'record_type'])
        .where('clinic_id', '=', w.a.clinic.id)
        .orderBy('seq')
        .execute(),
    );

  it('every role reads the default cap; only the owner changes it; the visit page follows it', async () => {
    for (const role of ['owner', 'therapist', 'front-desk', 'student'] as const) {
      const r = await (await w.as('a', role)).send('GET', '/api/clinic/settings');
      expect(r.status, role).toBe(200);
      expect(r.json<Json>()).toMatchObject({ ratingCap: 7, isDefault: true, version: 0 });
    }
    const therapist = await w.as('a', 'therapist');
    const refused = await therapist.send('PUT', '/api/clinic/settings', { version: 0, ratingCap: 9 });
    expect(refused.status).toBe(403);
    expect((await therapist.send('GET', '/api/clinic/settings')).json<Json>().ratingCap).toBe(7);

    const owner = await w.as('a', 'owner');
    const saved = await owner.send('PUT', '/api/clinic/settings', { version: 0, ratingCap: 5 });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json<Json>()).toMatchObject({ ratingCap: 5, isDefault: false, version: 1 });
    const stale = await owner.send('PUT', '/api/clinic/settings', { version: 0, ratingCap: 6 });
    expect(stale.status).toBe(409);
    expect(stale.json<Json>().error.details).toEqual({ currentVersion: 1 });

    // the other clinic keeps its default
    expect(
      (await (await w.as('b', 'owner')).send('GET', '/api/clinic/settings')).json<Json>().ratingCap,
    ).toBe(7);

    // a visit page carries the clinic's cap for the guided hold
    const zoe = (await therapist.send('POST', '/api/clients', clientZoe)).json<Json>();
    const visit = (
      await therapist.send('POST', `/api/clients/${zoe.id}/visits`, { visitOn: '2026-03-02' })
    ).json<Json>();
    expect((await therapist.send('GET', `/api/visits/${visit.id}`)).json<Json>().ratingCap).toBe(5);

    const rows = await audit();
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: 'clinic.settings.read', outcome: 'ok', record_type: 'clinic-settings' },
        { action: 'clinic.settings.write', outcome: 'ok', record_type: 'clinic-settings' },
        { action: 'clinic.settings.write', outcome: 'denied', record_type: null },
      ]),
    );
    expect(await verifyAuditChain(w.store, w.a.clinic.id)).toMatchObject({ ok: true });
  });

  it('a cap outside 3–10, a fraction or an unknown field is a 400 naming the field', async () => {
    const owner = await w.as('a', 'owner');
    const current = (await owner.send('GET', '/api/clinic/settings')).json<Json>();
    for (const [body, field] of [
      [{ version: current.version, ratingCap: 2 }, 'ratingCap'],
      [{ version: current.version, ratingCap: 11 }, 'ratingCap'],
      [{ version: current.version, ratingCap: 6.5 }, 'ratingCap'],
      [{ version: current.version }, 'ratingCap'],
      [{ version: current.version, ratingCap: 6, colour: 'red' }, ''],
    ] as const) {
      const r = await owner.send('PUT', '/api/clinic/settings', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.text).toContain(field);
    }
    expect((await owner.send('GET', '/api/clinic/settings')).json<Json>()).toEqual(current);
  });
});
