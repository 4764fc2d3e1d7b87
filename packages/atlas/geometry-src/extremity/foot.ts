// Close-ups of both feet, toes up, the big toes toward the middle of the picture. One foot is drawn
// (the one on the viewer's left); the other is its mirror image.
//
// - foot-dorsal: the tops of the feet seen from the front and above, the ankles at the bottom: the
//   person's RIGHT foot is on the viewer's LEFT, like the front view.
// - foot-plantar: the soles seen from behind (the person lying face down, or kneeling), heels at the
//   bottom: the person's LEFT foot is on the viewer's LEFT, like the back view.
//
// Local frame in millimetres: x = 0 between the feet, the drawn foot at x < 0 with its big toe toward
// x = 0; y down, the heel (or the ankle cut) at y = 3 and the big toe tip at y = -252. Proportions of
// an adult foot: 255 mm long, 92 mm across the metatarsal heads, heel 62 mm wide; big toe 30 mm wide,
// the lesser toes 13-16 mm. Region borders on the sole: the heel pad ends about a quarter of the way
// along the foot (y = -62), the arch (midfoot) runs to the ball (y = -148), the ball of the foot to the
// toe creases (a line slanting from -204 under the big toe to -186 under the little toe); the big toe
// and the lesser toes are split along the gap between the first and second toes. On the top: the ankle
// (lateral malleolus, the front of the ankle, medial malleolus) below y = -30 to -50, the dorsum of the
// foot up to the toe creases, the toes as on the sole.
import type { DetailSpec, HeadViewSpec, Pt, RegionSpec } from '../head/types.ts';
import { capsule, poly, shift } from './shapes.ts';

type Xy = readonly [number, number];

/** All x values below are moved by this much, so the feet sit close together. */
const S = 8;

/** The outline from the lateral heel, round the forefoot, to the medial heel. */
const UPPER: Pt[] = [
  [-88, -45],
  [-91, -85],
  [-97, -125],
  [-104, -160],
  [-108, -180],
  [-105, -190],
  [-90, -198],
  [-60, -204],
  [-30, -205],
  [-19, -196],
  [-17, -178],
  [-18, -150],
  [-22, -110],
  [-25, -70],
  [-26, -40],
];
const HEEL: Pt[] = [
  [-30, -14],
  [-40, 0],
  [-52, 3],
  [-72, -2],
  [-84, -18],
];
/** From above the heel is hidden; the ankle shows, with the malleoli bulging on both sides. */
const ANKLE: Pt[] = [
  [-22, -24],
  [-30, 3, 1],
  [-84, 3, 1],
  [-93, -20],
];

interface Digit {
  readonly base: Xy;
  readonly tip: Xy;
  readonly w: number;
}
const BIG_TOE: Digit = { base: [-34, -170], tip: [-32, -252], w: 30 };
const LESSER_TOES: readonly Digit[] = [
  { base: [-58, -170], tip: [-61, -244], w: 16 },
  { base: [-75, -170], tip: [-79, -236], w: 15 },
  { base: [-90, -168], tip: [-95, -226], w: 14 },
  { base: [-98, -172], tip: [-108, -214], w: 13 },
];

/** The toe creases: y on the line from (-10, -204) to (-120, -186). */
function toeLine(x: number): number {
  return -204 - (x + 10) * (18 / 110);
}

function toeRegions(side: 'l' | 'r'): RegionSpec[] {
  const big = poly([-49.5, toeLine(-49.5)], [-S, toeLine(-S)], [-S, -300], [-50, -300]);
  const lesser = poly([-200, toeLine(-200)], [-49.5, toeLine(-49.5)], [-50, -300], [-200, -300]);
  return [
    { id: `${side}.lesser-toes`, pts: shift(lesser, S), pair: true },
    { id: `${side}.big-toe`, pts: shift(big, S), pair: true },
  ];
}

function silhouette(bottom: Pt[]): HeadViewSpec['silhouette'] {
  return [
    { pts: shift([...UPPER, ...bottom], S), pair: true },
    ...[BIG_TOE, ...LESSER_TOES].map((t) => ({ pts: shift(capsule(t.base, t.tip, t.w), S), pair: true })),
  ];
}

function region(id: string, pts: Pt[]): RegionSpec {
  return { id, pts: shift(pts, S), pair: true };
}

const WHOLE = poly([-200, 40], [-S, 40], [-S, -300], [-200, -300]);

/** A toenail on the last part of a toe. */
function nail(t: Digit): DetailSpec {
  const dx = t.tip[0] - t.base[0];
  const dy = t.tip[1] - t.base[1];
  const len = Math.hypot(dx, dy);
  const d: Xy = [dx / len, dy / len];
  const n: Xy = [-d[1], d[0]];
  const hw = t.w * 0.3;
  const nl = t.w * 0.6;
  const at = (along: number, across: number): Pt => [
    t.tip[0] - d[0] * along + n[0] * across + S,
    t.tip[1] - d[1] * along + n[1] * across,
  ];
  return {
    pts: [at(2.5, hw), at(1.8, 0), at(2.5, -hw), at(2.5 + nl, -hw), at(2.5 + nl + 1.2, 0), at(2.5 + nl, hw)],
    closed: true,
    pair: true,
  };
}

const TRANSFORM = { scale: 1.45, dx: 168, dy: 374 };

/** The tops of both feet (person's right foot on the viewer's left). */
export const FOOT_DORSAL: HeadViewSpec = {
  transform: TRANSFORM,
  width: 336,
  height: 389,
  silhouette: silhouette(ANKLE),
  regions: [
    region('r.dorsal-foot', WHOLE),
    region('r.lateral-ankle', poly([-200, 40], [-72, 40], [-72, -46], [-200, -52])),
    region('r.medial-ankle', poly([-38, 40], [-S, 40], [-S, -52], [-38, -44])),
    region('r.anterior-ankle', poly([-72, 40], [-38, 40], [-38, -30], [-72, -30])),
    ...toeRegions('r'),
  ],
  details: [BIG_TOE, ...LESSER_TOES].map(nail),
};

/** Both soles (person's left foot on the viewer's left). */
export const FOOT_PLANTAR: HeadViewSpec = {
  transform: TRANSFORM,
  width: 336,
  height: 389,
  silhouette: silhouette(HEEL),
  regions: [
    region('l.forefoot-sole', WHOLE),
    region('l.arch', poly([-200, -58], [-S, -62], [-S, -148], [-200, -150])),
    region('l.plantar-heel', poly([-200, 40], [-S, 40], [-S, -62], [-200, -58])),
    ...toeRegions('l'),
  ],
  details: [],
};
