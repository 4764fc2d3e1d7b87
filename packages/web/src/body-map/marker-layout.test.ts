import { describe, expect, it } from 'vitest';
import { layoutMarkers, separateMarkers } from './marker-layout.ts';

const wide = { id: 'r.wide', d: 'M0 0L100 0L100 20L0 20Z', anchor: [50, 10] as const };
const tall = { id: 'r.tall', d: 'M0 0L20 0L20 100L0 100Z', anchor: [10, 50] as const };

describe('marker layout', () => {
  it('puts a single marker on the anchor and skips regions the view does not draw', () => {
    const placed = layoutMarkers([{ regionId: 'r.wide' }, { regionId: 'r.none' }], [wide, tall], 10);
    expect(placed.map((p) => [p.x, p.y])).toEqual([[50, 10]]);
  });

  it('spreads several markers along a wide region and down a tall one, inside its box', () => {
    const row = layoutMarkers(
      [1, 2, 3].map(() => ({ regionId: 'r.wide' })),
      [wide],
      10,
    );
    expect(new Set(row.map((p) => p.y)).size).toBe(1);
    expect(new Set(row.map((p) => p.x)).size).toBe(3);
    const column = layoutMarkers(
      [1, 2, 3].map(() => ({ regionId: 'r.tall' })),
      [tall],
      40,
    );
    expect(new Set(column.map((p) => p.x)).size).toBe(1);
    const crowded = layoutMarkers(
      [1, 2, 3, 4].map(() => ({ regionId: 'r.tall' })),
      [{ ...tall, d: 'M0 0L8 0L8 8L0 8Z' }],
      40,
    );
    expect(crowded.map((p) => p.count)).toEqual([4]);
    for (const p of column) {
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(100);
    }
  });
});

describe('separateMarkers', () => {
  it('pushes apart markers that would overlap and leaves distant ones alone', () => {
    const out = separateMarkers(
      [
        { x: 10, y: 10 },
        { x: 10, y: 12 },
        { x: 100, y: 100 },
      ],
      10,
    );
    expect(
      Math.hypot((out[1]?.x ?? 0) - (out[0]?.x ?? 0), (out[1]?.y ?? 0) - (out[0]?.y ?? 0)),
    ).toBeGreaterThanOrEqual(9.99);
    expect(out[2]).toEqual({ x: 100, y: 100 });
    expect((out[0]?.y ?? 0) + (out[1]?.y ?? 0)).toBeCloseTo(22); // moved symmetrically about their middle
  });
});
