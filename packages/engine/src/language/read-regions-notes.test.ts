import { describe, expect, it } from 'vitest';
import { resolveRegions } from '../resolve/resolve-regions.ts';

const regions = (text: string): string[] => [...resolveRegions(text).regions].sort();

/** Each phrase reads as exactly these regions. */
const readsAs = (cases: readonly (readonly [string, readonly string[]])[]): void =>
  it.each(cases)('%s', (text, expected) => {
    expect(regions(text)).toEqual([...expected].sort());
  });

describe('language layer: "over" a place in notes is on it, not above it', () => {
  readsAs([
    ['point tenderness over the R pubic bone', ['m.pubic']],
    ['tender over L infraspinatus fossa', ['l.infraspinous']],
    ['ache over the R kneecap', ['r.patella']],
    ['front of the L shoulder, over the biceps groove', ['l.anterior-deltoid']],
  ]);
});
