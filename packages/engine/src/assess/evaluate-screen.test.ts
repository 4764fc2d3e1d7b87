import { RED_FLAGS, type RedFlagTier } from '@myomap/atlas';
import { describe, expect, it } from 'vitest';
import {
  currentAnswers,
  evaluateScreen,
  everyVisitQuestions,
  flagsInText,
  questionTier,
} from './evaluate-screen.ts';
import { INTAKE_QUESTIONS, intakeQuestion, type IntakeQuestion } from './intake-questions.ts';

const tierOf = (id: string): RedFlagTier => {
  const q = intakeQuestion(id);
  if (q === undefined) throw new Error(id);
  return questionTier(q);
};

describe('intake questions (data integrity)', () => {
  it('have unique ids, plain text and known atlas flags', () => {
    const ids = INTAKE_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of INTAKE_QUESTIONS) {
      expect(q.text).toMatch(/\?$/);
      expect(q.source.length).toBeGreaterThan(0);
      for (const f of q.flags) expect(Object.keys(RED_FLAGS)).toContain(f);
      if (q.flags.length === 0) expect(q.tier).toBeDefined();
    }
  });

  it('ask about every atlas red flag except the chest-pain companions asked together', () => {
    const asked = new Set(INTAKE_QUESTIONS.flatMap((q) => q.flags));
    const missing = Object.keys(RED_FLAGS).filter((id) => !asked.has(id as keyof typeof RED_FLAGS));
    expect(missing.sort()).toEqual(['nausea-with-pain', 'pain-on-exertion']);
  });

  it('cover all four tiers, most serious first', () => {
    const tiers = INTAKE_QUESTIONS.map(questionTier);
    expect(new Set(tiers)).toEqual(new Set(['emergency', 'urgent', 'refer', 'caution']));
    const order = ['emergency', 'urgent', 'refer', 'caution'];
    const idx = tiers.map((t) => order.indexOf(t));
    expect(idx).toEqual([...idx].sort((a, b) => a - b));
  });
});

describe('questionTier takes tiers from the shared red-flag screen', () => {
  it.each([
    ['chest-pain-now', 'emergency'],
    ['stroke-signs', 'emergency'],
    ['worst-headache', 'emergency'],
    ['saddle-bladder', 'urgent'],
    ['calf-swollen', 'urgent'],
    ['dizzy-vision-swallow', 'urgent'],
    ['weight-loss', 'refer'],
    // alone a caution: the DVT combination rule makes it urgent with a swollen calf
    ['recent-immobilisation', 'caution'],
    ['new-headache-jaw', 'urgent'],
    ['blood-thinners', 'caution'],
    ['pregnant', 'caution'],
    ['skin-wound', 'caution'],
  ] as const)('%s → %s', (id, tier) => {
    expect(tierOf(id)).toBe(tier);
  });
});

describe('evaluateScreen', () => {
  it.each([
    // answers, blocked, stop today, top tier
    [{}, false, false, undefined],
    [{ 'chest-pain-now': 'no', 'blood-thinners': 'no' }, false, false, undefined],
    [{ 'chest-pain-now': 'yes' }, true, true, 'emergency'],
    [{ 'calf-swollen': 'yes' }, true, true, 'urgent'],
    [{ 'night-pain': 'yes' }, true, false, 'refer'],
    [{ 'blood-thinners': 'yes' }, true, false, 'caution'],
    [{ 'skin-wound': 'yes' }, false, false, 'caution'],
    [{ 'skin-wound': 'yes', 'weight-loss': 'yes' }, true, false, 'refer'],
  ] as const)('%j → blocked %s, stop %s, tier %s', (answers, blocked, stop, tier) => {
    const r = evaluateScreen({ answers });
    expect(r.triggerPointWorkBlocked).toBe(blocked);
    expect(r.stopTreatmentToday).toBe(stop);
    expect(r.tier).toBe(tier);
  });

  it('shows the action plainly and puts the most serious finding first', () => {
    const r = evaluateScreen({ answers: { 'skin-wound': 'yes', 'stroke-signs': 'yes' } });
    expect(r.findings.map((f) => f.questionId)).toEqual(['stroke-signs', 'skin-wound']);
    expect(r.findings[0]?.action).toMatch(/Call emergency services now/);
    expect(r.findings[1]?.action).toMatch(/Keep off the area/);
  });

  it('lifts a block once a clearance is recorded for that question, and only that one', () => {
    const answers = { 'blood-thinners': 'yes', 'weight-loss': 'yes' } as const;
    const one = evaluateScreen({ answers }, [{ questionId: 'blood-thinners', recordedAt: '2026-03-02' }]);
    expect(one.findings.find((f) => f.questionId === 'blood-thinners')?.cleared).toBe(true);
    expect(one.triggerPointWorkBlocked).toBe(true);
    const both = evaluateScreen({ answers }, [
      { questionId: 'blood-thinners', recordedAt: '2026-03-02' },
      { questionId: 'weight-loss', recordedAt: '2026-03-02' },
    ]);
    expect(both.triggerPointWorkBlocked).toBe(false);
  });

  it('does not let an old clearance lift a "yes" given again at a later re-screen', () => {
    const r = evaluateScreen(
      { answers: { pregnant: 'yes' }, yesSince: { pregnant: '2026-05-01T00:00:00Z' } },
      [{ questionId: 'pregnant', recordedAt: '2026-03-01T00:00:00Z' }],
    );
    expect(r.triggerPointWorkBlocked).toBe(true);
  });

  it('counts history facts: an anticoagulant medication and a recorded pregnancy', () => {
    const r = evaluateScreen({ answers: {}, takesAnticoagulant: true, pregnant: true });
    expect(r.findings.map((f) => [f.questionId, f.from])).toEqual([
      ['blood-thinners', 'history'],
      ['pregnant', 'history'],
    ]);
  });

  it('reads red flags in free text with the finder’s reader (one rule set)', () => {
    expect(flagsInText(['unexplained weight loss since spring'])).toContain('unexplained-weight-loss');
    const r = evaluateScreen({ answers: { 'weight-loss': 'no' }, freeText: ['unexplained weight loss'] });
    expect(r.findings[0]).toMatchObject({ questionId: 'weight-loss', from: 'text', tier: 'refer' });
  });

  it('lists unanswered questions', () => {
    const r = evaluateScreen({ answers: { 'chest-pain-now': 'no' } });
    expect(r.unanswered).not.toContain('chest-pain-now');
    expect(r.unanswered.length).toBe(INTAKE_QUESTIONS.length - 1);
  });
});

describe('re-screen', () => {
  it('newest answer wins', () => {
    expect(currentAnswers({ a: 'no', b: 'yes' }, [{ a: 'yes' }, { b: 'no' }])).toEqual({ a: 'yes', b: 'no' });
  });
  it('re-asks the emergency and same-day questions at every visit', () => {
    const ids = everyVisitQuestions().map((q) => q.id);
    for (const q of INTAKE_QUESTIONS)
      if (['emergency', 'urgent'].includes(questionTier(q))) expect(ids).toContain(q.id);
  });
});

describe('combination rules across answers and age', () => {
  const questions = [
    {
      id: 'new-headache',
      text: 'Is this a new kind of headache?',
      flags: ['new-headache'],
      tier: 'caution',
      everyVisit: true,
      source: 'test',
    },
  ] as const satisfies readonly IntakeQuestion[];

  it("a new headache is a caution alone and a referral over 50, by the finder's rule", () => {
    const answers = { 'new-headache': 'yes' } as const;
    expect(evaluateScreen({ answers }, [], questions).tier).toBe('caution');
    expect(evaluateScreen({ answers, age: 45 }, [], questions).tier).toBe('caution');
    const older = evaluateScreen({ answers, age: 72 }, [], questions);
    expect(older.tier).toBe('refer');
    expect(older.findings[0]).toMatchObject({
      from: 'rule',
      tier: 'refer',
      questionId: 'rule:new-headache-over-50',
    });
  });
});
