import { describe, expect, it } from 'vitest';
import { movementContext } from './movement-tests.ts';
import { compareOutcome, scoreOutcome } from './outcome-measures.ts';
import { comparePpt, pptMean } from './ppt.ts';

describe('outcome measures: validated scoring from item answers', () => {
  it('NPRS is the single rating', () => {
    expect(scoreOutcome('nprs', [6])).toEqual({
      ok: true,
      measure: 'nprs',
      score: 6,
      prorated: false,
      answered: 1,
      items: 1,
      percent: null,
    });
    expect(scoreOutcome('nprs', [11])).toMatchObject({
      ok: false,
      problem: 'item 1 must be a whole number 0–10',
    });
    expect(scoreOutcome('nprs', [null])).toMatchObject({ ok: false });
  });

  it('PSFS averages 3–5 activities', () => {
    expect(scoreOutcome('psfs', [3, 4, 6])).toMatchObject({ ok: true, score: 4.3 });
    expect(scoreOutcome('psfs', [3, 4])).toMatchObject({ ok: false, problem: 'needs 3–5 items' });
  });

  it('NDI sums ten 0–5 items to 0–50 and prorates one missing item', () => {
    expect(scoreOutcome('ndi', [1, 2, 3, 1, 0, 2, 1, 3, 2, 1])).toMatchObject({ ok: true, score: 16 });
    expect(scoreOutcome('ndi', [1, 2, 3, 1, 0, 2, 1, 3, 2, null])).toMatchObject({
      ok: true,
      score: 16.7,
      prorated: true,
    });
    expect(scoreOutcome('ndi', [1, 2, 3, 1, 0, 2, 1, 3, null, null])).toMatchObject({ ok: false });
  });

  it('ODI is the percentage of the answered sections’ maximum', () => {
    expect(scoreOutcome('odi', [2, 2, 2, 2, 2, 2, 2, 2, 2, 2])).toMatchObject({ ok: true, score: 40 });
    expect(scoreOutcome('odi', [5, 5, 5, 5, 5, 5, 5, 5, 5, null])).toMatchObject({ ok: true, score: 100 });
  });
});

describe('meaningful change by the MCIDs of clinical-notes §4', () => {
  it('NPRS: 2 points or 30 %', () => {
    expect(compareOutcome('nprs', 6, 4)).toMatchObject({ change: -2, direction: 'better', meaningful: true });
    expect(compareOutcome('nprs', 3, 2)).toMatchObject({ percent: 33.3, meaningful: true });
    expect(compareOutcome('nprs', 7, 6)).toMatchObject({ meaningful: false });
    expect(compareOutcome('nprs', 9, 7)).toMatchObject({ percent: 22.2, meaningful: true });
    expect(compareOutcome('nprs', 4, 7)).toMatchObject({ direction: 'worse', meaningful: true });
  });

  it('PSFS: 2 points up is better', () => {
    expect(compareOutcome('psfs', 4, 6)).toMatchObject({ direction: 'better', meaningful: true });
    expect(compareOutcome('psfs', 4, 5.9)).toMatchObject({ meaningful: false });
  });

  it('NDI: 10 of 50 points; ODI: 10 points or 30 %', () => {
    expect(compareOutcome('ndi', 24, 15)).toMatchObject({ meaningful: false });
    expect(compareOutcome('ndi', 24, 14)).toMatchObject({ meaningful: true, threshold: '≥ 10 points' });
    expect(compareOutcome('odi', 20, 14)).toMatchObject({ meaningful: true });
    expect(compareOutcome('odi', 40, 32)).toMatchObject({ meaningful: false });
  });
});

describe('pressure pain threshold', () => {
  it('averages three trials', () => {
    expect(pptMean([3.1, 3.4, 3.0])).toBe(3.17);
    expect(() => pptMean([3, 3])).toThrow(/3 trials/);
    expect(() => pptMean([3, 3, -1])).toThrow(/0–20/);
  });
  it('flags a change of 1.5 kg/cm² or more as probably real', () => {
    expect(comparePpt(2.5, 4).verdict).toBe('probably real');
    expect(comparePpt(2.5, 3.9).verdict).toBe('within measurement error');
  });
});

describe('movement tests in context', () => {
  it('shows the age band reference, the change from last time and the other side, never a verdict', () => {
    const c = movementContext('cervical.rotation', 50, { last: 62, otherSide: 70, age: 45 });
    expect(c.reference?.degrees).toBe('57–63°');
    expect(c.vsLast).toEqual({ last: 62, change: -12, beyondError: true });
    expect(c.vsOtherSide).toEqual({ other: 70, difference: -20 });
    expect(JSON.stringify(c)).not.toMatch(/pass|fail|abnormal/i);
  });
  it('keeps graded findings and movements without a reference', () => {
    const c = movementContext('jaw.opening', 'limited', { last: 'full' });
    expect(c.reference).toBeNull();
    expect(c.vsLast).toEqual({ last: 'full', change: null, beyondError: null });
  });
  it('lumbar changes are judged against the client’s own baseline only', () => {
    expect(movementContext('trunk.flexion', 30, { last: 45 }).vsLast?.beyondError).toBeNull();
  });
});
