import { clientMarta, clientZoe, clientZoltan } from '@myomap/fixtures';
import { expect } from 'vitest';
import { verifyAuditChain } from '../../audit/audit-log.ts';
import { describeForEachEngine } from '../../testing/records-app.test-helper.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeForEachEngine('clients and intake over HTTP', ({ w, it }) => {
  it('a therapist adds, finds, opens, edits and archives a client; stale edits get 409', async () => {
    const t = await w.as('a', 'therapist');
    const created = await t.send('POST', '/api/clients', clientZoe);
    expect(created.status).toBe(201);
    const zoe = created.json<Json>();
    expect(zoe).toMatchObject({ givenName: 'Zoë', version: 1, archived: false });
    await t.send('POST', '/api/clients', clientZoltan);
    const found = (await t.send('GET', '/api/clients?q=zoe')).json<Json>();
    expect(found.clients.map((c: Json) => c.id)).toEqual([zoe.id]);
    expect(
      (await t.send('GET', `/api/clients?q=${encodeURIComponent('07700 900123')}`)).json<Json>().clients,
    ).toHaveLength(1);
    const page = await t.send('GET', `/api/clients/${zoe.id}`);
    expect(page.status).toBe(200);
    expect(page.json<Json>().client.id).toBe(zoe.id);

    const edit = (pronouns: string, version: number) =>
      t.send('PUT', `/api/clients/${zoe.id}`, { ...clientZoe, pronouns, version });
    // two concurrent edits from version 1: one wins, one is told the current version
    const [r1, r2] = await Promise.all([edit('they/them', 1), edit('she/they', 1)]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const lost = r1.status === 409 ? r1 : r2;
    expect(lost.json<Json>().error).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });
    const archived = await t.send('POST', `/api/clients/${zoe.id}/archive`, { version: 2 });
    expect(archived.json<Json>()).toMatchObject({ archived: true, version: 3 });
    expect((await t.send('GET', '/api/clients?q=zoe')).json<Json>().clients).toEqual([]);
    expect((await t.send('POST', `/api/clients/${zoe.id}/restore`, { version: 2 })).status).toBe(409);
    expect((await t.send('POST', `/api/clients/${zoe.id}/restore`, { version: 3 })).status).toBe(200);
    const consent = await t.send('POST', `/api/clients/${zoe.id}/consents`, {
      consentedOn: '2026-03-02',
      consentTextVersion: '2026-01',
    });
    expect(consent.status).toBe(201);
    expect((await t.send('GET', `/api/clients/${zoe.id}`)).json<Json>().consents).toHaveLength(1);
  });

  it('refuses unknown fields and bad values with 400 naming the field', async () => {
    const t = await w.as('a', 'therapist');
    const cases: [unknown, string][] = [
      [{ ...clientMarta, isAdmin: true }, 'isAdmin'],
      [{ ...clientMarta, clinicId: 'other' }, 'clinicId'],
      [{ ...clientMarta, dateOfBirth: '1992-02-30' }, 'dateOfBirth'],
      [{ ...clientMarta, givenName: '' }, 'givenName'],
      [{ ...clientMarta, email: 'not-an-email' }, 'email'],
      [
        { ...clientMarta, emergencyContact: { name: 'A', phone: '1', relation: null } },
        'emergencyContact.phone',
      ],
    ];
    for (const [body, path] of cases) {
      const r = await t.send('POST', '/api/clients', body);
      expect(r.status).toBe(400);
      const issues = r.json<Json>().error.details.issues as { path: string; message: string }[];
      expect(issues.map((i) => i.path)).toContain(path);
    }
  });

  it('another clinic’s staff get 404 for every client route and change nothing', async () => {
    const t = await w.as('a', 'therapist');
    const zoe = (await t.send('POST', '/api/clients', clientZoe)).json<Json>();
    await t.send('PUT', `/api/clients/${zoe.id}/intake`, {
      version: 0,
      conditions: [],
      medications: [],
      surgeries: [],
      pregnancy: 'no',
      answers: { pregnant: 'no' },
      notes: '',
    });
    const before = (await t.send('GET', `/api/clients/${zoe.id}`)).text;
    const intakeBefore = (await t.send('GET', `/api/clients/${zoe.id}/intake`)).text;
    // the client's age today by the injected clock (2026-03-02; Zoë born 1988-04-12) feeds the screen
    expect(JSON.parse(intakeBefore).clientAge).toBe(37);
    const other = await w.as('b', 'owner');
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/clients/${zoe.id}`],
      ['PUT', `/api/clients/${zoe.id}`, { ...clientMarta, version: 1 }],
      ['POST', `/api/clients/${zoe.id}/archive`, { version: 1 }],
      ['POST', `/api/clients/${zoe.id}/restore`, { version: 1 }],
      ['POST', `/api/clients/${zoe.id}/consents`, { consentedOn: '2026-03-02', consentTextVersion: 'v1' }],
      ['GET', `/api/clients/${zoe.id}/intake`],
      [
        'PUT',
        `/api/clients/${zoe.id}/intake`,
        {
          version: 1,
          conditions: [],
          medications: [],
          surgeries: [],
          pregnancy: 'yes',
          answers: {},
          notes: '',
        },
      ],
      [
        'POST',
        `/api/clients/${zoe.id}/clearances`,
        { questionId: 'pregnant', reason: 'x', clearedOn: '2026-03-02', clearedBy: 'Dr X' },
      ],
      [
        'POST',
        `/api/clients/${zoe.id}/rescreens`,
        { visitOn: '2026-03-02', changed: true, answers: {}, note: '' },
      ],
    ];
    for (const [method, path, body] of attempts) {
      const r = await other.send(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.text).not.toMatch(/Zo|Briain|07700/);
    }
    expect((await other.send('GET', '/api/clients?q=zoe&status=all')).json<Json>().clients).toEqual([]);
    expect((await t.send('GET', `/api/clients/${zoe.id}`)).text).toBe(before);
    expect((await t.send('GET', `/api/clients/${zoe.id}/intake`)).text).toBe(intakeBefore);
  });

  it('front desk keeps demographics but not the intake; students only read', async () => {
    const desk = await w.as('a', 'front-desk');
    const zoe = (await desk.send('POST', '/api/clients', clientZoe)).json<Json>();
    expect(zoe.id).toBeDefined();
    expect((await desk.send('GET', `/api/clients/${zoe.id}/intake`)).status).toBe(403);
    expect((await desk.send('GET', '/api/intake/screen')).status).toBe(403);
    const student = await w.as('a', 'student');
    expect((await student.send('GET', `/api/clients/${zoe.id}`)).status).toBe(200);
    expect((await student.send('GET', `/api/clients/${zoe.id}/intake`)).status).toBe(200);
    expect((await student.send('PUT', `/api/clients/${zoe.id}`, { ...clientZoe, version: 1 })).status).toBe(
      403,
    );
    expect((await student.send('POST', `/api/clients/${zoe.id}/archive`, { version: 1 })).status).toBe(403);
  });

  it('intake: a caution blocks trigger point work until a clearance; a later "yes" needs a new one; audit has no health data', async () => {
    const t = await w.as('a', 'therapist');
    const zoe = (await t.send('POST', '/api/clients', clientZoe)).json<Json>();
    const screen = (await t.send('GET', '/api/intake/screen')).json<Json>();
    expect(screen.questions.length).toBeGreaterThan(20);
    expect(screen.indications.length).toBeGreaterThan(0);
    const put = await t.send('PUT', `/api/clients/${zoe.id}/intake`, {
      version: 0,
      conditions: ['migraine'],
      medications: [{ name: 'Warfarin', anticoagulant: true }],
      surgeries: [{ what: 'knee arthroscopy', date: '2021-05' }],
      pregnancy: 'no',
      answers: { 'chest-pain-now': 'no', 'blood-thinners': 'yes' },
      notes: '',
    });
    expect(put.status).toBe(200);
    const page = put.json<Json>();
    expect(page.intake.version).toBe(1);
    expect(page.screen).toMatchObject({
      tier: 'caution',
      triggerPointWorkBlocked: true,
      stopTreatmentToday: false,
    });
    expect(page.screen.findings[0]).toMatchObject({ questionId: 'blood-thinners', cleared: false });
    const badClear = await t.send('POST', `/api/clients/${zoe.id}/clearances`, {
      questionId: 'no-such-question',
      reason: 'x',
      clearedOn: '2026-03-02',
      clearedBy: 'Dr X',
    });
    expect(badClear.status).toBe(400);
    expect(badClear.json<Json>().error.details.issues[0].path).toBe('questionId');
    const cleared = await t.send('POST', `/api/clients/${zoe.id}/clearances`, {
      questionId: 'blood-thinners',
      reason: 'GP letter: firm pressure fine, INR stable',
      clearedOn: '2026-03-01',
      clearedBy: 'Dr Amina Ahmed (GP)',
    });
    expect(cleared.status).toBe(201);
    expect(cleared.json<Json>().screen.triggerPointWorkBlocked).toBe(false);
    const rescreen = await t.send('POST', `/api/clients/${zoe.id}/rescreens`, {
      visitOn: '2026-03-09',
      changed: true,
      answers: { 'calf-swollen': 'yes' },
      note: 'left calf warm since Sunday',
    });
    expect(rescreen.json<Json>().screen).toMatchObject({ tier: 'urgent', stopTreatmentToday: true });
    const stale = await t.send('PUT', `/api/clients/${zoe.id}/intake`, {
      version: 0,
      conditions: [],
      medications: [],
      surgeries: [],
      pregnancy: 'no',
      answers: {},
      notes: '',
    });
    expect(stale.status).toBe(409);
    expect(stale.json<Json>().error.details).toEqual({ currentVersion: 1 });
    // audit: every view and change, record type and id only
    const rows = await w.store.run({ kind: 'clinic', clinicId: w.a.clinic.id }, (tx) =>
      tx.selectFrom('audit_log').selectAll().where('clinic_id', '=', w.a.clinic.id).execute(),
    );
    const actions = rows.filter((r) => r.record_id === zoe.id).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['clients.create', 'intake.write', 'intake.clearance', 'intake.rescreen']),
    );
    expect(JSON.stringify(rows)).not.toMatch(/Warfarin|migraine|calf|Zo|Ahmed/);
    expect((await verifyAuditChain(w.store, w.a.clinic.id)).ok).toBe(true);
  });
});
