// Geometry helpers for the head view generator: spline smoothing, painter-order tiling with
// polygon-clipping, simplification, pole of inaccessibility and SVG path output.
import polygonClipping from 'polygon-clipping';
import type { MultiPolygon, Pair, Polygon, Ring } from 'polygon-clipping';
import type { DetailSpec, HeadViewSpec, Pt, RegionSpec } from '../geometry-src/head/types.ts';

export type { MultiPolygon, Pair, Polygon, Ring };

type Xy = [number, number];

/** Sampling step of the splines and simplification tolerance, in SVG units. */
const STEP = 1.0;
const TOLERANCE = 0.12;

function isCorner(p: Pt): boolean {
  return p.length === 3;
}

/** Centripetal Catmull-Rom point between p1 and p2 at t in [0, 1]. */
function catmullRom(p0: Xy, p1: Xy, p2: Xy, p3: Xy, t: number): Xy {
  const knot = (a: Xy, b: Xy): number => Math.max(Math.sqrt(Math.hypot(b[0] - a[0], b[1] - a[1])), 1e-6);
  const t0 = 0;
  const t1 = t0 + knot(p0, p1);
  const t2 = t1 + knot(p1, p2);
  const t3 = t2 + knot(p2, p3);
  const u = t1 + (t2 - t1) * t;
  const lerp = (a: Xy, b: Xy, ta: number, tb: number): Xy => {
    const w = (u - ta) / (tb - ta);
    return [a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w];
  };
  const a1 = lerp(p0, p1, t0, t1);
  const a2 = lerp(p1, p2, t1, t2);
  const a3 = lerp(p2, p3, t2, t3);
  const b1 = lerp(a1, a2, t0, t2);
  const b2 = lerp(a2, a3, t1, t3);
  return lerp(b1, b2, t1, t2);
}

/** Samples the spline through pts (open chain, end tangents by reflection), including both ends. */
function sampleOpen(pts: Xy[]): Xy[] {
  if (pts.length < 3) return pts.map((p) => [p[0], p[1]]);
  const first = pts[0] as Xy;
  const second = pts[1] as Xy;
  const last = pts[pts.length - 1] as Xy;
  const beforeLast = pts[pts.length - 2] as Xy;
  const ext: Xy[] = [
    [2 * first[0] - second[0], 2 * first[1] - second[1]],
    ...pts,
    [2 * last[0] - beforeLast[0], 2 * last[1] - beforeLast[1]],
  ];
  const out: Xy[] = [first];
  for (let i = 1; i < ext.length - 2; i++) {
    const p0 = ext[i - 1] as Xy;
    const p1 = ext[i] as Xy;
    const p2 = ext[i + 1] as Xy;
    const p3 = ext[i + 2] as Xy;
    const n = Math.max(1, Math.ceil(Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) / STEP));
    for (let k = 1; k <= n; k++) out.push(k === n ? [p2[0], p2[1]] : catmullRom(p0, p1, p2, p3, k / n));
  }
  return out;
}

/** Samples the closed spline through pts; corner points split it into open chains. */
function sampleClosed(pts: readonly Pt[], map: (p: Pt) => Xy): Xy[] {
  const n = pts.length;
  const corners = pts.map((p, i) => (isCorner(p) ? i : -1)).filter((i) => i >= 0);
  const xy = pts.map(map);
  if (corners.length === 0) {
    const out: Xy[] = [];
    for (let i = 0; i < n; i++) {
      const p0 = xy[(i - 1 + n) % n] as Xy;
      const p1 = xy[i] as Xy;
      const p2 = xy[(i + 1) % n] as Xy;
      const p3 = xy[(i + 2) % n] as Xy;
      const steps = Math.max(1, Math.ceil(Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) / STEP));
      for (let k = 0; k < steps; k++)
        out.push(k === 0 ? [p1[0], p1[1]] : catmullRom(p0, p1, p2, p3, k / steps));
    }
    return out;
  }
  const out: Xy[] = [];
  for (let c = 0; c < corners.length; c++) {
    const from = corners[c] as number;
    const to = corners[(c + 1) % corners.length] as number;
    const chain: Xy[] = [];
    for (let i = from; ; i = (i + 1) % n) {
      chain.push(xy[i] as Xy);
      if (i === to && chain.length > 1) break;
      if (corners.length === 1 && chain.length > n) break;
    }
    const sampled = sampleOpen(chain);
    out.push(...sampled.slice(0, -1));
  }
  return out;
}

/** Douglas-Peucker on an open polyline. */
function simplifyLine(pts: Xy[], tol: number): Xy[] {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const pa = pts[a] as Xy;
    const pb = pts[b] as Xy;
    let worst = -1;
    let worstDist = tol;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(pts[i] as Xy, pa, pb);
      if (d > worstDist) {
        worst = i;
        worstDist = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}

/** Douglas-Peucker on a closed ring (split at the two farthest-apart vertices). */
function simplifyRing(pts: Xy[], tol: number): Xy[] {
  if (pts.length < 8) return pts;
  const p0 = pts[0] as Xy;
  let far = 0;
  let farDist = -1;
  pts.forEach((p, i) => {
    const d = Math.hypot(p[0] - p0[0], p[1] - p0[1]);
    if (d > farDist) {
      far = i;
      farDist = d;
    }
  });
  const a = simplifyLine(pts.slice(0, far + 1), tol);
  const b = simplifyLine([...pts.slice(far), p0], tol);
  return [...a.slice(0, -1), ...b.slice(0, -1)];
}

function segmentDistance(p: Xy, a: Xy, b: Xy): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Expands a half shape (x = 0 to x = 0 through x < 0) to the full closed point list. */
function expandHalf(pts: readonly Pt[]): Pt[] {
  const inner = pts.slice(1, -1);
  const mirrored = [...inner].reverse().map((p): Pt => (isCorner(p) ? [-p[0], p[1], 1] : [-p[0], p[1]]));
  return [...pts, ...mirrored];
}

function mirrorPts(pts: readonly Pt[]): Pt[] {
  return [...pts].reverse().map((p): Pt => (isCorner(p) ? [-p[0], p[1], 1] : [-p[0], p[1]]));
}

/** The other side's id: r.x <-> l.x; midline ids stay. */
export function swapSide(id: string): string {
  if (id.startsWith('l.')) return `r.${id.slice(2)}`;
  if (id.startsWith('r.')) return `l.${id.slice(2)}`;
  return id;
}

function shapeRing(spec: HeadViewSpec, pts: readonly Pt[]): Ring {
  const { scale, dx, dy } = spec.transform;
  const sampled = sampleClosed(pts, (p) => [p[0] * scale + dx, p[1] * scale + dy]);
  const ring = simplifyRing(sampled, TOLERANCE);
  const closed: Ring = ring.map((p) => [p[0], p[1]]);
  closed.push([ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0]);
  return closed;
}

/** The closed point lists a spec entry stands for (itself, its mirror, or its mirrored half). */
function expand(entry: { pts: readonly Pt[]; half?: boolean; pair?: boolean }): Pt[][] {
  if (entry.half) return [expandHalf(entry.pts)];
  if (entry.pair) return [[...entry.pts], mirrorPts(entry.pts)];
  return [[...entry.pts]];
}

export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Pair;
    const q = ring[i + 1] as Pair;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

export function polygonArea(poly: Polygon): number {
  return poly.reduce(
    (sum, ring, i) => sum + (i === 0 ? Math.abs(ringArea(ring)) : -Math.abs(ringArea(ring))),
    0,
  );
}

export function multiArea(mp: MultiPolygon): number {
  return mp.reduce((sum, poly) => sum + polygonArea(poly), 0);
}

/** A region after tiling: its pieces (outer rings; holes are reported as errors). */
export interface TiledRegion {
  id: string;
  pieces: MultiPolygon;
}

export interface TiledView {
  silhouette: MultiPolygon;
  regions: TiledRegion[];
  details: Xy[][];
  problems: string[];
  notes: string[];
}

function describe(poly: Polygon): string {
  const xs = (poly[0] as Ring).map((p) => p[0]);
  const ys = (poly[0] as Ring).map((p) => p[1]);
  const r = (v: number): string => v.toFixed(0);
  return `${polygonArea(poly).toFixed(1)} at x ${r(Math.min(...xs))}-${r(Math.max(...xs))} y ${r(Math.min(...ys))}-${r(Math.max(...ys))}`;
}

/** Paints the region shapes in order (later wins), clipped to the silhouette, and checks the result. */
export function tileView(spec: HeadViewSpec): TiledView {
  const problems: string[] = [];
  const notes: string[] = [];
  const partGeoms = spec.silhouette.map((s) => {
    const polys = expand(s).map((pts): Polygon => [shapeRing(spec, pts)]);
    return polygonClipping.union(polys[0] as Polygon, ...polys.slice(1));
  });
  const silhouette = polygonClipping.union(partGeoms[0] as MultiPolygon, ...partGeoms.slice(1));

  const painted: { id: string; poly: MultiPolygon; multi: boolean }[] = [];
  const push = (spec2: RegionSpec, id: string, pts: Pt[]): void => {
    const ring: Polygon = [shapeRing(spec, pts)];
    const within = spec2.within === undefined ? undefined : partGeoms[spec2.within];
    if (spec2.within !== undefined && within === undefined)
      throw new Error(`${id}: no silhouette part ${spec2.within}`);
    const poly = within === undefined ? [ring] : polygonClipping.intersection(ring, within);
    painted.push({ id, poly, multi: spec2.multi === true });
  };
  for (const r of spec.regions) {
    if (r.half) push(r, r.id, expandHalf(r.pts));
    else {
      push(r, r.id, [...r.pts]);
      if (r.pair) push(r, swapSide(r.id), mirrorPts(r.pts));
    }
  }

  // Top-down: each shape takes what is left of the silhouette under it.
  let remaining: MultiPolygon = silhouette;
  const byId = new Map<string, { pieces: MultiPolygon; multi: boolean }>();
  for (let i = painted.length - 1; i >= 0; i--) {
    const shape = painted[i] as { id: string; poly: MultiPolygon; multi: boolean };
    const part = polygonClipping.intersection(remaining, shape.poly);
    remaining = polygonClipping.difference(remaining, shape.poly);
    const prev = byId.get(shape.id);
    byId.set(shape.id, {
      pieces: prev ? polygonClipping.union(prev.pieces, part) : part,
      multi: (prev?.multi ?? false) || shape.multi,
    });
  }
  const leftover = multiArea(remaining);
  if (leftover > 0.01) {
    const where = remaining
      .filter((poly) => polygonArea(poly) > 0.01)
      .map((poly) => {
        const xs = (poly[0] as Ring).map((p) => p[0]);
        const ys = (poly[0] as Ring).map((p) => p[1]);
        return `${polygonArea(poly).toFixed(1)} near (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}, ${Math.min(...ys).toFixed(0)}-${Math.max(...ys).toFixed(0)})`;
      });
    problems.push(`uncovered area ${leftover.toFixed(2)} left after painting: ${where.join('; ')}`);
  }

  // Merge crumbs (tiny extra pieces) into a touching neighbour.
  const regions: TiledRegion[] = [...byId.entries()]
    .reverse()
    .filter(([, v]) => multiArea(v.pieces) > 0)
    .map(([id, v]) => ({ id, pieces: v.pieces, multi: v.multi }))
    .map(({ id, pieces }) => ({ id, pieces }));
  const multiById = new Map([...byId.entries()].map(([id, v]) => [id, v.multi]));
  for (const region of regions) {
    if (region.pieces.length < 2) continue;
    const sorted = [...region.pieces].sort((a, b) => polygonArea(b) - polygonArea(a));
    const main = polygonArea(sorted[0] as Polygon);
    const keep: Polygon[] = [];
    for (const piece of sorted) {
      const area = polygonArea(piece);
      if (piece !== sorted[0] && area < Math.min(6, main * 0.03)) {
        const host = regions.find(
          (other) =>
            other !== region &&
            polygonClipping.union(other.pieces, piece).length <= other.pieces.length &&
            multiArea(other.pieces) > 0,
        );
        if (host) {
          host.pieces = polygonClipping.union(host.pieces, piece);
          notes.push(`${region.id}: crumb ${describe(piece)} merged into ${host.id}`);
          continue;
        }
      }
      keep.push(piece);
    }
    region.pieces = keep;
  }
  for (const region of regions) {
    if (region.pieces.length > 1 && multiById.get(region.id) !== true) {
      problems.push(
        `${region.id} has ${region.pieces.length} pieces: ${region.pieces.map(describe).join('; ')}`,
      );
    }
    for (const piece of region.pieces) {
      if (piece.length > 1) problems.push(`${region.id} has a hole`);
    }
  }
  for (const [id] of byId) {
    if (!regions.some((r) => r.id === id)) problems.push(`${id} is not visible (painted over or outside)`);
  }

  const details = spec.details.flatMap((d) => detailLines(spec, d));
  return { silhouette, regions, details, problems, notes };
}

function detailLines(spec: HeadViewSpec, d: DetailSpec): Xy[][] {
  const { scale, dx, dy } = spec.transform;
  const map = (p: Pt): Xy => [p[0] * scale + dx, p[1] * scale + dy];
  const lists = d.pair ? [[...d.pts], mirrorPts(d.pts)] : [[...d.pts]];
  return lists.map((pts) => {
    if (d.closed) {
      const ring = simplifyRing(sampleClosed(pts, map), TOLERANCE * 0.8);
      return [...ring, ring[0] as Xy];
    }
    const corners = pts.map((p, i) => (isCorner(p) ? i : -1)).filter((i) => i > 0 && i < pts.length - 1);
    const cuts = [0, ...corners, pts.length - 1];
    const out: Xy[] = [];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const chain = pts.slice(cuts[c], (cuts[c + 1] as number) + 1).map(map);
      const sampled = sampleOpen(chain);
      out.push(...(c === 0 ? sampled : sampled.slice(1)));
    }
    return simplifyLine(out, TOLERANCE * 0.8);
  });
}

/** Mirrors a tiled view left-right inside a canvas of this width and swaps l./r. ids. */
export function mirrorTiledView(view: TiledView, width: number): TiledView {
  const flipRing = (ring: Ring): Ring => ring.map((p): Pair => [width - p[0], p[1]]).reverse();
  const flip = (mp: MultiPolygon): MultiPolygon => mp.map((poly) => poly.map(flipRing));
  return {
    silhouette: flip(view.silhouette),
    regions: view.regions.map((r) => ({ id: swapSide(r.id), pieces: flip(r.pieces) })),
    details: view.details.map((line) => line.map((p): Xy => [width - p[0], p[1]])),
    problems: [...view.problems],
    notes: [...view.notes],
  };
}

// ---------- output ----------

function fmt(v: number): string {
  const r = Math.round(v * 10) / 10;
  return (Object.is(r, -0) ? 0 : r).toString();
}

/** Rounds a ring to 0.1 and drops repeated and collinear points. Returns open point list. */
export function roundRing(ring: Ring): Xy[] {
  const pts: Xy[] = [];
  for (const p of ring) {
    const q: Xy = [Number(fmt(p[0])), Number(fmt(p[1]))];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (first && last && pts.length > 1 && first[0] === last[0] && first[1] === last[1]) pts.pop();
  // drop exactly collinear vertices
  const out: Xy[] = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[(i - 1 + pts.length) % pts.length] as Xy;
    const b = pts[i] as Xy;
    const c = pts[(i + 1) % pts.length] as Xy;
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (Math.abs(cross) > 1e-9) out.push(b);
  }
  return out;
}

export function ringPath(pts: Xy[]): string {
  return pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p[0])} ${fmt(p[1])}`).join('') + 'Z';
}

export function multiPath(mp: MultiPolygon): string {
  return mp.map((poly) => poly.map((ring) => ringPath(roundRing(ring))).join('')).join('');
}

export function linePath(line: Xy[]): string {
  const pts: Xy[] = [];
  for (const p of line) {
    const q: Xy = [Number(fmt(p[0])), Number(fmt(p[1]))];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
  }
  return pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p[0])} ${fmt(p[1])}`).join('');
}

/** Parses an M/L/Z path back into a MultiPolygon of outer rings (each subpath one polygon). */
export function parsePath(d: string): MultiPolygon {
  const out: MultiPolygon = [];
  let ring: Ring = [];
  const re = /([MLZ])([^MLZ]*)/g;
  for (const m of d.matchAll(re)) {
    const cmd = m[1];
    const nums = (m[2] ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'M') {
      ring = [[nums[0] as number, nums[1] as number]];
    } else if (cmd === 'L') {
      ring.push([nums[0] as number, nums[1] as number]);
    } else {
      const first = ring[0];
      if (first) ring.push([first[0], first[1]]);
      out.push([ring]);
      ring = [];
    }
  }
  return out;
}

// ---------- pole of inaccessibility ----------

function pointToRingsDistance(x: number, y: number, poly: Polygon): number {
  let inside = false;
  let minDist = Infinity;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Pair;
      const b = ring[j] as Pair;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minDist = Math.min(minDist, segmentDistance([x, y], a, b));
    }
  }
  return (inside ? 1 : -1) * minDist;
}

/** Pole of inaccessibility of a polygon (the polylabel method), to a precision of 0.2. */
export function poleOfInaccessibility(poly: Polygon): Xy {
  const outer = poly[0] as Ring;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const cellSize = Math.min(maxX - minX, maxY - minY);
  if (cellSize === 0) return [minX, minY];
  type Cell = { x: number; y: number; h: number; d: number; max: number };
  const cell = (x: number, y: number, h: number): Cell => {
    const d = pointToRingsDistance(x, y, poly);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize)
      queue.push(cell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  }
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length > 0) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop() as Cell;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= 0.2) continue;
    const h = c.h / 2;
    queue.push(
      cell(c.x - h, c.y - h, h),
      cell(c.x + h, c.y - h, h),
      cell(c.x - h, c.y + h, h),
      cell(c.x + h, c.y + h, h),
    );
  }
  return [Math.round(best.x * 10) / 10, Math.round(best.y * 10) / 10];
}
