// Close-ups of both hands, fingers up, the thumbs toward the middle of the picture. One hand is drawn
// (the one on the viewer's left); the other is its mirror image.
//
// - hand-palmar: the palms, as if the person faced the viewer with both hands raised (an oath): the
//   person's RIGHT hand is on the viewer's LEFT, like the front view.
// - hand-dorsal: the backs of the hands, as if the person faced away with both hands raised: the
//   person's LEFT hand is on the viewer's LEFT, like the back view.
// Both show the same outline (a hand seen from its back is the mirror image of the palm).
//
// Local frame in millimetres: x = 0 between the hands, the drawn hand at x < 0 with its thumb toward
// x = 0; y down, the wrist cut at y = 6 and the middle fingertip at y = -210. Proportions of an adult
// hand, slightly stylised so a finger is a comfortable touch target: palm 88 mm wide and 120 mm long
// from the wrist crease (y = -22) to the finger webs, fingers 20-22 mm wide (little 68 mm, ring 84,
// middle 92, index 82 mm long from the web), thumb 24 mm wide, abducted about 20 degrees from the index, the web between them 97 mm above the wrist crease.
// Region borders: the wrist crease (wrist regions below it, split in thirds: ulnar, middle, radial);
// the thenar crease (thenar eminence), the hypothenar eminence on the little-finger side up to the
// distal palmar crease; each finger from its palmar digital crease, split from its neighbours along
// the middle of the gap; the thumb beyond its metacarpophalangeal crease; on the back, the first web
// space between the thumb and index metacarpals.
import type { DetailSpec, HeadViewSpec, Pt, RegionSpec } from '../head/types.ts';
import { capsule, poly, shift } from './shapes.ts';

type Xy = readonly [number, number];

/** All x values below are moved by this much, so the thumb tip stays clear of the middle. */
const S = -13;
const TOP = -240;

const PALM: Pt[] = [
  [-106, 6, 1],
  [-108, -12],
  [-113, -45],
  [-117, -80],
  [-117, -102],
  [-112, -114],
  [-95, -119],
  [-70, -121],
  [-48, -119],
  [-33, -112],
  [-30, -95],
  [-30, -78],
  [-31, -58],
  [-33, -38],
  [-37, -20],
  [-42, 6, 1],
];

interface Digit {
  readonly key: string;
  readonly base: Xy;
  readonly tip: Xy;
  readonly w: number;
}

const FINGERS: readonly Digit[] = [
  { key: 'little-finger', base: [-107, -100], tip: [-112, -178], w: 20 },
  { key: 'ring-finger', base: [-86.5, -100], tip: [-89, -200], w: 22 },
  { key: 'middle-finger', base: [-64.5, -100], tip: [-64.5, -210], w: 22 },
  { key: 'index-finger', base: [-42.5, -100], tip: [-39, -198], w: 22 },
];
const THUMB: Digit = { key: 'thumb', base: [-52, -4], tip: [-2, -138], w: 24 };

/** Borders between the fingers, ulnar to radial: [x at y = -100, x at y = TOP]; the last is the thumb's. */
const FINGER_BORDERS: readonly Xy[] = [
  [-200, -200],
  [-97.25, -101.5],
  [-75.75, -77.5],
  [-53.75, -50.5],
  [-29.8, -18.9],
];
/** Palmar digital creases (y) of the little, ring, middle and index fingers. */
const FINGER_BASE = [-108, -116, -118, -114];

function borderX(b: Xy, y: number): number {
  return b[0] + ((b[1] - b[0]) * (y + 100)) / (TOP + 100);
}

function fingerRegions(side: 'l' | 'r'): RegionSpec[] {
  return FINGERS.map((f, i) => {
    const a = FINGER_BORDERS[i] as Xy;
    const b = FINGER_BORDERS[i + 1] as Xy;
    const y = FINGER_BASE[i] as number;
    const pts = poly([borderX(a, y), y], [borderX(b, y), y], [b[1], TOP], [a[1], TOP]);
    return { id: `${side}.${f.key}`, pts: shift(pts, S), pair: true };
  });
}

/** The thumb beyond its MCP crease; its ulnar border runs up the gap between thumb and index. */
function thumbRegion(side: 'l' | 'r'): RegionSpec {
  const pts = poly([-33.4, -87.8], [-30, -97], [-22, -200], [-S, -200], [-S, -70.5]);
  return { id: `${side}.thumb`, pts: shift(pts, S), pair: true };
}

function wristRegions(side: 'l' | 'r', middleKey: string): RegionSpec[] {
  const r = (key: string, pts: Pt[]): RegionSpec => ({
    id: `${side}.${key}`,
    pts: shift(pts, S),
    pair: true,
  });
  return [
    r('ulnar-wrist', poly([-200, 40], [-86, 40], [-86, -22], [-200, -22])),
    r(middleKey, poly([-86, 40], [-64, 40], [-64, -22], [-86, -22])),
    r('radial-wrist', poly([-64, 40], [-S, 40], [-S, -27], [-64, -22])),
  ];
}

const SILHOUETTE: HeadViewSpec['silhouette'] = [
  { pts: shift(PALM, S), pair: true },
  ...[...FINGERS, THUMB].map((f) => ({ pts: shift(capsule(f.base, f.tip, f.w), S), pair: true })),
];

const WHOLE = (side: 'l' | 'r', key: string): RegionSpec => ({
  id: `${side}.${key}`,
  pts: poly([-200, 40], [-S, 40], [-S, -300], [-200, -300]),
  pair: true,
});

/** A fingernail: a rounded plate on the last third of the distal phalanx. */
function nail(f: Digit): DetailSpec {
  const dx = f.tip[0] - f.base[0];
  const dy = f.tip[1] - f.base[1];
  const len = Math.hypot(dx, dy);
  const d: Xy = [dx / len, dy / len];
  const n: Xy = [-d[1], d[0]];
  const hw = f.w * 0.3;
  const nl = f.w * 0.75;
  const at = (along: number, across: number): Pt => [
    f.tip[0] - d[0] * along + n[0] * across + S,
    f.tip[1] - d[1] * along + n[1] * across,
  ];
  return {
    pts: [at(3, hw), at(2, 0), at(3, -hw), at(3 + nl, -hw), at(3 + nl + 1.5, 0), at(3 + nl, hw)],
    closed: true,
    pair: true,
  };
}

/** A flexion crease across a finger at a share of its length from the base crease. */
function crease(f: Digit, y0: number, share: number): DetailSpec {
  const dx = f.tip[0] - f.base[0];
  const dy = f.tip[1] - f.base[1];
  const len = Math.hypot(dx, dy);
  const d: Xy = [dx / len, dy / len];
  const n: Xy = [-d[1], d[0]];
  const along = (y0 + share * (f.tip[1] - y0) - f.base[1]) / d[1];
  const c: Xy = [f.base[0] + d[0] * along + S, f.base[1] + d[1] * along];
  const hw = f.w * 0.28;
  return {
    pts: [
      [c[0] - n[0] * hw, c[1] - n[1] * hw],
      [c[0] + n[0] * hw, c[1] + n[1] * hw],
    ],
    pair: true,
  };
}

const TRANSFORM = { scale: 1.6, dx: 224, dy: 349 };

/** Both palms (person's right hand on the viewer's left). */
export const HAND_PALMAR: HeadViewSpec = {
  transform: TRANSFORM,
  width: 448,
  height: 368,
  silhouette: SILHOUETTE,
  regions: [
    WHOLE('r', 'palm'),
    {
      id: 'r.hypothenar',
      pts: shift(
        [
          [-200, -20, 1],
          [-88, -20, 1],
          [-86, -45],
          [-90, -75],
          [-101, -95, 1],
          [-200, -98, 1],
        ],
        S,
      ),
      pair: true,
    },
    {
      id: 'r.thenar',
      pts: shift(
        [
          [-70, -20, 1],
          [-67, -45],
          [-59, -70],
          [-47, -87],
          [-35, -96, 1],
          [-S, -96, 1],
          [-S, -20, 1],
        ],
        S,
      ),
      pair: true,
    },
    ...wristRegions('r', 'volar-wrist'),
    thumbRegion('r'),
    ...fingerRegions('r'),
  ],
  details: [
    // the distal and proximal palmar creases, and the middle-phalanx creases of the fingers
    {
      pts: shift(
        [
          [-112, -92],
          [-95, -97],
          [-75, -103],
          [-58, -108],
        ],
        S,
      ),
      pair: true,
    },
    {
      pts: shift(
        [
          [-82, -66],
          [-68, -80],
          [-52, -92],
          [-38, -100],
        ],
        S,
      ),
      pair: true,
    },
    ...FINGERS.map((f, i) => crease(f, FINGER_BASE[i] as number, 0.45)),
  ],
};

/** Both backs of the hands (person's left hand on the viewer's left). */
export const HAND_DORSAL: HeadViewSpec = {
  transform: TRANSFORM,
  width: 448,
  height: 368,
  silhouette: SILHOUETTE,
  regions: [
    WHOLE('l', 'dorsal-hand'),
    {
      id: 'l.thumb-web',
      pts: shift(poly([-47, -35], [-60, -100], [-29.5, -106], [-34, -86], [-38, -60]), S),
      pair: true,
    },
    ...wristRegions('l', 'dorsal-wrist'),
    thumbRegion('l'),
    ...fingerRegions('l'),
  ],
  details: [...FINGERS, THUMB].map(nail),
};
