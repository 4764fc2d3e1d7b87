import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAtlas, REGIONS } from '@myomap/atlas';
import { rankSources } from './rank-sources.ts';
import type { FinderInput } from './finder-input.ts';

const atlas = loadAtlas();
const draw = (...regions: string[]): FinderInput => ({
  drawing: regions.map((region) => ({ region, intensity: 6 })),
});
const ids = (input: FinderInput, top = 5): string[] =>
  rankSources(input, atlas, { top }).ranked.map((c) => c.muscle.id);

describe('rankSources', () => {
  it('proposes right-sided muscles for a right-sided drawing', () => {
    const r = rankSources(draw('r.temple', 'r.posterolateral-neck'), atlas);
    expect(r.ranked.length).toBeGreaterThan(0);
    for (const c of r.ranked) expect(['r', 'both', 'm']).toContain(c.side);
    expect(r.ranked[0]?.muscle.id).toBe('upper-trapezius');
  });

  it('mirrors: the same drawing on the left gives the same muscles on the left', () => {
    const right = rankSources(draw('r.temple', 'r.jaw-angle'), atlas).ranked;
    const left = rankSources(draw('l.temple', 'l.jaw-angle'), atlas).ranked;
    expect(left.map((c) => c.muscle.id)).toEqual(right.map((c) => c.muscle.id));
    expect(left.map((c) => c.score)).toEqual(right.map((c) => c.score));
    expect(left[0]?.side).toBe('l');
  });

  it('proposes both sides for a bilateral drawing', () => {
    const r = rankSources(draw('l.lumbar', 'r.lumbar', 'l.iliac-crest', 'r.iliac-crest'), atlas);
    expect(r.ranked[0]?.side).toBe('both');
  });

  it('sends front-of-shoulder pain to the infraspinatus among the first, not only the deltoid under it', () => {
    expect(ids(draw('r.anterior-deltoid'), 3)).toContain('infraspinatus');
  });

  it('raises a muscle when evidence fits and says by how much', () => {
    const base = draw('r.temple', 'r.upper-molars');
    const plain = rankSources(base, atlas, { top: 20 }).ranked.find((c) => c.muscle.id === 'temporalis');
    const withGum = rankSources(
      { ...base, activities: ['chewing-gum'], movements: [{ id: 'jaw.opening', side: 'r' }] },
      atlas,
      { top: 20 },
    ).ranked.find((c) => c.muscle.id === 'temporalis');
    expect(withGum?.score).toBeGreaterThan(plain?.score ?? 0);
    expect(withGum?.evidence.map((e) => e.id)).toContain('chewing-gum');
    expect(withGum?.evidence.every((e) => e.effect > 0)).toBe(true);
  });

  it('reads a region drawn as tingling as the symptom: muscles known for tingling rise and say why', () => {
    const drawing = (quality?: 'tingling') =>
      ['r.thumb', 'r.index-finger'].map((region) => ({ region, intensity: 5, quality }));
    const score = (input: FinderInput) =>
      rankSources(input, atlas, { top: 20 }).ranked.find((c) => c.muscle.id === 'scalenus-anterior');
    const plain = score({ drawing: drawing() });
    const tingling = score({ drawing: drawing('tingling') });
    expect(tingling?.score).toBeGreaterThan(plain?.score ?? 0);
    expect(tingling?.evidence.map((e) => e.id)).toEqual(['tingling']);
    expect(plain?.evidence).toEqual([]);
  });

  it('drops a muscle palpated and found clear, and lifts one confirmed', () => {
    const input = draw('r.temple');
    const first = rankSources(input, atlas).ranked[0];
    expect(first).toBeDefined();
    const cleared = rankSources(
      { ...input, palpation: [{ muscle: first?.muscle.id ?? '', side: 'r', result: 'clear' }] },
      atlas,
    ).ranked;
    expect(cleared[0]?.muscle.id).not.toBe(first?.muscle.id);
    const confirmed = rankSources(
      { ...input, palpation: [{ muscle: 'temporalis', side: 'r', result: 'confirmed' }] },
      atlas,
    ).ranked;
    expect(confirmed[0]?.muscle.id).toBe('temporalis');
  });

  it('finds the smallest set of muscles that explains a two-source drawing', () => {
    const r = rankSources(draw('r.temple', 'r.plantar-heel'), atlas);
    expect(r.explainingSet.length).toBe(2);
    expect(r.explainingSet.reduce((s, e) => s + e.share, 0)).toBeCloseTo(1, 2);
  });

  it('flags regions no muscle refers to', () => {
    const unreached = REGIONS.find((reg) => rankSources(draw(reg.id), atlas).unexplainedRegions.length > 0);
    if (unreached !== undefined)
      expect(rankSources(draw(unreached.id), atlas).unexplainedRegions).toEqual([unreached.id]);
    expect(rankSources(draw('r.temple'), atlas).unexplainedRegions).toEqual([]);
  });

  it('puts an emergency stop on chest pain with breathlessness, and none on chest pain alone', () => {
    expect(
      rankSources({ ...draw('m.sternum', 'l.pectoral'), redFlags: ['breathlessness'] }, atlas).stop?.tier,
    ).toBe('emergency');
    expect(
      rankSources({ ...draw('m.sternum', 'l.pectoral'), symptoms: ['shortness-of-breath'] }, atlas).stop
        ?.tier,
    ).toBe('emergency');
    expect(rankSources(draw('m.sternum'), atlas).stop).toBeUndefined();
    expect(rankSources({ ...draw('l.lumbar'), redFlags: ['saddle-numbness'] }, atlas).stop?.tier).toBe(
      'urgent',
    );
    expect(
      rankSources({ drawing: [{ region: 'm.perineum', intensity: 3, quality: 'numbness' }] }, atlas).stop
        ?.tier,
    ).toBe('urgent');
  });

  it('filters by body area and reports unknown region ids', () => {
    const r = rankSources(
      {
        drawing: [
          { region: 'r.temple', intensity: 5 },
          { region: 'r.nowhere', intensity: 5 },
        ],
      },
      atlas,
      { areas: ['head-jaw'] },
    );
    expect(r.ranked.every((c) => c.muscle.area === 'head-jaw')).toBe(true);
    expect(r.unknownRegions).toEqual(['r.nowhere']);
  });

  it('is deterministic', () => {
    const input = draw('l.lateral-epicondyle', 'l.dorsal-forearm-radial', 'l.thumb-web');
    expect(rankSources(input, atlas)).toEqual(rankSources(input, atlas));
  });

  it('keeps scores within 0–100 and sorted for any drawing', () => {
    const regionIds = REGIONS.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...regionIds), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 10 }),
        (regions, intensity) => {
          const r = rankSources({ drawing: regions.map((region) => ({ region, intensity })) }, atlas, {
            top: 15,
          });
          for (const c of r.ranked) expect(c.score).toBeGreaterThanOrEqual(0);
          for (const c of r.ranked) expect(c.score).toBeLessThanOrEqual(100);
          for (let i = 1; i < r.ranked.length; i++)
            expect(r.ranked[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(r.ranked[i]?.score ?? 0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('rankSources: nearby credit', () => {
  it('gives partial credit to a region that touches a pattern region on the map, beside a direct match', () => {
    // r.eyebrow touches r.forehead on the map (different parent areas is fine): a muscle matching the
    // temple directly also earns a little for a drawn region next to its pattern.
    const r = rankSources(
      {
        drawing: [
          { region: 'r.temple', intensity: 6 },
          { region: 'r.parietal', intensity: 3 },
        ],
      },
      atlas,
      { top: 20 },
    );
    const trap = r.ranked.find((c) => c.muscle.id === 'upper-trapezius');
    expect(trap?.explains.some((m) => m.how === 'nearby' || m.region === 'r.parietal')).toBe(true);
  });
});
