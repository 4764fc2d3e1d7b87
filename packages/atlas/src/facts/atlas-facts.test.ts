import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../load-atlas.ts';
import { ATLAS_FACTS } from './index.ts';

const atlas = loadAtlas();
const strip = (ref: string): string => (ref.startsWith('contra.') ? ref.slice(7) : ref);

describe('textbook facts the atlas reproduces', () => {
  it.each(ATLAS_FACTS.map((f) => [f.fact, f] as const))('%s', (_label, fact) => {
    const muscle = atlas.muscleById.get(fact.muscle);
    expect(muscle, `muscle ${fact.muscle}`).toBeDefined();
    if (muscle === undefined) return;
    const all = new Set(muscle.triggerPoints.flatMap((t) => t.referral.map((z) => strip(z.region))));
    const essential = new Set(
      muscle.triggerPoints.flatMap((t) =>
        t.referral.filter((z) => z.zone === 'essential').map((z) => strip(z.region)),
      ),
    );
    for (const key of fact.refersTo ?? []) expect(all.has(key), `${fact.muscle} refers to ${key}`).toBe(true);
    for (const key of fact.essentialIn ?? [])
      expect(essential.has(key), `${fact.muscle} essential ${key}`).toBe(true);
    if (fact.locatedIn !== undefined) {
      const located = muscle.triggerPoints.map((t) => strip(t.location.region));
      expect(located, `${fact.muscle} located`).toContain(fact.locatedIn);
    }
    expect(fact.source.locator.length).toBeGreaterThan(0);
  });

  it('holds at least 60 facts', () => {
    expect(ATLAS_FACTS.length).toBeGreaterThanOrEqual(60);
  });
});
