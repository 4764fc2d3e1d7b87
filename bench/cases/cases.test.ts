import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { regionById } from '@myomap/atlas/regions';
import { CASE_CATEGORIES, EvalCaseSchema, type EvalCase } from './case-schema.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Minimum number of cases per category file. */
const MINIMUMS: Record<(typeof CASE_CATEGORIES)[number], number> = {
  'single-area': 25,
  'multi-area': 20,
  'chasing-pain': 20,
  evidence: 15,
  'bilateral-midline': 12,
  'red-flag': 12,
};

const jsonFiles = readdirSync(here)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Every file's raw array, keyed by file name. */
const raw = new Map<string, unknown[]>(
  jsonFiles.map((f) => {
    const parsed: unknown = JSON.parse(readFileSync(join(here, f), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${f} must hold a JSON array`);
    return [f, parsed];
  }),
);

/** Every case, validated, keyed by file name. */
const byFile = new Map<string, EvalCase[]>(
  [...raw].map(([f, arr]) => [f, arr.map((c) => EvalCaseSchema.parse(c))]),
);
const allCases = [...byFile.values()].flat();

describe('evaluation cases', () => {
  it('every case validates against EvalCaseSchema', () => {
    for (const [file, arr] of raw) {
      arr.forEach((c, i) => {
        const result = EvalCaseSchema.safeParse(c);
        expect(result.success, `${file}[${i}]: ${result.success ? '' : result.error.message}`).toBe(true);
      });
    }
  });

  it('has one file per category and each file holds only its own category', () => {
    expect(jsonFiles).toEqual([...CASE_CATEGORIES].map((c) => `${c}.json`).sort());
    for (const [file, cases] of byFile) {
      const category = file.replace(/\.json$/, '');
      for (const c of cases) expect(c.category, c.id).toBe(category);
    }
  });

  it('ids are unique', () => {
    const ids = allCases.map((c) => c.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('has at least 110 cases and the minimum per category', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(110);
    for (const category of CASE_CATEGORIES) {
      const n = allCases.filter((c) => c.category === category).length;
      expect(n, category).toBeGreaterThanOrEqual(MINIMUMS[category]);
    }
  });

  it('every drawn region exists and is drawn once per case', () => {
    for (const c of allCases) {
      for (const entry of c.drawing)
        expect(regionById(entry.region), `${c.id}: ${entry.region}`).toBeDefined();
      const regions = c.drawing.map((e) => e.region);
      expect(new Set(regions).size, c.id).toBe(regions.length);
    }
  });

  it('every muscle in expected and mustInclude exists in the atlas', () => {
    const { muscleById } = loadAtlas();
    for (const c of allCases) {
      for (const id of [...c.expected, ...c.mustInclude])
        expect(muscleById.has(id), `${c.id}: ${id}`).toBe(true);
    }
  });

  it('expected lists 2–5 distinct muscles (red-flag cases may be empty) and mustInclude ⊆ expected', () => {
    for (const c of allCases) {
      expect(new Set(c.expected).size, c.id).toBe(c.expected.length);
      if (c.category === 'red-flag')
        expect(c.expected.length === 0 || c.expected.length >= 2, c.id).toBe(true);
      else expect(c.expected.length >= 2 && c.expected.length <= 5, c.id).toBe(true);
      expect(c.expected.length, c.id).toBeLessThanOrEqual(5);
      if (c.category !== 'red-flag') expect(c.mustInclude.length, c.id).toBeGreaterThanOrEqual(1);
      for (const id of c.mustInclude) expect(c.expected, `${c.id}: mustInclude ${id}`).toContain(id);
    }
  });

  it('expectedSide is set only for one-sided drawings and matches the drawn side', () => {
    for (const c of allCases) {
      const sides = new Set(c.drawing.map((e) => e.region.slice(0, 1)));
      const lateral = [...sides].filter((s) => s !== 'm');
      if (lateral.length === 2) expect(c.expectedSide, `${c.id} is drawn on both sides`).toBeUndefined();
      if (c.expectedSide === 'l' || c.expectedSide === 'r') expect(lateral, c.id).toEqual([c.expectedSide]);
    }
  });

  it('red-flag cases carry a tier and at least one red flag; other cases carry none', () => {
    for (const c of allCases) {
      if (c.category === 'red-flag') {
        expect(c.expectedRedFlagTier, c.id).toBeDefined();
        expect(c.evidence?.redFlags?.length ?? 0, c.id).toBeGreaterThanOrEqual(1);
      } else {
        expect(c.expectedRedFlagTier, c.id).toBeUndefined();
        expect(c.evidence?.redFlags ?? [], c.id).toEqual([]);
      }
    }
  });

  it('evidence cases carry evidence', () => {
    for (const c of allCases.filter((x) => x.category === 'evidence')) {
      const e = c.evidence ?? {};
      const n = (e.movements?.length ?? 0) + (e.activities?.length ?? 0) + (e.symptoms?.length ?? 0);
      expect(n, c.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('both sides of the body are represented among one-sided cases', () => {
    const sides = allCases.map((c) => c.expectedSide).filter((s) => s === 'l' || s === 'r');
    expect(sides.filter((s) => s === 'l').length).toBeGreaterThanOrEqual(20);
    expect(sides.filter((s) => s === 'r').length).toBeGreaterThanOrEqual(20);
  });
});
