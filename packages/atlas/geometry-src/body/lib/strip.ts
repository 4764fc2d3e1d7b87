// Limb frames. A strip is a run of cross-sections (a point on each edge of a limb); a place on the limb is
// (t, f): t counts cross-sections (fractions between them, extrapolated past the ends), f runs from the
// first edge (0) to the second (1) and beyond. Zones drawn in (t, f) follow the limb as it bends and tapers.
import { add, lerp, mul, type Pt, smooth, unit } from './geom.ts';

export type Station = readonly [Pt, Pt];

export class Strip {
  constructor(readonly stations: readonly Station[]) {
    if (stations.length < 2) throw new Error('a strip needs two cross-sections');
  }

  private station(i: number): Station {
    const s = this.stations[Math.max(0, Math.min(this.stations.length - 1, i))];
    if (s === undefined) throw new Error('no station');
    return s;
  }

  /** The point at cross-section position t, fraction f across. */
  at(t: number, f: number): Pt {
    const last = this.stations.length - 1;
    const i = Math.max(0, Math.min(last - 1, Math.floor(t)));
    const k = t - i;
    const [a0, b0] = this.station(i);
    const [a1, b1] = this.station(i + 1);
    const a = lerp(a0, a1, k);
    const b = lerp(b0, b1, k);
    return lerp(a, b, f);
  }

  /** A polygon through (t, f) corners; edges are split so they follow the strip's bends. */
  zone(corners: readonly (readonly [number, number])[], step = 0.25): Pt[] {
    const out: Pt[] = [];
    for (let i = 0; i < corners.length; i++) {
      const c0 = corners[i];
      const c1 = corners[(i + 1) % corners.length];
      if (c0 === undefined || c1 === undefined) continue;
      const n = Math.max(1, Math.ceil(Math.abs(c1[0] - c0[0]) / step));
      for (let j = 0; j < n; j++) {
        const s = j / n;
        out.push(this.at(c0[0] + (c1[0] - c0[0]) * s, c0[1] + (c1[1] - c0[1]) * s));
      }
    }
    return out;
  }

  /** The rectangle t0..t1 by f0..f1. */
  rect(t0: number, t1: number, f0: number, f1: number): Pt[] {
    return this.zone([
      [t0, f0],
      [t1, f0],
      [t1, f1],
      [t0, f1],
    ]);
  }

  /** Cross-section position whose stations straddle a given y (for limbs drawn upright). */
  tAtY(y: number): number {
    const mid = (s: Station): number => (s[0][1] + s[1][1]) / 2;
    for (let i = 0; i < this.stations.length - 1; i++) {
      const y0 = mid(this.station(i));
      const y1 = mid(this.station(i + 1));
      if ((y >= y0 && y <= y1) || i === this.stations.length - 2 || (i === 0 && y < y0)) {
        return i + (y - y0) / (y1 - y0);
      }
    }
    return 0;
  }
}

/** A local frame: origin, an axis direction; (a, b) maps to origin + a*axis + b*normal. */
export class Frame {
  readonly axis: Pt;
  readonly normal: Pt;
  constructor(
    readonly origin: Pt,
    direction: Pt,
    /** +1: normal is the axis turned clockwise on screen (y down), -1: counter-clockwise. */
    hand: 1 | -1 = 1,
  ) {
    this.axis = unit(direction);
    this.normal = hand === 1 ? [-this.axis[1], this.axis[0]] : [this.axis[1], -this.axis[0]];
  }

  at(a: number, b: number): Pt {
    return add(this.origin, add(mul(this.axis, a), mul(this.normal, b)));
  }

  poly(ps: readonly (readonly [number, number])[]): Pt[] {
    return ps.map((p) => this.at(p[0], p[1]));
  }
}

/** Cross-sections of an upright limb: at each y, the crossing of a horizontal line with two edge curves. */
export function stationsByY(edgeA: readonly Pt[], edgeB: readonly Pt[], ys: readonly number[]): Station[] {
  const cross = (edge: readonly Pt[], y: number): Pt => {
    for (let i = 0; i < edge.length - 1; i++) {
      const p = edge[i];
      const q = edge[i + 1];
      if (p === undefined || q === undefined) continue;
      if ((p[1] <= y && q[1] >= y) || (p[1] >= y && q[1] <= y)) {
        const k = q[1] === p[1] ? 0 : (y - p[1]) / (q[1] - p[1]);
        return lerp(p, q, k);
      }
    }
    throw new Error(`edge does not reach y=${y}`);
  };
  return ys.map((y): Station => [cross(edgeA, y), cross(edgeB, y)]);
}

/** A smoothed open curve through landmarks (for edges used as strip sides). */
export function curve(marks: readonly (readonly [number, number])[]): Pt[] {
  return smooth(marks, false, 0.2);
}
