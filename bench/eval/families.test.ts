import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../cases/case-schema.ts';
import { families, fnv1a, splitCases, splitOfFamily } from './families.ts';
import { loadCases } from './load-cases.ts';

const cases = loadCases();

// The relations, written out again here on purpose (not through FAMILY_KEYS): if the family code
// forgets one, a related pair lands on both sides and this test fails.
const regionsOf = (c: EvalCase): string[] => [...new Set(c.drawing.map((d) => d.region))].sort();
const mirror = (id: string): string => id.replace(/^l\./, 'R.').replace(/^r\./, 'l.').replace(/^R\./, 'r.');
const related = (a: EvalCase, b: EvalCase): string | undefined => {
  const ra = regionsOf(a).join();
  if (ra === regionsOf(b).join()) return 'same drawing';
  if (ra === regionsOf(b).map(mirror).sort().join()) return 'mirror image';
  if (a.source.work === b.source.work && a.source.locator === b.source.locator) return 'same source page';
  const places = (c: EvalCase): string => [...new Set(c.drawing.map((d) => d.region.slice(2)))].sort().join();
  const answer = (c: EvalCase): string =>
    [...(c.mustInclude.length > 0 ? c.mustInclude : c.expected.slice(0, 1))].sort().join();
  if (places(a) === places(b) && answer(a) === answer(b)) return 'same answer, same regions';
  return undefined;
};

const base: EvalCase = {
  id: 'a',
  category: 'single-area',
  description: 'a test case only',
  drawing: [{ region: 'r.temple', intensity: 5 }],
  expected: ['temporalis', 'upper-trapezius'],
  mustInclude: ['temporalis'],
  source: { work: 'simons-1999', locator: 'page 1' },
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
      source: { work: 'simons-1999', locator: 'y' },
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
      source: { work: 'simons-1999', locator: 'w' },
    };
    const stranger: EvalCase = {
      ...base,
      id: 'e',
      drawing: [{ region: 'r.lumbar', intensity: 3 }],
      mustInclude: ['x'],
      expected: ['x', 'y'],
      source: { work: 'simons-1999', locator: 'q' },
    };
    const f = families([base, mirrorCase, samePage, sameAnswer, stranger]);
    expect([f.get('a'), f.get('b'), f.get('c'), f.get('d')]).toEqual(['a', 'a', 'a', 'a']);
    expect(f.get('e')).toBe('e');
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
