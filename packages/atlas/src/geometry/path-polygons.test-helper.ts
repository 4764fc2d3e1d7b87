// Test-only helpers: read the M/L/Z path data of the body map geometry back into polygons and measure them.
import polygonClipping from 'polygon-clipping';

type Pair = [number, number];
type Ring = Pair[];
type Polygon = Ring[];
export type MultiPolygon = Polygon[];

/** The closed rings of an SVG path made of absolute M, L and Z commands. */
export function pathRings(d: string): Ring[] {
  const tokens = d.match(/[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const rings: Ring[] = [];
  let ring: Ring = [];
  let numbers: number[] = [];
  const flush = (): void => {
    for (let i = 0; i + 1 < numbers.length; i += 2) ring.push([numbers[i] ?? 0, numbers[i + 1] ?? 0]);
    numbers = [];
  };
  const close = (): void => {
    flush();
    if (ring.length >= 3) rings.push(ring);
    ring = [];
  };
  for (const t of tokens) {
    if (t === 'M' || t === 'm') close();
    else if (t === 'Z' || t === 'z') close();
    else if (t === 'L' || t === 'l') flush();
    else numbers.push(Number(t));
  }
  close();
  return rings;
}

function ringArea(r: Ring): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const a = r[i] ?? [0, 0];
    const b = r[(i + 1) % r.length] ?? [0, 0];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s / 2);
}

function insideRing(p: Pair, r: Ring): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const a = r[i] ?? [0, 0];
    const b = r[j] ?? [0, 0];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0])
      inside = !inside;
  }
  return inside;
}

/** Path data as polygons; a ring inside an odd number of other rings is a hole (even-odd rule). */
export function pathPolygons(d: string): MultiPolygon {
  const rings = pathRings(d);
  const depth = rings.map(
    (r, i) => rings.filter((o, j) => j !== i && r[0] !== undefined && insideRing(r[0], o)).length,
  );
  const polygons: MultiPolygon = [];
  const outerOf = new Map<number, Polygon>();
  rings.forEach((r, i) => {
    if ((depth[i] ?? 0) % 2 === 0) {
      const p: Polygon = [r];
      outerOf.set(i, p);
      polygons.push(p);
    }
  });
  rings.forEach((r, i) => {
    if ((depth[i] ?? 0) % 2 === 0 || r[0] === undefined) return;
    let best: number | undefined;
    for (const [j, p] of outerOf) {
      const outer = p[0];
      if (
        outer !== undefined &&
        insideRing(r[0], outer) &&
        (best === undefined || ringArea(outer) < ringArea(rings[best] ?? []))
      )
        best = j;
    }
    if (best !== undefined) outerOf.get(best)?.push(r);
  });
  return polygons;
}

/** Area of polygons with holes. */
export function area(m: MultiPolygon): number {
  return m.reduce((s, p) => s + p.reduce((t, r, i) => t + (i === 0 ? 1 : -1) * ringArea(r), 0), 0);
}

/** The union of several shapes. */
export function unionAll(shapes: readonly MultiPolygon[]): MultiPolygon {
  const [first, ...rest] = shapes.filter((s) => s.length > 0);
  return first === undefined ? [] : polygonClipping.union(first, ...rest);
}

/** Whether a point lies inside polygons with holes. */
export function contains(m: MultiPolygon, p: readonly [number, number]): boolean {
  const q: Pair = [p[0], p[1]];
  return m.some((poly) =>
    poly.reduce((inside, r, i) => (i === 0 ? insideRing(q, r) : inside && !insideRing(q, r)), false),
  );
}
