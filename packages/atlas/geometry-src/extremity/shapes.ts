// Shape helpers for the hand and foot close-up landmark files: digits as capsules along an axis, and
// straight-edged partition polygons (every point a corner) for region borders drawn with a ruler.
import type { Pt } from '../head/types.ts';

type Xy = readonly [number, number];

/**
 * A digit (finger, thumb, toe) as a closed outline: a straight-sided band of width `w` from `base`
 * (buried in the palm or sole, so its square end never shows) to a round end at `tip`.
 */
export function capsule(base: Xy, tip: Xy, w: number): Pt[] {
  const dx = tip[0] - base[0];
  const dy = tip[1] - base[1];
  const len = Math.hypot(dx, dy);
  const d: Xy = [dx / len, dy / len];
  const n: Xy = [-d[1], d[0]];
  const r = w / 2;
  const c: Xy = [tip[0] - d[0] * r, tip[1] - d[1] * r];
  const out: Pt[] = [[base[0] + n[0] * r, base[1] + n[1] * r, 1]];
  out.push([c[0] + n[0] * r, c[1] + n[1] * r]);
  for (let k = 1; k < 6; k++) {
    const a = (k / 6) * Math.PI;
    out.push([
      c[0] + n[0] * r * Math.cos(a) + d[0] * r * Math.sin(a),
      c[1] + n[1] * r * Math.cos(a) + d[1] * r * Math.sin(a),
    ]);
  }
  out.push([c[0] - n[0] * r, c[1] - n[1] * r]);
  out.push([base[0] - n[0] * r, base[1] - n[1] * r, 1]);
  return out;
}

/** A polygon with straight edges (every point a corner), for region partitions. */
export function poly(...pts: Xy[]): Pt[] {
  return pts.map((p): Pt => [p[0], p[1], 1]);
}

/** Moves every point by (dx, dy), keeping corner marks. */
export function shift(pts: readonly Pt[], dx: number, dy = 0): Pt[] {
  return pts.map((p): Pt => (p.length === 3 ? [p[0] + dx, p[1] + dy, 1] : [p[0] + dx, p[1] + dy]));
}
