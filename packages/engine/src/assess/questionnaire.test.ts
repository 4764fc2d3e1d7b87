import { describe, expect, it } from 'vitest';
import { NDI_QUESTIONNAIRE } from './ndi-items.ts';
import { ODI_QUESTIONNAIRE } from './odi-items.ts';
import { OUTCOME_MEASURES, scoreOutcome, type OutcomeMeasureId } from './outcome-measures.ts';

const ten = (n: number) => Array.from({ length: 10 }, () => n);

/** [measure, answers, expected]: expected is the score, percent and answered count, or the problem. */
const CASES: readonly [
  OutcomeMeasureId,
  readonly (number | null)[],
  { score: number; percent: number | null; answered: number; prorated: boolean } | string,
][] = [
  // NDI: the sum of ten 0–5 items (0–50), ×2 as a percentage; one missing item prorated
  ['ndi', ten(0), { score: 0, percent: 0, answered: 10, prorated: false }],
  ['ndi', ten(5), { score: 50, percent: 100, answered: 10, prorated: false }],
  ['ndi', [1, 2, 3, 1, 0, 2, 1, 3, 2, 1], { score: 16, percent: 32, answered: 10, prorated: false }],
  ['ndi', [1, 2, 3, 1, 0, 2, 1, 3, 2, null], { score: 16.7, percent: 33.4, answered: 9, prorated: true }],
  ['ndi', [null, 5, 5, 5, 5, 5, 5, 5, 5, 5], { score: 50, percent: 100, answered: 9, prorated: true }],
  ['ndi', [1, 2, 3, 1, 0, 2, 1, 3, null, null], '2 items unanswered (at most 1)'],
  ['ndi', [1, 2, 3, 1, 0, 2, 1, 3, 2], 'needs 10 items'],
  ['ndi', [1, 2, 3, 1, 6, 2, 1, 3, 2, 1], 'item 5 must be a whole number 0–5'],
  // ODI: sum ÷ (5 × sections answered) × 100; one section may be left out
  ['odi', ten(0), { score: 0, percent: 0, answered: 10, prorated: false }],
  ['odi', ten(2), { score: 40, percent: 40, answered: 10, prorated: false }],
  ['odi', [1, 2, 3, 4, 5, 0, 1, 2, 3, null], { score: 46.7, percent: 46.7, answered: 9, prorated: true }],
  ['odi', [5, 5, 5, 5, 5, 5, 5, null, 5, 5], { score: 100, percent: 100, answered: 9, prorated: true }],
  ['odi', [1, 1, 1, 1, 1, 1, 1, null, 1, null], '2 items unanswered (at most 1)'],
  ['odi', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1.5], 'item 10 must be a whole number 0–5'],
  // PSFS: the mean of 3–5 activities rated 0–10; every named activity needs its rating
  ['psfs', [3, 4, 6], { score: 4.3, percent: null, answered: 3, prorated: false }],
  ['psfs', [0, 10, 5, 5, 7], { score: 5.4, percent: null, answered: 5, prorated: false }],
  ['psfs', [3, 4, null], '1 item unanswered (at most 0)'],
  ['psfs', [3, 4], 'needs 3–5 items'],
  ['psfs', [3, 4, 5, 6, 7, 8], 'needs 3–5 items'],
  ['psfs', [3, 4, 11], 'item 3 must be a whole number 0–10'],
  // NPRS: the one rating
  ['nprs', [0], { score: 0, percent: null, answered: 1, prorated: false }],
  ['nprs', [null], '1 item unanswered (at most 0)'],
];

describe('questionnaire scoring (table)', () => {
  it.each(CASES.map((c, i) => [i, ...c] as const))('#%i %s %j', (_i, measure, answers, expected) => {
    const got = scoreOutcome(measure, answers);
    if (typeof expected === 'string') expect(got).toEqual({ ok: false, measure, problem: expected });
    else expect(got).toEqual({ ok: true, measure, items: answers.length, ...expected });
  });
});

describe('questionnaire items as data', () => {
  it.each([NDI_QUESTIONNAIRE, ODI_QUESTIONNAIRE])(
    '$title: ten sections of six distinct answers, as many as the scoring expects',
    (q) => {
      expect(q.sections).toHaveLength(OUTCOME_MEASURES[q.measure].items.max);
      expect(new Set(q.sections.map((s) => s.id)).size).toBe(q.sections.length);
      for (const s of q.sections) {
        expect(s.answers).toHaveLength(OUTCOME_MEASURES[q.measure].items.itemMax + 1);
        expect(new Set(s.answers).size, s.id).toBe(6);
        for (const a of [s.topic, s.question, ...s.answers]) expect(a.trim().length, s.id).toBeGreaterThan(0);
      }
    },
  );

  it('the sections are the published topics, in order', () => {
    expect(NDI_QUESTIONNAIRE.sections.map((s) => s.id)).toEqual([
      'pain-intensity',
      'personal-care',
      'lifting',
      'reading',
      'headaches',
      'concentration',
      'work',
      'driving',
      'sleeping',
      'recreation',
    ]);
    expect(ODI_QUESTIONNAIRE.sections.map((s) => s.id)).toEqual([
      'pain-intensity',
      'personal-care',
      'lifting',
      'walking',
      'sitting',
      'standing',
      'sleeping',
      'sex-life',
      'social-life',
      'travelling',
    ]);
  });
});
