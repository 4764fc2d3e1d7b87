import { ACTIVITIES, MOVEMENTS, PAIN_QUALITIES, SYMPTOMS, type Atlas } from '@myomap/atlas';
import type { FinderInput } from '@myomap/engine';

/** A small seeded generator (mulberry32): the same seed gives the same numbers on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` random finder inputs from a seed: 1–6 regions (often neighbours of each other), intensities,
 * qualities, and in some of them movements, activities, symptoms and palpation results.
 */
export function randomInputs(atlas: Atlas, seed: number, count: number): FinderInput[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const regions = atlas.regions.map((r) => r.id);
  const byParent = new Map<string, string[]>();
  for (const r of atlas.regions) byParent.set(r.parent, [...(byParent.get(r.parent) ?? []), r.id]);
  const movements = Object.keys(MOVEMENTS);
  const activities = Object.keys(ACTIVITIES);
  const symptoms = Object.keys(SYMPTOMS);
  const out: FinderInput[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rnd() * 6);
    const first = atlas.regionById.get(pick(regions));
    const near = byParent.get(first?.parent ?? '') ?? regions;
    const drawing: { region: string; intensity: number; quality?: (typeof PAIN_QUALITIES)[number] }[] = [];
    for (let k = 0; k < n; k++) {
      const region = k === 0 ? (first?.id ?? pick(regions)) : rnd() < 0.6 ? pick(near) : pick(regions);
      const q = rnd();
      drawing.push({
        region,
        intensity: Math.floor(rnd() * 11),
        ...(q < 0.5 ? { quality: pick(PAIN_QUALITIES) } : {}),
      });
    }
    const input: FinderInput = { drawing };
    if (rnd() < 0.4) {
      out.push({
        ...input,
        movements: [
          {
            id: pick(movements) as never,
            side: pick(['l', 'r', 'both'] as const),
            finding: pick(['restricted', 'painful'] as const),
          },
        ],
        activities: [pick(activities) as never, pick(activities) as never],
        symptoms: [pick(symptoms) as never],
        palpation:
          rnd() < 0.5
            ? [{ muscle: pick(atlas.muscles).id, result: pick(['confirmed', 'clear'] as const) }]
            : [],
      });
    } else out.push(input);
  }
  return out;
}
