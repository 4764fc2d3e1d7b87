import { practiceSamMorning, practiceSamNextDay } from '@myomap/fixtures';
import { expect } from 'vitest';
import { describeForEachEngine } from '../../testing/records-app.test-helper.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeForEachEngine('classes over HTTP', ({ w, it }) => {
  it('the owner makes a class for a therapist, adds a student; the educator assigns a deck and reads progress by area', async () => {
    const owner = await w.as('a', 'owner');
    const made = await owner.send('POST', '/api/classes', {
      name: 'Upper body, spring term',
      educatorId: w.a.staff.therapist.id,
    });
    expect(made.status, made.text).toBe(201);
    const cls = made.json<Json>();
    expect(cls).toMatchObject({ educatorName: w.a.staff.therapist.displayName, students: 0 });
    const added = await owner.send('POST', `/api/classes/${cls.id}/students`, {
      userId: w.a.staff.student.id,
    });
    expect(added.status, added.text).toBe(200);
    expect(added.json<Json>().students.map((s: Json) => s.id)).toEqual([w.a.staff.student.id]);

    const sam = await w.as('a', 'student');
    await sam.send('POST', '/api/practice/reviews', {
      reviews: [...practiceSamMorning, ...practiceSamNextDay],
    });

    const theo = await w.as('a', 'therapist');
    const later = await theo.send('POST', `/api/classes/${cls.id}/assignments`, { deckId: 'neck:2' });
    const soon = await theo.send('POST', `/api/classes/${cls.id}/assignments`, {
      deckId: 'shoulder-girdle:1',
      dueOn: '2026-03-09',
    });
    expect([later.status, soon.status]).toEqual([201, 201]);
    const mine = (await sam.send('GET', '/api/practice/assignments')).json<Json>().assignments;
    expect(mine.map((a: Json) => [a.deckId, a.dueOn])).toEqual([
      ['shoulder-girdle:1', '2026-03-09'],
      ['neck:2', null],
    ]);
    expect((await theo.send('GET', '/api/classes')).json<Json[]>().map((c) => c.id)).toEqual([cls.id]);

    const progress = await theo.send('GET', `/api/classes/${cls.id}/progress`);
    expect(progress.status, progress.text).toBe(200);
    const [student] = progress.json<Json>().students;
    expect(student).toMatchObject({
      id: w.a.staff.student.id,
      reviews: 6,
      lastReviewAt: practiceSamNextDay[0]!.at,
      byArea: {
        'shoulder-girdle': { reviews: 5, repeats: 1, accuracy: 0.6, retention: 1 },
        'head-jaw': { reviews: 1, repeats: 0 },
      },
    });
  });

  it('a therapist who is not the educator, a bad deck and a student from another clinic are refused', async () => {
    const owner = await w.as('a', 'owner');
    const other = (
      await owner.send('POST', '/api/classes', { name: 'Owner’s own class', educatorId: w.a.staff.owner.id })
    ).json<Json>();
    const theo = await w.as('a', 'therapist');
    expect((await theo.send('GET', `/api/classes/${other.id}/progress`)).status).toBe(403);
    expect(
      (await theo.send('POST', `/api/classes/${other.id}/assignments`, { deckId: 'neck:1' })).status,
    ).toBe(403);
    expect((await theo.send('GET', '/api/classes')).json<Json[]>().some((c) => c.id === other.id)).toBe(
      false,
    );
    const bad = await owner.send('POST', `/api/classes/${other.id}/assignments`, { deckId: 'neck:9' });
    expect(bad.status).toBe(400);
    expect(bad.json<Json>().error.details.issues[0].path).toBe('deckId');
    const stranger = await owner.send('POST', `/api/classes/${other.id}/students`, {
      userId: w.b.staff.student.id,
    });
    expect(stranger.status).toBe(404);
    const deskEducator = await owner.send('POST', '/api/classes', {
      name: 'Front desk class',
      educatorId: w.a.staff['front-desk'].id,
    });
    expect(deskEducator.status).toBe(400);
    // the refused reads of another's class are in the audit log as denied
    const denied = await w.store.run({ kind: 'clinic', clinicId: w.a.clinic.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'record_id'])
        .where('clinic_id', '=', w.a.clinic.id)
        .where('outcome', '=', 'denied')
        .where('actor_id', '=', w.a.staff.therapist.id)
        .execute(),
    );
    expect(denied).toEqual(
      expect.arrayContaining([
        { action: 'classes.progress', record_id: other.id },
        { action: 'classes.assign', record_id: other.id },
      ]),
    );
  });
});
