import {
  clientZoe,
  findingLevatorTension,
  findingTrapActive,
  holdsTrap,
  visitZoeNeck,
} from '@myomap/fixtures';
import { expect } from 'vitest';
import { verifyAuditChain } from '../../audit/audit-log.ts';
import { describeForEachEngine } from '../../testing/records-app.test-helper.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeForEachEngine('the treatment session over HTTP', ({ w, it }) => {
  it('a therapist runs a session from drawing to signed note and addendum, every step audited', async () => {
    const t = await w.as('a', 'therapist');
    const zoe = (await t.send('POST', '/api/clients', clientZoe)).json<Json>();
    const started = await t.send('POST', `/api/clients/${zoe.id}/visits`, { visitOn: '2026-03-02' });
    expect(started.status).toBe(201);
    const visit = started.json<Json>();
    const put = async (part: string, version: number, data: unknown) => {
      const r = await t.send('PUT', `/api/visits/${visit.id}/${part}`, { version, data });
      expect(r.status, r.text).toBe(200);
      return r.json<Json>();
    };
    await put('subjective', 1, visitZoeNeck.subjective);
    await put('objective', 2, visitZoeNeck.objective);
    const planned = await put('plan', 3, visitZoeNeck.plan);
    expect(planned.version).toBe(4);
    const stale = await t.send('PUT', `/api/visits/${visit.id}/assessment`, {
      version: 3,
      data: { impression: '' },
    });
    expect(stale.status).toBe(409);
    expect(stale.json<Json>().error.details).toEqual({ currentVersion: 4 });

    const active = await t.send('POST', `/api/visits/${visit.id}/findings`, findingTrapActive);
    expect(active.status, active.text).toBe(201);
    expect(active.json<Json>()).toMatchObject({
      effective: 'active',
      computed: { ruleVersion: 'trp-rule-v1' },
    });
    const tension = (
      await t.send('POST', `/api/visits/${visit.id}/findings`, findingLevatorTension)
    ).json<Json>();
    expect(tension).toMatchObject({ computed: { classification: 'possible' }, effective: 'general-tension' });
    expect((await t.send('POST', `/api/visits/${visit.id}/holds`, holdsTrap[0])).status).toBe(201);
    const nprs = await t.send('POST', `/api/visits/${visit.id}/outcomes`, {
      measure: 'nprs',
      answers: [6],
      labels: [],
    });
    expect(nprs.json<Json>()).toMatchObject({ score: 6, change: null });
    const badNdi = await t.send('POST', `/api/visits/${visit.id}/outcomes`, {
      measure: 'ndi',
      answers: [1, 1, 1],
      labels: [],
    });
    expect(badNdi.status).toBe(400);
    expect(badNdi.text).toContain('answers');

    const draft = (await t.send('GET', `/api/visits/${visit.id}/note/draft`)).json<Json>();
    expect(draft.assessment).toContain('consistent with an active trigger point (trp-rule-v1)');
    expect(draft.plan).toContain('referral reduced');
    const saved = await t.send('PUT', `/api/visits/${visit.id}/note`, { version: 1, ...draft });
    expect(saved.json<Json>()).toMatchObject({ status: 'draft', version: 2 });
    const signed = await t.send('POST', `/api/visits/${visit.id}/note/sign`, { version: 2 });
    expect(signed.json<Json>()).toMatchObject({ status: 'signed', signedBy: w.a.staff.therapist.id });
    expect((await t.send('PUT', `/api/visits/${visit.id}/note`, { version: 2, ...draft })).status).toBe(409);
    const addendum = await t.send('POST', `/api/visits/${visit.id}/note/addenda`, {
      text: 'Correction: the second hold was not done.\nClient left early.',
    });
    expect(addendum.status).toBe(201);
    expect(addendum.json<Json>().addenda[0]).toMatchObject({ authorId: w.a.staff.therapist.id });

    const page = (await t.send('GET', `/api/visits/${visit.id}`)).json<Json>();
    expect(page.findings).toHaveLength(2);
    expect(page.note.status).toBe('signed');
    const line = (await t.send('GET', `/api/clients/${zoe.id}/visits`)).json<Json>();
    expect(line.visits[0]).toMatchObject({ id: visit.id, signed: true, muscles: ['upper-trapezius'] });
    expect(line.visits[0].noteFirstLine).toMatch(/^Client reports/);
    const next = (
      await t.send('POST', `/api/clients/${zoe.id}/visits`, { visitOn: '2026-03-09', fromLast: true })
    ).json<Json>();
    expect(next.subjective.drawing).toHaveLength(3);
    expect(next.carried.recheck).toBe(visitZoeNeck.plan.nextTime.recheck);
    expect(next.carried.selfCare).toEqual(visitZoeNeck.plan.selfCare);
    const today = (await t.send('GET', '/api/today')).json<Json>();
    expect(today.awaitingSignature.map((v: Json) => v.visitId)).toEqual([next.id]);

    const audit = await w.store.run({ kind: 'clinic', clinicId: w.a.clinic.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'record_id'])
        .where('clinic_id', '=', w.a.clinic.id)
        .execute(),
    );
    const actions = new Set(audit.map((r) => r.action));
    for (const a of [
      'visits.start',
      'visits.subjective',
      'visits.finding.add',
      'visits.hold',
      'visits.outcome',
      'visits.note.draft',
      'visits.note.save',
      'visits.note.sign',
      'visits.note.addendum',
      'visits.read',
      'visits.timeline',
      'visits.today',
    ])
      expect(actions, a).toContain(a);
    expect(await verifyAuditChain(w.store, w.a.clinic.id)).toMatchObject({ ok: true });
  });

  it('questionnaires: an ODI with one section left out is scored over nine; a hold without a cap (older shape) and one with the clinic cap are both kept', async () => {
    const t = await w.as('a', 'therapist');
    const zoe = (
      await t.send('POST', '/api/clients', { ...clientZoe, email: null, phone: null })
    ).json<Json>();
    const visit = (
      await t.send('POST', `/api/clients/${zoe.id}/visits`, { visitOn: '2026-03-02' })
    ).json<Json>();
    const odi = await t.send('POST', `/api/visits/${visit.id}/outcomes`, {
      measure: 'odi',
      answers: [1, 2, 3, 4, 5, 0, 1, null, 2, 3],
      labels: [],
    });
    expect(odi.status, odi.text).toBe(201);
    expect(odi.json<Json>()).toMatchObject({ score: 46.7, answers: [1, 2, 3, 4, 5, 0, 1, null, 2, 3] });
    const two = await t.send('POST', `/api/visits/${visit.id}/outcomes`, {
      measure: 'odi',
      answers: [1, 2, 3, 4, 5, 0, 1, null, 2, null],
      labels: [],
    });
    expect(two.status).toBe(400);
    expect(two.text).toContain('2 items unanswered');
    const psfs = await t.send('POST', `/api/visits/${visit.id}/outcomes`, {
      measure: 'psfs',
      answers: [3, 5, 4],
      labels: ['turning to reverse the car', 'laptop work for an hour', 'carrying shopping'],
    });
    expect(psfs.json<Json>()).toMatchObject({
      score: 4,
      labels: ['turning to reverse the car', 'laptop work for an hour', 'carrying shopping'],
    });
    const { ratingCap: _none, ...older } = { ...holdsTrap[0], ratingCap: undefined };
    expect((await t.send('POST', `/api/visits/${visit.id}/holds`, older)).status).toBe(201);
    expect(
      (await t.send('POST', `/api/visits/${visit.id}/holds`, { ...holdsTrap[0], ratingCap: 5 })).status,
    ).toBe(201);
    const page = (await t.send('GET', `/api/visits/${visit.id}`)).json<Json>();
    expect(page.holds.map((h: Json) => h.hold.ratingCap)).toEqual([undefined, 5]);
  });

  it('front desk and students may neither read nor write visits or notes', async () => {
    const t = await w.as('a', 'therapist');
    const zoe = (await t.send('POST', '/api/clients', { ...clientZoe, email: null })).json<Json>();
    const visit = (
      await t.send('POST', `/api/clients/${zoe.id}/visits`, { visitOn: '2026-03-02' })
    ).json<Json>();
    for (const role of ['front-desk', 'student'] as const) {
      const other = await w.as('a', role);
      expect((await other.send('GET', `/api/visits/${visit.id}`)).status).toBe(403);
      expect((await other.send('GET', `/api/clients/${zoe.id}/visits`)).status).toBe(403);
      expect((await other.send('GET', '/api/today')).status).toBe(403);
      expect(
        (
          await other.send('PUT', `/api/visits/${visit.id}/note`, {
            version: 1,
            subjective: 'x',
            objective: '',
            assessment: '',
            plan: '',
          })
        ).status,
      ).toBe(403);
    }
  });

  it('16 concurrent note saves through the API: one 200, fifteen 409 naming the new version', async () => {
    const t = await w.as('a', 'therapist');
    const zoe = (await t.send('POST', '/api/clients', { ...clientZoe, phone: null })).json<Json>();
    const visit = (
      await t.send('POST', `/api/clients/${zoe.id}/visits`, { visitOn: '2026-03-02' })
    ).json<Json>();
    const replies = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        t.send('PUT', `/api/visits/${visit.id}/note`, {
          version: 1,
          subjective: `editor ${i}`,
          objective: '',
          assessment: '',
          plan: '',
        }),
      ),
    );
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    const conflicts = replies.filter((r) => r.status === 409);
    expect(conflicts).toHaveLength(15);
    for (const c of conflicts) expect(c.json<Json>().error.details).toEqual({ currentVersion: 2 });
    const versions = (await t.send('GET', `/api/visits/${visit.id}/note/versions`)).json<Json>().versions;
    expect(versions.map((v: Json) => v.version)).toEqual([1, 2]);
  });
});
