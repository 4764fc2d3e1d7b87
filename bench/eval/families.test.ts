import { describe, expect, it } from 'vitest';
import type { TuningCase } from '../cases/case-schema.ts';
import { families, fnv1a, nearTwins, splitCases, splitOfFamily } from './families.ts';
import { loadTuningCases } from './load-cases.ts';

type EvalCase = TuningCase;
const cases = loadTuningCases();

// The relations, written out again here on purpose (not through FAMILY_KEYS): if the family code
// forgets one, a related pair lands on both sides and this test fails.
const regionsOf = (c: EvalCase): string[] => [...new Set(c.drawing.map((d) => d.region))].sort();
const mirror = (id: string): string => id.replace(/^l\./, 'R.').replace(/^r\./, 'l.').replace(/^R\./, 'r.');
const related = (a: EvalCase, b: EvalCase): string | undefined => {
  const ra = regionsOf(a).join();
  if (ra === regionsOf(b).join()) return 'same drawing';
  if (ra === regionsOf(b).map(mirror).sort().join()) return 'mirror image';
  if (a.sourcePage === b.sourcePage) return 'same source page';
  const places = (c: EvalCase): string[] => [...new Set(c.drawing.map((d) => d.region.slice(2)))].sort();
  const answer = (c: EvalCase): string =>
    [...(c.mustInclude.length > 0 ? c.mustInclude : c.expected.slice(0, 1))].sort().join();
  if (answer(a) === '' || answer(a) !== answer(b)) return undefined;
  if (places(a).join() === places(b).join()) return 'same answer, same regions';
  const shared = places(a).filter((p) => places(b).includes(p)).length;
  if (shared >= 2 || shared === Math.min(places(a).length, places(b).length))
    return 'same answer, one drawing within the other or two places shared';
  return undefined;
};

const base: EvalCase = {
  id: 'a',
  category: 'single-area',
  description: 'a test case only',
  drawing: [{ region: 'r.temple', intensity: 5 }],
  expected: ['temporalis', 'upper-trapezius'],
  mustInclude: ['temporalis'],
  origin: 'ours',
  sourcePage: 'simons-1999|page 1',
};

describe('families and the split', () => {
  it('no family straddles the split: every related pair of cases is on one side', () => {
    const split = splitCases(cases);
    const straddling: string[] = [];
    for (let i = 0; i < cases.length; i++)
      for (let j = i + 1; j < cases.length; j++) {
        const a = cases[i] as EvalCase;
        const b = cases[j] as EvalCase;
        const why = related(a, b);
        if (why !== undefined && split.get(a.id) !== split.get(b.id))
          straddling.push(`${a.id} / ${b.id} (${why})`);
      }
    expect(straddling).toEqual([]);
  });

  it('links mirror images, same drawings, same source pages and same answers over the same regions', () => {
    const mirrorCase: EvalCase = {
      ...base,
      id: 'b',
      drawing: [{ region: 'l.temple', intensity: 3 }],
      sourcePage: 'simons-1999|y',
    };
    const samePage: EvalCase = {
      ...base,
      id: 'c',
      drawing: [{ region: 'r.occiput', intensity: 3 }],
      mustInclude: [],
      expected: ['a1', 'a2'],
    };
    const sameAnswer: EvalCase = {
      ...base,
      id: 'd',
      drawing: [
        { region: 'l.temple', intensity: 3 },
        { region: 'r.temple', intensity: 3 },
      ],
      sourcePage: 'simons-1999|w',
    };
    const stranger: EvalCase = {
      ...base,
      id: 'e',
      drawing: [{ region: 'r.lumbar', intensity: 3 }],
      mustInclude: ['x'],
      expected: ['x', 'y'],
      sourcePage: 'simons-1999|q',
    };
    const f = families([base, mirrorCase, samePage, sameAnswer, stranger]);
    expect([f.get('a'), f.get('b'), f.get('c'), f.get('d')]).toEqual(['a', 'a', 'a', 'a']);
    expect(f.get('e')).toBe('e');
  });

  it('links near twins: the same answer over a drawing within the other or sharing two places', () => {
    const at = (id: string, regions: string[], page: string): EvalCase => ({
      ...base,
      id,
      drawing: regions.map((region) => ({ region, intensity: 4 })),
      sourcePage: page,
    });
    const wide = at('w1', ['l.temple', 'l.jaw-angle', 'l.mastoid'], 'p1');
    const within = at('w2', ['r.temple'], 'p2');
    const twoShared = at('w3', ['r.jaw-angle', 'r.mastoid', 'r.occiput'], 'p3');
    const oneShared = at('w4', ['r.mastoid', 'r.occiput'], 'p4');
    expect(nearTwins(wide, within)).toBe(true);
    expect(nearTwins(wide, twoShared)).toBe(true);
    expect(nearTwins(within, oneShared)).toBe(false);
    expect(nearTwins(wide, { ...within, mustInclude: ['masseter-superficial'] })).toBe(false);
    const f = families([within, oneShared]);
    expect(f.get('w4')).toBe('w4');
    expect(families([wide, within]).get('w2')).toBe('w1');
  });

  it('holds our cases and the retired blind sets 1, 2 and 3, never a blind-4 case', () => {
    expect(cases.filter((c) => c.origin === 'retired-blind-1').length).toBe(100);
    expect(cases.filter((c) => c.origin === 'retired-blind-2').length).toBe(104);
    expect(cases.filter((c) => c.origin === 'retired-blind-3').length).toBe(84);
    expect(cases.filter((c) => c.id.startsWith('blind4-'))).toEqual([]);
  });

  it('splits by a seeded hash, reproducibly, into two halves of a fair size', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    const split = splitCases(cases);
    expect(splitCases(cases)).toEqual(split);
    const tune = [...split.values()].filter((s) => s === 'tune').length;
    expect(tune / cases.length).toBeGreaterThan(0.35);
    expect(tune / cases.length).toBeLessThan(0.65);
    // another seed gives another split
    expect(splitCases(cases, 'another seed')).not.toEqual(split);
    expect(['tune', 'check']).toContain(splitOfFamily('x'));
  });
});
