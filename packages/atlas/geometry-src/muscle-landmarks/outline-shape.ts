// Builds one muscle outline (belly silhouette + fibre lines) from its ends and its course, in view units.
// The belly runs from the origin (a point or a line between two points) to the insertion (likewise),
// along a centre line through optional `via` points. Its two borders start at the origin's ends and
// finish at the insertion's ends, offset from the centre line by a linearly blended end offset plus a
// sine bulge (`belly` x length) that makes the fleshy middle. Fibres are lines between the borders at
// fixed fractions, so parallel, fan-shaped and convergent muscles show their own fibre direction.
export type Xy = readonly [number, number];

/** Ends, course and fullness of one muscle (or muscle part) on one view, in view units. */
export interface OutlineInput {
  readonly from: readonly Xy[];
  readonly to: readonly Xy[];
  readonly via: readonly Xy[];
  /** Bulge of each border at mid-length as a fraction of the length. */
  readonly belly: number;
  readonly fibres: number;
}

/** The drawn belly outline and fibre lines as SVG path data (absolute M/L, integer units). */
export interface OutlineShape {
  readonly d: string;
  readonly fibres: string;
}

const STEPS = 20;
const add = (a: Xy, b: Xy): Xy => [a[0] + b[0], a[1] + b[1]];
const sub = (a: Xy, b: Xy): Xy => [a[0] - b[0], a[1] - b[1]];
const mul = (a: Xy, k: number): Xy => [a[0] * k, a[1] * k];
const lerp = (a: Xy, b: Xy, t: number): Xy => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const mid = (ps: readonly Xy[]): Xy => lerp(ps[0] ?? [0, 0], ps[ps.length - 1] ?? [0, 0], 0.5);
const dist = (a: Xy, b: Xy): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** A Catmull-Rom curve through the points, sampled at even parameter steps (by chord length). */
function curve(points: readonly Xy[]): (s: number) => Xy {
  const lens = points.slice(1).map((p, i) => dist(points[i] ?? p, p));
  const total = lens.reduce((a, b) => a + b, 0) || 1;
  return (s: number): Xy => {
    let at = s * total;
    let i = 0;
    while (i < lens.length - 1 && at > (lens[i] ?? 0)) at -= lens[i++] ?? 0;
    const t = Math.min(1, at / (lens[i] || 1));
    const p0 = points[Math.max(0, i - 1)] ?? [0, 0];
    const p1 = points[i] ?? [0, 0];
    const p2 = points[i + 1] ?? p1;
    const p3 = points[Math.min(points.length - 1, i + 2)] ?? p2;
    const t2 = t * t;
    const t3 = t2 * t;
    const w = (a: number, b: number, c: number, d: number): number =>
      0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
    return [w(p0[0], p1[0], p2[0], p3[0]), w(p0[1], p1[1], p2[1], p3[1])];
  };
}

function pathOf(points: readonly Xy[], close: boolean): string {
  const text = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(p[0])} ${Math.round(p[1])}`);
  return text.join('') + (close ? 'Z' : '');
}

/** The outline and fibres of one muscle part. */
export function outlineShape(input: OutlineInput): OutlineShape {
  const o1 = input.from[0] ?? [0, 0];
  const i1 = input.to[0] ?? [0, 0];
  const centre = curve([mid(input.from), ...input.via, mid(input.to)]);
  const length = [...Array(STEPS).keys()].reduce(
    (s, k) => s + dist(centre(k / STEPS), centre((k + 1) / STEPS)),
    0,
  );
  const startA = sub(o1, mid(input.from));
  const endA = sub(i1, mid(input.to));
  const border =
    (sign: 1 | -1) =>
    (s: number): Xy => {
      const ahead = centre(Math.min(1, s + 0.01));
      const behind = centre(Math.max(0, s - 0.01));
      const dir = sub(ahead, behind);
      const n: Xy = mul([-dir[1], dir[0]], 1 / (Math.hypot(dir[0], dir[1]) || 1));
      const offset = mul(lerp(startA, endA, s), sign);
      // The bulge pushes away from the other border: along n when this border's offset leans that way.
      const lean = offset[0] * n[0] + offset[1] * n[1];
      const away = lean === 0 ? sign : Math.sign(lean);
      return add(add(centre(s), offset), mul(n, away * input.belly * length * Math.sin(Math.PI * s)));
    };
  const a = border(1);
  const b = border(-1);
  const ss = [...Array(STEPS + 1).keys()].map((k) => k / STEPS);
  const d = pathOf([...ss.map(a), ...[...ss].reverse().map(b)], true);
  const fibres = [...Array(input.fibres).keys()].map((k) => {
    const t = (k + 1) / (input.fibres + 1);
    const pts = ss.filter((_, j) => j % 2 === 0).map((s) => lerp(a(0.03 + s * 0.94), b(0.03 + s * 0.94), t));
    return pathOf(pts, false);
  });
  return { d, fibres: fibres.join('') };
}
