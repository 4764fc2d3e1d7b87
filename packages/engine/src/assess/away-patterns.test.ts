import { describe, expect, it } from 'vitest';
import { awayPatterns, painRegions, type AwayInput } from './away-patterns.ts';

const none: AwayInput = {
  regions: ['r.shoulder-top', 'r.lateral-neck'],
  fatigue: false,
  poorSleep: false,
  nerveSigns: { sensoryLoss: false, reflexChange: false, progressiveWeakness: false },
  jointSigns: { swelling: false, warmth: false, locking: false, painOnPassiveJointMotion: false },
  predictedMuscles: ['upper-trapezius'],
  palpated: [{ muscle: 'upper-trapezius', tautBand: true }],
};
const widespread = ['l.shoulder-top', 'r.shoulder-top', 'l.anterior-thigh', 'r.shin', 'l.lumbar'];

describe('patterns that point away from trigger points', () => {
  it('counts the five body regions of a drawing', () => {
    expect(painRegions(widespread)).toEqual([
      'axial',
      'left-lower',
      'left-upper',
      'right-lower',
      'right-upper',
    ]);
    expect(painRegions(['l.temple', 'm.vertex', 'x.nowhere'])).toEqual([]);
  });

  it('finds nothing in a regional, one-sided neck and shoulder picture', () => {
    expect(awayPatterns(none)).toEqual([]);
  });

  it('names widespread pain only with fatigue and poor sleep, with a referral and no diagnosis', () => {
    expect(awayPatterns({ ...none, regions: widespread, fatigue: true })).toEqual([]);
    const [p] = awayPatterns({ ...none, regions: widespread, fatigue: true, poorSleep: true });
    expect(p?.id).toBe('widespread-pain');
    expect(p?.seen).toBe('pain drawn in 5 of 5 body regions, with fatigue and poor sleep');
    expect(p?.referral).toMatch(/doctor/);
    expect(`${p?.title} ${p?.seen} ${p?.referral}`).not.toMatch(/fibromyalgia/i);
  });

  it('names nerve-like and joint signs with what was seen', () => {
    const ps = awayPatterns({
      ...none,
      nerveSigns: { ...none.nerveSigns, sensoryLoss: true },
      jointSigns: { ...none.jointSigns, swelling: true, warmth: true },
    });
    expect(ps.map((p) => [p.id, p.seen])).toEqual([
      ['nerve-like-deficit', 'sensory loss'],
      ['joint-signs', 'swelling, warmth'],
    ]);
  });

  it('names a missing taut band only when every palpated predicted muscle lacked one', () => {
    const noBand = { ...none, palpated: [{ muscle: 'upper-trapezius', tautBand: false }] };
    expect(awayPatterns(noBand).map((p) => p.id)).toEqual(['no-band-where-predicted']);
    const unpredicted = { ...none, palpated: [{ muscle: 'levator-scapulae', tautBand: false }] };
    expect(awayPatterns(unpredicted)).toEqual([]);
  });
});
