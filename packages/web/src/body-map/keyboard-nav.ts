import type { ViewRegionShape } from '@myomap/atlas/geometry';

/** An arrow-key direction on the map. */
export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, readonly [number, number]> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * The region whose anchor lies best in the given direction from the current one: it must be ahead
 * (positive projection), and nearer, straighter candidates win.
 */
export function nearestInDirection(
  shapes: readonly ViewRegionShape[],
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = shapes.find((s) => s.id === fromId);
  if (from === undefined) return shapes[0]?.id;
  const [dx, dy] = VECTORS[direction];
  let best: { id: string; cost: number } | undefined;
  for (const s of shapes) {
    if (s.id === fromId) continue;
    const vx = s.anchor[0] - from.anchor[0];
    const vy = s.anchor[1] - from.anchor[1];
    const along = vx * dx + vy * dy;
    if (along <= 0.5) continue;
    const across = Math.abs(vx * dy - vy * dx);
    const cost = along + across * 2.5;
    if (best === undefined || cost < best.cost) best = { id: s.id, cost };
  }
  return best?.id;
}
