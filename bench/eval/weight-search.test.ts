import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { DEFAULT_WEIGHTS, type RankWeights } from '@myomap/engine';
import { splitCases } from './families.ts';
import { loadTuningCases } from './load-cases.ts';
import { evaluate, KNOBS, searchWeights } from './weight-search.ts';

const atlas = loadAtlas();
const all = loadTuningCases();
const split = splitCases(all);
const tune = all.filter((c) => split.get(c.id) === 'tune');
const differsFromShipped = (w: RankWeights): string[] =>
  KNOBS.filter((k) => k.get(w) !== k.get(DEFAULT_WEIGHTS))
    .map((k) => k.name)
    .sort();

/** The bench files a module imports, followed through relative imports (what it can read). */
function importClosure(start: URL): string[] {
  const seen = new Set<string>();
  const visit = (url: URL): void => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    for (const m of readFileSync(url, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g))
      visit(new URL(m[1] ?? '', url));
  };
  visit(start);
  return [...seen];
}

describe('tuning never reads blind set 4', () => {
  it('neither tune.ts nor this search imports the blind-4 loader or names its folder', () => {
    const files = [
      ...importClosure(new URL('../tune.ts', import.meta.url)),
      ...importClosure(new URL('./weight-search.ts', import.meta.url)),
      ...importClosure(new URL('./load-cases.ts', import.meta.url)),
      // the practice deck is copied from tuning cases: it must not reach the blind set either
      ...importClosure(new URL('../practice-cases.ts', import.meta.url)),
    ];
    expect(files.some((f) => f.endsWith('/bench/eval/families.ts'))).toBe(true);
    for (const f of files) {
      expect(f, 'imports the blind-4 loader').not.toMatch(/\/eval\/blind\.ts$/);
      expect(readFileSync(new URL(f), 'utf8'), f).not.toMatch(/blind-4|blind4|BLIND_4/i);
    }
    expect(all.some((c) => c.id.startsWith('blind4-'))).toBe(false);
    // the retired sets are tuning data now
    expect(all.some((c) => c.id.startsWith('blind2-'))).toBe(true);
    expect(all.some((c) => c.id.startsWith('blind3-'))).toBe(true);
  });
});

describe('the weight search', () => {
  it('tries the shipped value of every knob', () => {
    for (const k of KNOBS) expect(k.values, k.name).toContain(k.get(DEFAULT_WEIGHTS));
  });

  it('on all tuning cases, reproducibly picks the shipped weights', () => {
    const a = searchWeights(all, atlas, 1);
    const b = searchWeights(all, atlas, 1);
    expect(b.weights).toEqual(a.weights);
    expect(b.moves).toEqual(a.moves);
    expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
    expect(differsFromShipped(a.weights)).toEqual([]);
  });

  it('on the tune half alone, picks the shipped weights or a set that does no better on the check half', () => {
    // Since blind set 1 joined the tuning cases (2026-12-03) the tune half alone moves localDiscount and
    // localCredit, and that pick loses MRR on the check half; since blind set 3 joined (same day) it moves
    // evidence.movement 0.4 -> 0.55, which gains on the tune half and leaves the check half where it is:
    // the shipped weights, picked on all tuning cases, are the ones that hold up. Should a tune-half pick
    // ever do better on the check half, the shipped weights need another look.
    const check = all.filter((c) => split.get(c.id) === 'check');
    const picked = searchWeights(tune, atlas, 1).weights;
    if (differsFromShipped(picked).length === 0) return;
    const onCheck = (w: RankWeights): number => evaluate(check, atlas, w).mrr;
    expect(onCheck(picked)).toBeLessThanOrEqual(onCheck(DEFAULT_WEIGHTS));
  });
});
