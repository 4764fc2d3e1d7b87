import { loadAtlas, resolveRelativeRegion, type Side } from '@myomap/atlas';
import { describe, expect, it } from 'vitest';
import { generateCards, PRACTICE_TUNE_CASES, practiceCards, screenRedFlags } from '../index.ts';
import type { PracticeCard } from './card-types.ts';

const atlas = loadAtlas();
const cards = practiceCards(atlas);
const of = <T extends PracticeCard['type']>(type: T) =>
  cards.filter((c): c is Extract<PracticeCard, { type: T }> => c.type === type);

/** The atlas pattern of a muscle computed here from the raw entries, not through the practice code. */
function rawPattern(muscleId: string) {
  const m = atlas.muscleById.get(muscleId);
  if (m === undefined) throw new Error(`no muscle ${muscleId}`);
  const side: Side = m.paired ? 'r' : 'm';
  const zone = (tp: (typeof m.triggerPoints)[number], z: 'essential' | 'spillover') =>
    new Set(tp.referral.filter((r) => r.zone === z).flatMap((r) => resolveRelativeRegion(r.region, side)));
  const perTp = m.triggerPoints.map((tp) => [...zone(tp, 'essential')].sort());
  const fullPerTp = m.triggerPoints.map((tp) => {
    const e = zone(tp, 'essential');
    return {
      essential: [...e].sort(),
      spillover: [...zone(tp, 'spillover')].filter((id) => !e.has(id)).sort(),
    };
  });
  const locations = [
    ...new Set(m.triggerPoints.flatMap((tp) => resolveRelativeRegion(tp.location.region, side))),
  ].sort();
  return { perTp, fullPerTp, essential: [...new Set(perTp.flat())].sort(), locations };
}

describe('practice card generation', () => {
  it('covers every muscle of the atlas, with a paint, a find and a which-muscle card each', () => {
    for (const m of atlas.muscles) {
      const mine = cards.filter((c) => 'muscleId' in c && c.muscleId === m.id).map((c) => c.type);
      expect(mine, m.id).toContain('find-trigger-point');
      if (rawPattern(m.id).essential.length > 0) {
        expect(mine, m.id).toContain('paint-pattern');
        expect(mine, m.id).toContain('which-muscle');
      }
    }
    expect(new Set(cards.map((c) => c.type)).size).toBe(6);
  });

  it('gives stable, unique ids derived from content', () => {
    const again = generateCards(atlas, PRACTICE_TUNE_CASES).map((c) => c.id);
    expect(again).toEqual(cards.map((c) => c.id));
    expect(new Set(again).size).toBe(again.length);
    expect(again).toContain('paint-pattern:infraspinatus');
  });

  it('which-muscle: every accepted answer really refers exactly the shown pattern', () => {
    for (const c of of('which-muscle')) {
      expect(c.accepted).toContain(c.muscleId);
      for (const id of c.accepted)
        expect(rawPattern(id).fullPerTp, `${c.id} ${id}`).toContainEqual({
          essential: c.essential,
          spillover: c.spillover,
        });
    }
  });

  it('paint and find answers equal the atlas essential zone and trigger point locations', () => {
    for (const c of of('paint-pattern')) expect(c.essential, c.id).toEqual(rawPattern(c.muscleId).essential);
    for (const c of of('find-trigger-point'))
      expect(c.locations, c.id).toEqual(rawPattern(c.muscleId).locations);
  });

  it('tell-apart shows the answer’s own pattern, different from the other muscle’s and overlapping it', () => {
    for (const c of of('tell-apart')) {
      const mine = rawPattern(c.muscleId).essential;
      const other = rawPattern(c.otherId).essential;
      expect(c.essential).toEqual(mine);
      expect(other).not.toEqual(mine);
      expect(
        mine.some((id) => other.includes(id)),
        c.id,
      ).toBe(true);
    }
  });

  it('read-drawing: atlas cards contain their muscle; case cards come from tuning cases only', () => {
    const tune = new Map(PRACTICE_TUNE_CASES.map((c) => [c.id, c]));
    for (const c of of('read-drawing')) {
      for (const id of c.expected) expect(atlas.muscleById.has(id), id).toBe(true);
      const key = c.id.slice('read-drawing:'.length);
      if (c.origin === 'atlas') expect(c.expected).toContain(key.slice('atlas.'.length));
      else {
        const source = tune.get(key.slice('case.'.length));
        expect(source?.split, c.id).toBe('tune');
        expect(c.expected).toEqual(source?.expected.slice(0, 3));
      }
    }
    const holdout = generateCards(atlas, [{ ...PRACTICE_TUNE_CASES[0]!, id: 'held', split: 'holdout' }]);
    expect(holdout.some((c) => c.id.includes('held'))).toBe(false);
  });

  it('stop-or-go answers are what the red-flag screen calls for, across all three decisions', () => {
    const want = { emergency: 'refer', urgent: 'refer', refer: 'refer', caution: 'modify', none: 'treat' };
    for (const c of of('stop-or-go')) {
      const tier =
        screenRedFlags({ drawing: c.drawing, flags: c.redFlags, symptoms: c.symptoms }).notice?.tier ??
        'none';
      expect(c.expected, c.id).toBe(want[tier]);
    }
    expect(new Set(of('stop-or-go').map((c) => c.expected))).toEqual(new Set(['treat', 'modify', 'refer']));
  });

  it('starts a beginner on primary-culprit patterns', () => {
    const paint = of('paint-pattern').find((c) => c.muscleId === 'upper-trapezius');
    expect(paint?.difficulty).toBe(1);
  });
});
