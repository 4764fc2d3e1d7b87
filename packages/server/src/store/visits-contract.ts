import { expect } from 'vitest';
import {
  clientMarta,
  clientZoe,
  findingLevatorTension,
  findingTrapActive,
  holdsTrap,
  visitZoeNeck,
} from '@myomap/fixtures';
import { AppError } from '../errors.ts';
import { createClient } from '../features/clients/repository.ts';
import { ClientFields } from '../features/clients/schema.ts';
import {
  addAddendum,
  addFinding,
  addHold,
  addOutcome,
  getNote,
  listNoteVersions,
  saveNote,
  signNote,
  startVisit,
  timeline,
  todayList,
  updateFinding,
  updatePart,
  visitPage,
} from '../features/visits/repository.ts';
import { FindingInput, HoldInput, PART_SCHEMAS, type Visit } from '../features/visits/schema.ts';
import type { ClinicStore } from './store.ts';
import { twoClinics } from './two-clinics.ts';

type Test = (title: string, fn: () => Promise<void>) => void;

async function rejectsWith(p: Promise<unknown>, status: number): Promise<AppError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
  return error as AppError;
}

const sections = (text: string) => ({ subjective: text, objective: '', assessment: '', plan: '' });

/**
 * The visits part of the store contract (migration 0004), run on both engines: versioned parts,
 * classified findings with overrides, holds, outcomes, the note's versions, signing and addenda,
 * concurrency (16 edits of one unsigned note), the timeline, the today list and isolation.
 */
export function visitsContract(test: Test, store: () => ClinicStore): void {
  const setup = async () => {
    const s = store();
    const { a, b, run } = await twoClinics(s);
    const zoe = await run(a, (tx) => createClient(tx, s.deps, a, ClientFields.parse(clientZoe)));
    const marta = await run(b, (tx) => createClient(tx, s.deps, b, ClientFields.parse(clientMarta)));
    const visit = await run(a, (tx) =>
      startVisit(tx, s.deps, a, zoe.id, { visitOn: '2026-03-02', fromLast: false }, 'therapist-1'),
    );
    return { s, a, b, run, zoe, marta, visit };
  };

  test('visits: a new visit starts with empty parts and a draft note at version 1; parts are versioned', async () => {
    const { s, a, run, visit } = await setup();
    expect(visit).toMatchObject({ version: 1, signedAt: null, carried: { fromVisitId: null } });
    const page = await run(a, (tx) => visitPage(tx, a, visit.id));
    expect(page.note).toMatchObject({ status: 'draft', version: 1, subjective: '', addenda: [] });
    // Zoë (born 1988-04-12) is 37 on the visit's day, 2026-03-02: the age movement references use
    expect(page.clientAge).toBe(37);
    const subjective = PART_SCHEMAS.subjective.parse(visitZoeNeck.subjective);
    const v2 = await run(a, (tx) =>
      updatePart(tx, s.deps, a, visit.id, 'subjective', 1, subjective, 'therapist-1'),
    );
    expect(v2.version).toBe(2);
    expect(v2.subjective.drawing).toHaveLength(3);
    const stale = await rejectsWith(
      run(a, (tx) =>
        updatePart(tx, s.deps, a, visit.id, 'plan', 1, PART_SCHEMAS.plan.parse(visitZoeNeck.plan), 'x'),
      ),
      409,
    );
    expect(stale.details).toEqual({ currentVersion: 2 });
  });

  test('visits: findings are classified by the rule, overrides kept beside, edits reclassify', async () => {
    const { s, a, run, visit } = await setup();
    const active = await run(a, (tx) =>
      addFinding(tx, s.deps, a, visit.id, FindingInput.parse(findingTrapActive), 'therapist-1'),
    );
    expect(active).toMatchObject({
      computed: { classification: 'active', ruleVersion: 'trp-rule-v1' },
      override: null,
      effective: 'active',
      examinerId: 'therapist-1',
      version: 1,
    });
    const tension = await run(a, (tx) =>
      addFinding(tx, s.deps, a, visit.id, FindingInput.parse(findingLevatorTension), 'therapist-1'),
    );
    expect(tension.computed.classification).toBe('possible');
    expect(tension.effective).toBe('general-tension');
    expect(tension.override).toMatchObject({
      reason: findingLevatorTension.override.reason,
      by: 'therapist-1',
    });
    const edited = await run(a, (tx) =>
      updateFinding(
        tx,
        s.deps,
        a,
        visit.id,
        active.id,
        1,
        FindingInput.parse({ ...findingTrapActive, familiarPain: false }),
        'therapist-2',
      ),
    );
    expect(edited).toMatchObject({ version: 2, computed: { classification: 'latent' }, effective: 'latent' });
    await rejectsWith(
      run(a, (tx) =>
        updateFinding(tx, s.deps, a, visit.id, active.id, 1, FindingInput.parse(findingTrapActive), 'x'),
      ),
      409,
    );
    const page = await run(a, (tx) => visitPage(tx, a, visit.id));
    expect(page.findings.map((f) => f.effective)).toEqual(['latent', 'general-tension']);
  });

  test('visits: holds mark the muscle treated; outcomes are scored with the change from last time', async () => {
    const { s, a, run, zoe, visit } = await setup();
    await run(a, (tx) => addHold(tx, s.deps, a, visit.id, HoldInput.parse(holdsTrap[0]), 'therapist-1'));
    await run(a, (tx) =>
      addOutcome(tx, s.deps, a, visit.id, { measure: 'nprs', answers: [8], labels: [] }, 't'),
    );
    await rejectsWith(
      run(a, (tx) =>
        addOutcome(tx, s.deps, a, visit.id, { measure: 'ndi', answers: [1, 2], labels: [] }, 't'),
      ),
      400,
    );
    const next = await run(a, (tx) =>
      startVisit(tx, s.deps, a, zoe.id, { visitOn: '2026-03-09', fromLast: false }, 'therapist-1'),
    );
    const nprs = await run(a, (tx) =>
      addOutcome(tx, s.deps, a, next.id, { measure: 'nprs', answers: [5], labels: [] }, 't'),
    );
    expect(nprs).toMatchObject({
      score: 5,
      change: { from: 8, change: -3, direction: 'better', meaningful: true },
    });
    const page = await run(a, (tx) => visitPage(tx, a, visit.id));
    expect(page.holds[0]).toMatchObject({ peakRating: 6, hold: { response: 'reduced' } });
    const line = await run(a, (tx) => timeline(tx, a, zoe.id, { limit: 10 }));
    expect(line.visits.map((v) => v.id)).toEqual([next.id, visit.id]);
    expect(line.visits[1]?.muscles).toEqual(['upper-trapezius']);
  });

  test('visits: the plan for next time carries into the next visit; "from the last" copies drawing and plan', async () => {
    const { s, a, run, zoe, visit } = await setup();
    await run(a, async (tx) => {
      await updatePart(
        tx,
        s.deps,
        a,
        visit.id,
        'subjective',
        1,
        PART_SCHEMAS.subjective.parse(visitZoeNeck.subjective),
        't',
      );
      await updatePart(tx, s.deps, a, visit.id, 'plan', 2, PART_SCHEMAS.plan.parse(visitZoeNeck.plan), 't');
    });
    const plain = await run(a, (tx) =>
      startVisit(tx, s.deps, a, zoe.id, { visitOn: '2026-03-09', fromLast: false }, 't'),
    );
    expect(plain.carried).toEqual({
      fromVisitId: visit.id,
      recheck: visitZoeNeck.plan.nextTime.recheck,
      homeCare: visitZoeNeck.plan.nextTime.homeCare,
      selfCare: visitZoeNeck.plan.selfCare,
    });
    expect(plain.subjective.drawing).toEqual([]);
    const copied = await run(a, (tx) =>
      startVisit(tx, s.deps, a, zoe.id, { visitOn: '2026-03-16', fromLast: true }, 't'),
    );
    expect(copied.fromVisitId).toBe(plain.id);
    const fromFirst = await run(a, (tx) =>
      startVisit(tx, s.deps, a, zoe.id, { visitOn: '2026-03-17', fromLast: true }, 't'),
    );
    expect(fromFirst.subjective.drawing).toEqual([]);
    expect(copied.plan.adjuncts).toEqual([]);
  });

  test('notes: every save is a version; signing locks note, parts and findings; corrections are addenda', async () => {
    const { s, a, run, visit } = await setup();
    await run(a, (tx) =>
      saveNote(tx, s.deps, a, visit.id, 1, sections('Neck ache.\nSecond line'), 'therapist-1'),
    );
    const v3 = await run(a, (tx) =>
      saveNote(tx, s.deps, a, visit.id, 2, sections('Neck ache, right side.'), 't'),
    );
    expect(v3).toMatchObject({ version: 3, status: 'draft' });
    await rejectsWith(
      run(a, (tx) => addAddendum(tx, s.deps, a, visit.id, 'too early', 't')),
      409,
    );
    await rejectsWith(
      run(a, (tx) => signNote(tx, s.deps, a, visit.id, 2, 't')),
      409,
    );
    const signed = await run(a, (tx) => signNote(tx, s.deps, a, visit.id, 3, 'therapist-1'));
    expect(signed).toMatchObject({ status: 'signed', signedBy: 'therapist-1' });
    const locked = await rejectsWith(
      run(a, (tx) => saveNote(tx, s.deps, a, visit.id, 3, sections('x'), 't')),
      409,
    );
    expect(locked.details).toEqual({ signed: true });
    await rejectsWith(
      run(a, (tx) => updatePart(tx, s.deps, a, visit.id, 'assessment', 1, { impression: 'x' }, 't')),
      409,
    );
    await rejectsWith(
      run(a, (tx) => addFinding(tx, s.deps, a, visit.id, FindingInput.parse(findingTrapActive), 't')),
      409,
    );
    const amended = await run(a, (tx) =>
      addAddendum(tx, s.deps, a, visit.id, 'PPT site was TrP2, not TrP1.', 'therapist-2'),
    );
    expect(amended.addenda).toEqual([
      expect.objectContaining({ text: 'PPT site was TrP2, not TrP1.', authorId: 'therapist-2' }),
    ]);
    expect(amended.subjective).toBe('Neck ache, right side.');
    const versions = await run(a, (tx) => listNoteVersions(tx, a, visit.id));
    expect(versions.map((v) => [v.version, v.subjective])).toEqual([
      [1, ''],
      [2, 'Neck ache.\nSecond line'],
      [3, 'Neck ache, right side.'],
    ]);
    const line = await run(a, (tx) => timeline(tx, a, visit.clientId, { limit: 5 }));
    expect(line.visits[0]).toMatchObject({ noteFirstLine: 'Neck ache, right side.', signed: true });
  });

  test('notes: 16 concurrent edits of one unsigned note give exactly one success per version', async () => {
    const { s, a, run, visit } = await setup();
    let version = 1;
    for (let round = 0; round < 2; round += 1) {
      const results = await Promise.allSettled(
        Array.from({ length: 16 }, (_, i) =>
          run(a, (tx) =>
            saveNote(tx, s.deps, a, visit.id, version, sections(`round ${round} editor ${i}`), `t${i}`),
          ),
        ),
      );
      const ok = results.filter((r) => r.status === 'fulfilled');
      const conflicts = results.filter(
        (r) => r.status === 'rejected' && r.reason instanceof AppError && r.reason.status === 409,
      );
      expect(ok).toHaveLength(1);
      expect(conflicts).toHaveLength(15);
      for (const c of conflicts)
        expect(((c as PromiseRejectedResult).reason as AppError).details).toEqual({
          currentVersion: version + 1,
        });
      version += 1;
    }
    const versions = await run(a, (tx) => listNoteVersions(tx, a, visit.id));
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect((await run(a, (tx) => getNote(tx, a, visit.id))).version).toBe(3);
  });

  test('visits: the timeline pages newest first by cursor; the today list shows today and unsigned', async () => {
    const { s, a, run, zoe, visit } = await setup();
    const more: Visit[] = [];
    for (const day of ['2026-03-09', '2026-03-16', '2026-03-23'])
      more.push(
        await run(a, (tx) => startVisit(tx, s.deps, a, zoe.id, { visitOn: day, fromLast: false }, 't')),
      );
    const first = await run(a, (tx) => timeline(tx, a, zoe.id, { limit: 3 }));
    expect(first.visits.map((v) => v.visitOn)).toEqual(['2026-03-23', '2026-03-16', '2026-03-09']);
    expect(first.next).not.toBeNull();
    const second = await run(a, (tx) =>
      timeline(tx, a, zoe.id, { limit: 3, before: first.next ?? undefined }),
    );
    expect(second).toEqual({ visits: [expect.objectContaining({ id: visit.id })], next: null });
    const note = await run(a, (tx) => getNote(tx, a, more[0]?.id ?? ''));
    await run(a, (tx) => signNote(tx, s.deps, a, more[0]?.id ?? '', note.version, 't'));
    const today = await run(a, (tx) => todayList(tx, a, '2026-03-16'));
    expect(today.today.map((v) => v.visitId)).toEqual([more[1]?.id]);
    expect(today.today[0]).toMatchObject({ clientName: 'Zoë Ó Briain', noteStatus: 'draft' });
    expect(today.awaitingSignature.map((v) => v.visitOn)).toEqual(['2026-03-23', '2026-03-16', '2026-03-02']);
  });

  test('visits isolation: another clinic finds none of a clinic’s visits and cannot change them', async () => {
    const { s, a, b, run, zoe, marta, visit } = await setup();
    await rejectsWith(
      run(b, (tx) => visitPage(tx, b, visit.id)),
      404,
    );
    await rejectsWith(
      run(b, (tx) => timeline(tx, b, zoe.id, { limit: 5 })),
      404,
    );
    await rejectsWith(
      run(b, (tx) => updatePart(tx, s.deps, b, visit.id, 'assessment', 1, { impression: 'x' }, 't')),
      404,
    );
    await rejectsWith(
      run(b, (tx) => saveNote(tx, s.deps, b, visit.id, 1, sections('x'), 't')),
      404,
    );
    await rejectsWith(
      run(b, (tx) => signNote(tx, s.deps, b, visit.id, 1, 't')),
      404,
    );
    await rejectsWith(
      run(b, (tx) => addAddendum(tx, s.deps, b, visit.id, 'x', 't')),
      404,
    );
    await rejectsWith(
      run(b, (tx) => addFinding(tx, s.deps, b, visit.id, FindingInput.parse(findingTrapActive), 't')),
      404,
    );
    await rejectsWith(
      run(b, (tx) => startVisit(tx, s.deps, b, zoe.id, { visitOn: '2026-03-02', fromLast: true }, 't')),
      404,
    );
    // the clinic's own visit is unchanged, and clinic b's own today list holds none of a's visits
    expect((await run(a, (tx) => visitPage(tx, a, visit.id))).note.version).toBe(1);
    await run(b, (tx) =>
      startVisit(tx, s.deps, b, marta.id, { visitOn: '2026-03-02', fromLast: false }, 't'),
    );
    const todayB = await run(b, (tx) => todayList(tx, b, '2026-03-02'));
    expect(todayB.today.map((v) => v.clientId)).toEqual([marta.id]);
    // a transaction scoped to clinic b sees no visit rows of clinic a even without a clinic filter (PostgreSQL RLS)
    if (s.engine === 'postgres') {
      const rows = await run(b, (tx) => tx.selectFrom('visits').select('id').execute());
      expect(rows.map((r) => r.id)).not.toContain(visit.id);
      const notes = await run(b, (tx) => tx.selectFrom('visit_notes').select('visit_id').execute());
      expect(notes.map((r) => r.visit_id)).not.toContain(visit.id);
    }
  });
}
