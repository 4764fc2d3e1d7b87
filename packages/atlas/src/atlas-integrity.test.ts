import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load-atlas.ts';
import { regionKindByKey } from './regions/regions.ts';
import { readMuscleIdTable } from './muscle-ids-table.test-helper.ts';

const atlas = loadAtlas();

function refKey(ref: string): string {
  return ref.startsWith('contra.') ? ref.slice('contra.'.length) : ref;
}

describe('atlas integrity', () => {
  it('has unique muscle ids and trigger point ids prefixed by their muscle', () => {
    const ids = atlas.muscles.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const tpIds = atlas.muscles.flatMap((m) => m.triggerPoints.map((t) => t.id));
    expect(new Set(tpIds).size).toBe(tpIds.length);
    for (const m of atlas.muscles)
      for (const t of m.triggerPoints) expect(t.id.startsWith(`${m.id}.`), t.id).toBe(true);
  });

  it('names only existing regions, and "contra." only for lateral regions', () => {
    const bad: string[] = [];
    for (const m of atlas.muscles) {
      for (const t of m.triggerPoints) {
        for (const ref of [t.location.region, ...t.referral.map((z) => z.region)]) {
          const kind = regionKindByKey(refKey(ref));
          if (kind === undefined) bad.push(`${t.id}: unknown region ${ref}`);
          else if (ref.startsWith('contra.') && !kind.lateral)
            bad.push(`${t.id}: contra. on midline region ${ref}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('lists each region at most once per trigger point', () => {
    for (const m of atlas.muscles) {
      for (const t of m.triggerPoints) {
        const refs = t.referral.map((z) => z.region);
        expect(new Set(refs).size, t.id).toBe(refs.length);
      }
    }
  });

  it('gives every muscle a trigger point with an essential zone, and a source', () => {
    for (const m of atlas.muscles) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      expect(m.triggerPoints.length, m.id).toBeGreaterThan(0);
      for (const t of m.triggerPoints)
        expect(
          t.referral.some((z) => z.zone === 'essential'),
          t.id,
        ).toBe(true);
    }
  });

  it('relates only to muscles that exist', () => {
    const missing = atlas.muscles.flatMap((m) =>
      m.related.filter((r) => !atlas.muscleById.has(r)).map((r) => `${m.id} -> ${r}`),
    );
    expect(missing).toEqual([]);
  });

  it('copies identifiers exactly from the shared muscle-ids table', () => {
    const rows = readMuscleIdTable();
    for (const m of atlas.muscles) {
      if (m.identifiers === undefined) continue;
      const candidates = rows.filter((r) => r.name === m.identifiers?.tableName);
      expect(candidates.length, `${m.id}: no row named "${m.identifiers.tableName}"`).toBeGreaterThan(0);
      const row = candidates.find(
        (r) =>
          (r.uberon || undefined) === m.identifiers?.uberon && (r.fma || undefined) === m.identifiers?.fma,
      );
      expect(row, `${m.id}: ids differ from the table row`).toBeDefined();
      expect(m.identifiers.source, m.id).toBe(row?.sources);
    }
  });
});
