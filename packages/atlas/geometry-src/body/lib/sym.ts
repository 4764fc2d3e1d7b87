// Helpers for views drawn as a left half and its mirror image (front and back).
import { intersect, type Multi, type Pt, ring, smooth, union } from './geom.ts';
import type { Part, Shape, Zone } from './compose.ts';

/** A zone of the left half: a lateral region kind (mirrored to the right) or a midline one (`mid`). */
export interface HalfZone {
  readonly key: string;
  readonly mid?: boolean;
  readonly shape: Pt[];
}

/** A part of the figure: central (both halves) or a left limb (mirrored into a right limb). */
export interface HalfPart {
  readonly name: string;
  readonly limb?: boolean;
  readonly mask?: Pt[];
  readonly zones: readonly HalfZone[];
}

export const mirrorX = (p: Pt): Pt => [-p[0], p[1]];

/** A symmetric polygon from its left half, given from the midline round to the midline. */
export function symPoly(half: readonly (readonly [number, number])[]): Pt[] {
  const left = half.map((p): Pt => [p[0], p[1]]);
  const right = left
    .slice()
    .reverse()
    .map(mirrorX)
    .filter((p) => Math.abs(p[0]) > 1e-9);
  return [...left, ...right];
}

/** A symmetric smoothed closed curve from landmarks of its left half (midline to midline). */
export function symSmooth(half: readonly (readonly [number, number])[], tol = 0.25): Pt[] {
  return smooth(symPoly(half), true, tol);
}

const LEFT: Multi = ring([
  [0, -5000],
  [5000, -5000],
  [5000, 5000],
  [0, 5000],
]);
const RIGHT: Multi = ring([
  [-5000, -5000],
  [0, -5000],
  [0, 5000],
  [-5000, 5000],
]);

const mirrorShape = (s: Pt[]): Pt[] => s.map(mirrorX).reverse();

/** Expands left-half parts into both halves, with region ids for the person's left and right. */
export function symmetricParts(parts: readonly HalfPart[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    if (part.limb === true) {
      for (const side of ['l', 'r'] as const) {
        const m = (s: Pt[]): Pt[] => (side === 'l' ? s : mirrorShape(s));
        const mask: Shape | undefined =
          part.mask === undefined ? undefined : intersect(ring(m(part.mask)), side === 'l' ? LEFT : RIGHT);
        const zones: Zone[] = part.zones.map((z) => ({
          id: `${z.mid === true ? 'm' : side}.${z.key}`,
          shape: m(z.shape),
        }));
        out.push(
          mask === undefined
            ? { name: `${side}.${part.name}`, zones }
            : { name: `${side}.${part.name}`, mask, zones },
        );
      }
      continue;
    }
    const zones: Zone[] = [];
    for (const z of part.zones) {
      if (z.mid === true) {
        zones.push({ id: `m.${z.key}`, shape: z.shape });
        continue;
      }
      zones.push({ id: `l.${z.key}`, shape: intersect(ring(z.shape), LEFT) });
      zones.push({ id: `r.${z.key}`, shape: intersect(ring(mirrorShape(z.shape)), RIGHT) });
    }
    const mask = part.mask === undefined ? undefined : union(ring(part.mask), ring(mirrorShape(part.mask)));
    out.push(mask === undefined ? { name: part.name, zones } : { name: part.name, mask, zones });
  }
  return out;
}
