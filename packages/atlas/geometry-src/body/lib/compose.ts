// Turns a view description (outline, parts, zones) into region shapes that tile the outline exactly.
// Each part takes what its mask covers of the outline and earlier parts left; inside a part each zone takes
// what its polygon covers and earlier zones left. Leftovers and stray pieces join the neighbour they share
// the most border with, so every region is one piece and the regions cover the figure with no overlap.
import type { ViewId } from '../../../src/regions/region-types.ts';
import {
  difference,
  intersect,
  labelPoint,
  type Multi,
  multiArea,
  pathD,
  polyArea,
  polylineD,
  type Pt,
  ring,
  roundRing,
  simplifyRing,
  union,
} from './geom.ts';

export type Shape = Pt[] | Multi;

export interface Zone {
  readonly id: string;
  readonly shape: Shape;
}

export interface Part {
  readonly name: string;
  /** What of the figure this part may take; omitted: everything left. */
  readonly mask?: Shape;
  readonly zones: readonly Zone[];
}

export type SideLabel = 'viewer-left' | 'viewer-right' | 'away';

export interface ViewSpec {
  readonly view: ViewId;
  readonly title: string;
  readonly width: number;
  readonly height: number;
  readonly outline: Pt[];
  readonly parts: readonly Part[];
  readonly details: readonly Pt[][];
  readonly sideLabels: { readonly left: SideLabel; readonly right: SideLabel };
}

export interface BuiltRegion {
  readonly id: string;
  readonly d: string;
  readonly anchor: Pt;
  readonly rings: Pt[][];
  readonly polys: Multi;
  readonly area: number;
}

export interface BuiltView {
  readonly spec: ViewSpec;
  readonly silhouette: string;
  readonly details: string;
  readonly regions: BuiltRegion[];
  readonly stats: { silhouette: number; union: number; sum: number };
  readonly warnings: string[];
}

const asMulti = (s: Shape): Multi => {
  const first = s[0];
  if (first === undefined) return [];
  return typeof first[0] === 'number' ? ring(s as Pt[]) : (s as Multi);
};

function perimeter(m: Multi): number {
  let s = 0;
  for (const p of m)
    for (const r of p)
      for (let i = 0; i < r.length; i++) {
        const a = r[i];
        const b = r[(i + 1) % r.length];
        if (a !== undefined && b !== undefined) s += Math.hypot(a[0] - b[0], a[1] - b[1]);
      }
  return s;
}

/** Border length shared by two shapes (0 when they do not touch along an edge). */
function sharedBorder(a: Multi, b: Multi): number {
  const u = union(a, b);
  return Math.max(0, (perimeter(a) + perimeter(b) - perimeter(u)) / 2);
}

/** Gives `piece` to the region in `candidates` it shares most border with; returns that id. */
function adopt(piece: Multi, regions: Map<string, Multi>, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestLen = 1e-6;
  for (const id of candidates) {
    const g = regions.get(id);
    if (g === undefined) continue;
    const l = sharedBorder(piece, g);
    if (l > bestLen) {
      bestLen = l;
      best = id;
    }
  }
  if (best !== undefined) regions.set(best, union(regions.get(best) ?? [], piece));
  return best;
}

/** Pieces smaller than this (square units) are dropped as numerical noise. */
const SLIVER = 0.05;

export function compose(spec: ViewSpec, simplifyTol = 0.12): BuiltView {
  const warnings: string[] = [];
  const figure = union(ring(spec.outline));
  if (figure.length !== 1) warnings.push(`${spec.view}: outline is ${figure.length} pieces`);
  const regions = new Map<string, Multi>();
  const partOf = new Map<string, string>();
  let used: Multi = [];
  for (const part of spec.parts) {
    let area = part.mask === undefined ? figure : intersect(figure, asMulti(part.mask));
    area = difference(area, used);
    used = union(used, area);
    let claimed: Multi = [];
    const ids: string[] = [];
    for (const zone of part.zones) {
      const got = difference(intersect(area, asMulti(zone.shape)), claimed);
      if (multiArea(got) <= 1e-6) continue;
      regions.set(zone.id, union(regions.get(zone.id) ?? [], got));
      if (!ids.includes(zone.id)) ids.push(zone.id);
      const owner = partOf.get(zone.id);
      if (owner !== undefined && owner !== part.name)
        warnings.push(`${zone.id} drawn in parts ${owner} and ${part.name}`);
      partOf.set(zone.id, part.name);
      claimed = union(claimed, got);
    }
    const left = difference(area, claimed);
    for (const piece of left) {
      const a = polyArea(piece);
      // Hairline slivers between neighbours are numerical noise; giving them away could wrap a region round
      // another one.
      if (a < SLIVER) continue;
      const to = adopt([piece], regions, ids);
      if (a > 2)
        warnings.push(
          `${part.name}: ${a.toFixed(1)} unclaimed at ${labelPoint(piece, 1)
            .map((v) => v.toFixed(0))
            .join(',')} -> ${to}`,
        );
    }
  }
  const leftover = difference(figure, used);
  if (multiArea(leftover) > 0.5)
    warnings.push(`${spec.view}: ${multiArea(leftover).toFixed(1)} of the figure in no part`);

  // One piece per region: stray pieces join the neighbour they share most border with.
  for (const id of [...regions.keys()]) {
    const g = regions.get(id) ?? [];
    if (g.length <= 1) continue;
    const sorted = [...g].sort((p, q) => polyArea(q) - polyArea(p));
    const [keep, ...rest] = sorted;
    if (keep === undefined) continue;
    regions.set(id, [keep]);
    for (const piece of rest) {
      const a = polyArea(piece);
      if (a < SLIVER) continue;
      const others = [...regions.keys()].filter((k) => k !== id);
      const samePart = others.filter((k) => partOf.get(k) === partOf.get(id));
      const to = adopt([piece], regions, samePart) ?? adopt([piece], regions, others);
      if (a > 1) {
        const at = labelPoint(piece, 1)
          .map((v) => v.toFixed(0))
          .join(',');
        warnings.push(`${id}: stray piece ${a.toFixed(1)} at ${at} -> ${to ?? 'nobody'}`);
      }
      if (to === undefined) regions.set(id, [...(regions.get(id) ?? []), piece]);
    }
  }

  const built: BuiltRegion[] = [];
  for (const [id, g] of regions) {
    const rings: Pt[][] = [];
    const polys: Multi = [];
    for (const p of g) {
      if (p.length > 1) warnings.push(`${id}: has ${p.length - 1} hole(s)`);
      const rs = p.map((r) => roundRing(simplifyRing(r, simplifyTol))).filter((r) => r.length >= 3);
      rings.push(...rs);
      if (rs.length > 0) polys.push(rs);
    }
    if (g.length > 1) warnings.push(`${id}: ${g.length} pieces`);
    const biggest = [...g].sort((p, q) => polyArea(q) - polyArea(p))[0];
    const anchorPoly = biggest === undefined ? [] : biggest.map((r) => roundRing(r));
    const anchor = labelPoint(anchorPoly);
    built.push({
      id,
      d: pathD(rings),
      anchor: [Math.round(anchor[0] * 10) / 10, Math.round(anchor[1] * 10) / 10],
      rings,
      polys,
      area: multiArea(g),
    });
  }

  const silRings = figure.flatMap((p) => p.map((r) => roundRing(simplifyRing(r, simplifyTol))));
  const silhouette = multiArea(union(...silRings.map((r) => ring(r))));
  const regionGeoms = built.map((b) => union(b.polys));
  const sum = regionGeoms.reduce((s, g) => s + multiArea(g), 0);
  const uni = multiArea(union(...regionGeoms));
  return {
    spec,
    silhouette: pathD(silRings),
    details: polylineD(spec.details),
    regions: built,
    stats: { silhouette, union: uni, sum },
    warnings,
  };
}

const mapShape = (s: Shape, f: (p: Pt) => Pt): Shape => {
  const first = s[0];
  if (first === undefined) return s;
  if (typeof first[0] === 'number') return (s as Pt[]).map(f);
  return (s as Multi).map((p) => p.map((r) => r.map(f)));
};

/** Moves a view description from person coordinates onto its canvas. */
export function placeSpec(spec: ViewSpec, f: (p: Pt) => Pt): ViewSpec {
  const flips = f([1, 0])[0] - f([0, 0])[0] < 0;
  const fixRing = (r: Pt[]): Pt[] => (flips ? r.slice().reverse() : r);
  return {
    ...spec,
    outline: fixRing(spec.outline.map(f)),
    details: spec.details.map((l) => l.map(f)),
    parts: spec.parts.map((p) => ({
      ...p,
      ...(p.mask === undefined ? {} : { mask: mapShape(p.mask, f) }),
      zones: p.zones.map((z) => ({ ...z, shape: mapShape(z.shape, f) })),
    })),
  };
}
