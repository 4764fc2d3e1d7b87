// Plane geometry for the body map generator: smoothing, boolean operations, areas, simplification,
// label points and SVG path text. Build-time only; nothing here ships with the atlas.
import pc from 'polygon-clipping';

/** A point [x, y] in drawing units (y grows downwards). */
export type Pt = [number, number];
/** A landmark: a point, optionally flagged as a corner (the smoothed curve keeps a kink there). */
export type Mark = readonly [number, number] | readonly [number, number, 'corner'];
/** A polygon as rings (first the outline, then holes), rings not closed. */
export type Poly = Pt[][];
/** Several polygons. */
export type Multi = Poly[];

const at = <T>(xs: readonly T[], i: number): T => {
  const v = xs[((i % xs.length) + xs.length) % xs.length];
  if (v === undefined) throw new Error('empty list');
  return v;
};

export const pt = (x: number, y: number): Pt => [x, y];
export const add = (a: Pt, b: Pt): Pt => [a[0] + b[0], a[1] + b[1]];
export const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
export const mul = (a: Pt, k: number): Pt => [a[0] * k, a[1] * k];
export const lerp = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
export const len = (a: Pt): number => Math.hypot(a[0], a[1]);
export const dist = (a: Pt, b: Pt): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const unit = (a: Pt): Pt => {
  const l = len(a);
  return l < 1e-12 ? [0, 0] : [a[0] / l, a[1] / l];
};

function isCorner(m: Mark): boolean {
  return m[2] === 'corner';
}

function flattenCubic(p0: Pt, c1: Pt, c2: Pt, p3: Pt, tol: number, out: Pt[], depth = 0): void {
  const chord = sub(p3, p0);
  const cl = len(chord);
  const d = (p: Pt): number =>
    cl < 1e-9 ? dist(p, p0) : Math.abs((p[0] - p0[0]) * chord[1] - (p[1] - p0[1]) * chord[0]) / cl;
  if (depth > 12 || Math.max(d(c1), d(c2)) <= tol) {
    out.push(p3);
    return;
  }
  const m01 = lerp(p0, c1, 0.5);
  const m12 = lerp(c1, c2, 0.5);
  const m23 = lerp(c2, p3, 0.5);
  const a = lerp(m01, m12, 0.5);
  const b = lerp(m12, m23, 0.5);
  const mid = lerp(a, b, 0.5);
  flattenCubic(p0, m01, a, mid, tol, out, depth + 1);
  flattenCubic(mid, b, m23, p3, tol, out, depth + 1);
}

/**
 * Smooths landmarks into a polyline through every landmark (cubic pieces whose end tangents bisect the
 * neighbouring chords, flattened to `tol`). Corner landmarks keep a kink. Closed curves return an
 * unclosed ring.
 */
export function smooth(marks: readonly Mark[], closed: boolean, tol = 0.3): Pt[] {
  const n = marks.length;
  const P = marks.map((m) => pt(m[0], m[1]));
  const tin: Pt[] = [];
  const tout: Pt[] = [];
  for (let i = 0; i < n; i++) {
    const p = at(P, i);
    const hasPrev = closed || i > 0;
    const hasNext = closed || i < n - 1;
    const dIn = hasPrev ? unit(sub(p, at(P, i - 1))) : undefined;
    const dOut = hasNext ? unit(sub(at(P, i + 1), p)) : undefined;
    if (dIn === undefined || dOut === undefined || isCorner(at(marks, i))) {
      tin.push(dIn ?? dOut ?? [0, 0]);
      tout.push(dOut ?? dIn ?? [0, 0]);
    } else {
      const b = unit(add(dIn, dOut));
      const t = len(b) < 1e-9 ? dOut : b;
      tin.push(t);
      tout.push(t);
    }
  }
  const out: Pt[] = [at(P, 0)];
  const segs = closed ? n : n - 1;
  for (let i = 0; i < segs; i++) {
    const a = at(P, i);
    const b = at(P, i + 1);
    const l = dist(a, b) / 3;
    flattenCubic(a, add(a, mul(at(tout, i), l)), sub(b, mul(at(tin, i + 1), l)), b, tol, out);
  }
  if (closed) out.pop();
  return out;
}

/** Signed area of a ring (positive when counter-clockwise in y-up axes). */
export function ringArea(r: readonly Pt[]): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const a = at(r, i);
    const b = at(r, i + 1);
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export function polyArea(p: Poly): number {
  return p.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(r)), 0);
}

export function multiArea(m: Multi): number {
  return m.reduce((s, p) => s + polyArea(p), 0);
}

function toPc(m: Multi, grid: number): pc.MultiPolygon {
  const q = (v: number): number => (grid === 0 ? v : Math.round(v / grid) * grid);
  return m.map((p) => p.map((r) => r.map((v): [number, number] => [q(v[0]), q(v[1])])));
}

/** Runs a polygon-clipping operation; on its rare robustness failure, again on coordinates snapped to a grid. */
function run(op: (a: pc.MultiPolygon, ...b: pc.MultiPolygon[]) => pc.MultiPolygon, ms: Multi[]): Multi {
  let err: unknown;
  for (const grid of [0, 1e-6, 1e-4, 1e-3]) {
    try {
      const [first, ...rest] = ms.map((m) => toPc(m, grid));
      if (first === undefined) return [];
      return fromPc(op(first, ...rest));
    } catch (e) {
      err = e;
    }
  }
  throw err;
}

function fromPc(m: pc.MultiPolygon): Multi {
  return m.map((p) =>
    p.map((r) => {
      const ring = r.map((q): Pt => [q[0], q[1]]);
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1])
        ring.pop();
      return ring;
    }),
  );
}

export const ring = (r: readonly Pt[]): Multi => [[r.map((q): Pt => [q[0], q[1]])]];

export function union(...ms: Multi[]): Multi {
  const list = ms.filter((m) => m.length > 0);
  if (list.length === 0) return [];
  return run(pc.union, list);
}

export function intersect(a: Multi, b: Multi): Multi {
  if (a.length === 0 || b.length === 0) return [];
  return run(pc.intersection, [a, b]);
}

export function difference(a: Multi, ...bs: Multi[]): Multi {
  const rest = bs.filter((m) => m.length > 0);
  if (a.length === 0) return [];
  if (rest.length === 0) return a;
  return run(pc.difference, [a, ...rest]);
}

/** Drops vertices that deviate less than `tol` from the line through their neighbours (Douglas-Peucker). */
export function simplifyRing(r: Pt[], tol: number): Pt[] {
  if (r.length <= 4) return r;
  // Start from the two points farthest apart so the closed ring splits into two open chains.
  let i0 = 0;
  let i1 = 0;
  let best = -1;
  const first = at(r, 0);
  for (let i = 0; i < r.length; i++) {
    const d = dist(first, at(r, i));
    if (d > best) {
      best = d;
      i1 = i;
    }
  }
  best = -1;
  for (let i = 0; i < r.length; i++) {
    const d = dist(at(r, i1), at(r, i));
    if (d > best) {
      best = d;
      i0 = i;
    }
  }
  const keep = new Array<boolean>(r.length).fill(false);
  keep[i0] = true;
  keep[i1] = true;
  const chain = (from: number, to: number): void => {
    const idx: number[] = [];
    for (let i = from; ; i = (i + 1) % r.length) {
      idx.push(i);
      if (i === to) break;
    }
    const rec = (lo: number, hi: number): void => {
      if (hi - lo < 2) return;
      const a = at(r, at(idx, lo));
      const b = at(r, at(idx, hi));
      const ab = sub(b, a);
      const l = len(ab);
      let far = -1;
      let fi = lo;
      for (let k = lo + 1; k < hi; k++) {
        const p = at(r, at(idx, k));
        const d = l < 1e-9 ? dist(p, a) : Math.abs((p[0] - a[0]) * ab[1] - (p[1] - a[1]) * ab[0]) / l;
        if (d > far) {
          far = d;
          fi = k;
        }
      }
      if (far > tol) {
        keep[at(idx, fi)] = true;
        rec(lo, fi);
        rec(fi, hi);
      }
    };
    rec(0, idx.length - 1);
  };
  chain(i0, i1);
  chain(i1, i0);
  return r.filter((_, i) => keep[i]);
}

/** Rounds to 0.1 and removes repeated and exactly collinear vertices. */
export function roundRing(r: readonly Pt[]): Pt[] {
  const q = (v: number): number => Math.round(v * 10) / 10;
  let out: Pt[] = [];
  for (const p of r) {
    const v: Pt = [q(p[0]), q(p[1])];
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== v[0] || last[1] !== v[1]) out.push(v);
  }
  const f = out[0];
  const l = out[out.length - 1];
  if (out.length > 1 && f !== undefined && l !== undefined && f[0] === l[0] && f[1] === l[1]) out.pop();
  let changed = true;
  while (changed && out.length > 3) {
    changed = false;
    const next: Pt[] = [];
    for (let i = 0; i < out.length; i++) {
      const a = at(out, i - 1);
      const b = at(out, i);
      const c = at(out, i + 1);
      const cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      if (Math.abs(cross) < 1e-9) changed = true;
      else next.push(b);
    }
    out = next;
  }
  return out;
}

const fmt = (v: number): string => {
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
};

/** SVG path data with absolute M/L/Z commands. */
export function pathD(rings: readonly (readonly Pt[])[]): string {
  return rings
    .filter((r) => r.length >= 3)
    .map((r) => r.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p[0])} ${fmt(p[1])}`).join('') + 'Z')
    .join('');
}

/** SVG path data for open polylines (details). */
export function polylineD(lines: readonly (readonly Pt[])[]): string {
  return lines
    .filter((r) => r.length >= 2)
    .map((r) => r.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p[0])} ${fmt(p[1])}`).join(''))
    .join('');
}

function pointSegDist2(p: Pt, a: Pt, b: Pt): number {
  const ab = sub(b, a);
  const l2 = ab[0] * ab[0] + ab[1] * ab[1];
  let t = l2 === 0 ? 0 : ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / l2;
  t = Math.max(0, Math.min(1, t));
  const c = lerp(a, b, t);
  return (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2;
}

/** Signed distance from a point to a polygon outline (positive inside). */
function signedDist(p: Pt, poly: Poly): number {
  let inside = false;
  let min = Infinity;
  for (const r of poly) {
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const a = at(r, i);
      const b = at(r, j);
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
        inside = !inside;
      min = Math.min(min, pointSegDist2(p, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

/** Pole of inaccessibility: the inside point farthest from the outline (cell search, as in polylabel). */
export function labelPoint(poly: Poly, precision = 0.2): Pt {
  const outer = at(poly, 0);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0]);
    minY = Math.min(minY, p[1]);
    maxX = Math.max(maxX, p[0]);
    maxY = Math.max(maxY, p[1]);
  }
  const size = Math.min(maxX - minX, maxY - minY);
  if (size === 0) return [minX, minY];
  interface Cell {
    c: Pt;
    h: number;
    d: number;
    max: number;
  }
  const mk = (x: number, y: number, h: number): Cell => {
    const d = signedDist([x, y], poly);
    return { c: [x, y], h, d, max: d + h * Math.SQRT2 };
  };
  const cells: Cell[] = [];
  const h0 = size / 2;
  for (let x = minX; x < maxX; x += size)
    for (let y = minY; y < maxY; y += size) cells.push(mk(x + h0, y + h0, h0));
  // Start from the area centroid too.
  let cx = 0;
  let cy = 0;
  let a = 0;
  for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
    const p = at(outer, i);
    const q = at(outer, j);
    const f = p[0] * q[1] - q[0] * p[1];
    cx += (p[0] + q[0]) * f;
    cy += (p[1] + q[1]) * f;
    a += f * 3;
  }
  let best = a === 0 ? mk(at(outer, 0)[0], at(outer, 0)[1], 0) : mk(cx / a, cy / a, 0);
  const bbox = mk(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0);
  if (bbox.d > best.d) best = bbox;
  while (cells.length > 0) {
    cells.sort((u, v) => u.max - v.max);
    const cell = cells.pop();
    if (cell === undefined) break;
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const h = cell.h / 2;
    cells.push(mk(cell.c[0] - h, cell.c[1] - h, h));
    cells.push(mk(cell.c[0] + h, cell.c[1] - h, h));
    cells.push(mk(cell.c[0] - h, cell.c[1] + h, h));
    cells.push(mk(cell.c[0] + h, cell.c[1] + h, h));
  }
  return best.c;
}

/** Whether a point lies inside a polygon (holes respected). */
export function inside(p: Pt, poly: Poly): boolean {
  return signedDist(p, poly) > 0;
}

/** An ellipse as a ring. */
export function ellipse(c: Pt, rx: number, ry: number, n = 24, rot = 0): Pt[] {
  const out: Pt[] = [];
  const cr = Math.cos(rot);
  const sr = Math.sin(rot);
  for (let i = 0; i < n; i++) {
    const t = (i / n) * Math.PI * 2;
    const x = Math.cos(t) * rx;
    const y = Math.sin(t) * ry;
    out.push([c[0] + x * cr - y * sr, c[1] + x * sr + y * cr]);
  }
  return out;
}
