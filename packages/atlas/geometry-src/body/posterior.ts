// The back view: the person's back to the viewer, palms forward, so the person's left is on the viewer's left
// and the backs of the hands show. Same outline as the front view (mirrored on the canvas) except the feet,
// which show the heels. Zones are written for the person's left half (X > 0) in person coordinates.
import { type ViewSpec, placeSpec } from './lib/compose.ts';
import { ellipse, type Pt, smooth } from './lib/geom.ts';
import { type HalfPart, type HalfZone, mirrorX, symPoly, symmetricParts } from './lib/sym.ts';
import { armStrip, frontOutline, hand, legStrip, legT } from './front.ts';
import { HEIGHT, WIDTH } from './anterior.ts';

type XY = readonly (readonly [number, number])[];
const P = (xy: XY): Pt[] => xy.map((p): Pt => [p[0], p[1]]);
const z = (key: string, xy: XY | Pt[]): HalfZone => ({ key, shape: P(xy) });
const mid = (key: string, halfXy: XY): HalfZone => ({ key, mid: true, shape: symPoly(halfXy) });

/** The base of the skull seen from behind: the head lies above it. */
const SKULL_BASE: XY = [
  [90, 100],
  [44.4, 99.8],
  [40, 108],
  [30, 112.5],
  [15, 114.5],
  [0, 115],
];

const head: HalfPart = {
  name: 'head',
  mask: symPoly([[0, -50], [90, -50], ...SKULL_BASE]),
  zones: [
    z('ear', [
      [45.9, 56],
      [62, 48],
      [64, 106],
      [44.4, 101],
      [44.3, 99.5],
      [44.7, 86],
      [45.3, 72],
    ]),
    z('mastoid', [
      [35, 84],
      [45.2, 76],
      [44.4, 99.8],
      [40, 108],
      [34, 110],
      [31, 98],
    ]),
    z('suboccipital', [
      [0, 94],
      [14, 95.5],
      [31, 98],
      [34, 110],
      [34, 130],
      [0, 130],
    ]),
    mid('vertex', [
      [0, -20],
      [45, -20],
      [36, 9.5],
      [21, 12.8],
      [0, 14.3],
    ]),
    z('parietal', [
      [21, 12.8],
      [36, 9.5],
      [60, 0],
      [60, 62],
      [45.4, 60],
      [38, 50],
      [26, 40],
      [18, 22],
    ]),
    z('occiput', [
      [0, 0],
      [60, 0],
      [60, 130],
      [0, 130],
    ]),
  ],
};

const armMask = P([
  [88.4, 266.5],
  [100, 273],
  [120, 283],
  [145, 295],
  [156, 299],
  [200, 300],
  [330, 300],
  [330, 1100],
  [150, 1100],
  [150, 700],
  [145, 620],
  [140, 560],
  [138, 510],
  [131, 478],
  [117, 442],
  [106, 410],
  [98.5, 371],
  [97.5, 340],
  [94.5, 300],
  [92, 285],
]);

const H = (xy: XY): Pt[] => hand.poly(xy);

const arm: HalfPart = {
  name: 'arm',
  limb: true,
  mask: armMask,
  zones: [
    z(
      'thumb',
      H([
        [45, 23.8],
        [56, 24.5],
        [75, 28],
        [80, 45],
        [40, 45],
        [42, 32],
      ]),
    ),
    z(
      'index-finger',
      H([
        [64, 11.3],
        [125, 11.3],
        [125, 40],
        [64, 40],
      ]),
    ),
    z(
      'middle-finger',
      H([
        [64, -0.3],
        [125, -0.3],
        [125, 11.3],
        [64, 11.3],
      ]),
    ),
    z(
      'ring-finger',
      H([
        [63, -11.9],
        [125, -11.9],
        [125, -0.3],
        [64, -0.3],
      ]),
    ),
    z(
      'little-finger',
      H([
        [64, -40],
        [125, -40],
        [125, -11.9],
        [63, -11.9],
      ]),
    ),
    z(
      'thumb-web',
      H([
        [45, 23.8],
        [58, 22.8],
        [52, 17],
        [38, 14],
        [24, 15],
        [20, 22],
        [30, 29],
        [42, 32],
      ]),
    ),
    z(
      'dorsal-wrist',
      H([
        [-14, -9],
        [9, -8],
        [9, 8.5],
        [-14, 9],
      ]),
    ),
    z(
      'radial-wrist',
      H([
        [-14, 9],
        [9, 8.5],
        [14, 30],
        [-14, 30],
      ]),
    ),
    z(
      'ulnar-wrist',
      H([
        [-14, -30],
        [9, -30],
        [9, -8],
        [-14, -9],
      ]),
    ),
    z(
      'dorsal-hand',
      H([
        [8, -40],
        [8, 40],
        [66, 40],
        [66, -40],
      ]),
    ),
    z('olecranon', armStrip.rect(3.0, 4.6, 0.3, 0.72)),
    z('lateral-epicondyle', armStrip.rect(2.8, 4.6, -1, 0.3)),
    z('medial-epicondyle', armStrip.rect(2.8, 4.6, 0.72, 2)),
    z('lateral-upper-arm', armStrip.rect(-2, 3.0, -1, 0.2)),
    z('medial-upper-arm', armStrip.rect(-2, 2.8, 0.8, 2)),
    z('posterior-upper-arm', armStrip.rect(-2, 3.0, 0.2, 0.8)),
    z('dorsal-forearm-radial', armStrip.rect(4.6, 10, -1, 0.5)),
    z('dorsal-forearm-ulnar', armStrip.rect(4.6, 10, 0.5, 2)),
  ],
};

const legMask = P([
  [0, 532],
  [3, 536],
  [20, 542],
  [45, 547],
  [70, 548],
  [88, 541],
  [101, 530],
  [135, 530],
  [140, 560],
  [145, 620],
  [150, 700],
  [150, 1100],
  [0, 1100],
]);

const t = legT;
const band = (y0: number, y1: number, f0top: number, f1top: number, f0bot = f0top, f1bot = f1top): Pt[] =>
  legStrip.zone([
    [t(y0), f0top],
    [t(y1), f0bot],
    [t(y1), f1bot],
    [t(y0), f1top],
  ]);

/** The outer side of the knee seen from behind, hugging the hollow of the knee: [height, fraction across]. */
const KNEE_SIDE: readonly (readonly [number, number])[] = [
  [682, -1],
  [682, 0.2],
  [700, 0.28],
  [713, 0.3],
  [726, 0.28],
  [744, 0.2],
  [744, -1],
];

const leg: HalfPart = {
  name: 'leg',
  limb: true,
  mask: legMask,
  zones: [
    z('gluteal-fold', [
      [0, 530],
      [20, 536],
      [45, 541],
      [70, 542],
      [88, 535],
      [101, 524],
      [101, 556],
      [70, 558],
      [45, 557],
      [20, 552],
      [0, 545],
    ]),
    z('popliteal', ellipse(legStrip.at(t(713), 0.5), 17, 22, 28)),
    z('lateral-knee', legStrip.zone(KNEE_SIDE.map(([y, f]) => [t(y), f]))),
    z('medial-knee', legStrip.zone(KNEE_SIDE.map(([y, f]) => [t(y), 1 - f]))),
    z('lateral-thigh', band(530, 688, -1, 0.18, -1, 0.22)),
    z('medial-thigh', band(530, 688, 0.8, 2, 0.78, 2)),
    z('posterior-thigh', band(530, 713, 0.18, 0.8, 0.22, 0.78)),
    z('plantar-heel', [
      [24, 993],
      [34, 996.5],
      [43, 997.5],
      [52, 996.5],
      [62, 993],
      [70, 1020],
      [16, 1020],
    ]),
    z('arch', [
      [0, 975],
      [25.5, 975],
      [27.5, 990],
      [24, 1020],
      [0, 1020],
    ]),
    z('achilles', band(900, 964, 0.34, 0.66, 0.38, 0.62)),
    z(
      'posterior-heel',
      smooth(
        [
          [32, 962],
          [54, 962],
          [59.5, 975],
          [59, 988],
          [51.5, 996],
          [43, 997.5],
          [34.5, 996],
          [27.5, 988],
          [27, 975],
        ],
        true,
        0.3,
      ),
    ),
    z('lateral-ankle', band(925, 1010, -1, 0.32, -1, 0.32)),
    z('medial-ankle', band(925, 985, 0.68, 2, 0.68, 2)),
    z('lower-calf', band(825, 925, 0.2, 0.8, 0.22, 0.78)),
    z('upper-calf', band(713, 825, 0.18, 0.82, 0.2, 0.8)),
    z('lateral-leg', band(738, 925, -1, 0.22)),
    z('medial-leg', band(738, 925, 0.78, 2)),
  ],
};

const trunk: HalfPart = {
  name: 'trunk',
  zones: [
    z('posterior-neck', [
      [0, 110],
      [15, 110],
      [16, 150],
      [14, 176],
      [0, 178],
    ]),
    z('posterolateral-neck', [
      [15, 100],
      [50, 100],
      [34, 140],
      [31.4, 150],
      [28, 160],
      [16, 150],
    ]),
    z('neck-angle', [
      [14, 176],
      [16, 150],
      [28, 160],
      [31.4, 150],
      [40, 145],
      [54, 165],
      [50, 174],
      [30, 178],
    ]),
    z('acromion', [
      [98, 176],
      [126, 176],
      [131, 197],
      [114, 198],
      [104, 194],
    ]),
    z('shoulder-top', [
      [14, 176],
      [30, 178],
      [50, 174],
      [54, 165],
      [125, 150],
      [126, 176],
      [98, 176],
      [104, 194],
      [95, 192],
      [70, 191],
      [44, 190],
      [24, 184],
    ]),
    z('middle-deltoid', [
      [126, 186],
      [150, 190],
      [175, 250],
      [170, 300],
      [148, 297],
      [142.5, 262],
      [134.5, 228],
      [125.5, 204],
      [120, 194],
    ]),
    z('posterior-deltoid', [
      [104, 194],
      [114, 198],
      [120, 194],
      [125.5, 204],
      [134.5, 228],
      [142.5, 262],
      [148, 297],
      [152.8, 300],
      [120, 283],
      [100, 273],
      [91, 265],
      [94, 240],
      [102, 215],
      [102, 204],
    ]),
    z('supraspinous', [
      [44, 190],
      [70, 191],
      [95, 192],
      [104, 194],
      [102, 204],
      [72, 207],
      [47, 212],
      [43, 200],
    ]),
    z('scapula-inferior-angle', [
      [50, 280],
      [58, 282],
      [68, 278],
      [76, 282],
      [72, 298],
      [62, 309],
      [52, 300],
    ]),
    z('scapula-medial-border', [
      [36, 192],
      [43, 200],
      [47, 212],
      [50, 240],
      [55, 266],
      [58, 282],
      [50, 280],
      [46, 268],
      [42, 242],
      [38, 212],
    ]),
    z('infraspinous', [
      [47, 212],
      [72, 207],
      [102, 204],
      [102, 215],
      [94, 240],
      [88, 256],
      [76, 282],
      [68, 278],
      [58, 282],
      [55, 266],
      [50, 240],
    ]),
    z('upper-thoracic', [
      [0, 176],
      [14, 176],
      [24, 184],
      [15, 190],
      [15, 245],
      [0, 245],
    ]),
    z('mid-thoracic', [
      [0, 245],
      [15, 245],
      [16, 300],
      [17, 320],
      [0, 320],
    ]),
    z('lower-thoracic', [
      [0, 320],
      [17, 320],
      [21, 378],
      [0, 380],
    ]),
    z('interscapular', [
      [15, 190],
      [24, 184],
      [44, 190],
      [43, 200],
      [38, 212],
      [42, 242],
      [46, 268],
      [50, 280],
      [52, 300],
      [16, 300],
      [15, 245],
    ]),
    mid('sacrum', [
      [0, 440],
      [20, 441],
      [19, 460],
      [14, 480],
      [8, 496],
      [0, 500],
    ]),
    mid('coccyx', [
      [0, 499],
      [8, 496],
      [5.5, 507],
      [3.5, 513],
      [0, 514],
    ]),
    mid('rectal', [
      [0, 513.6],
      [3.5, 513],
      [4.6, 518],
      [4, 524],
      [0, 524.6],
    ]),
    mid('perineum', [
      [0, 524.4],
      [4, 524],
      [6, 530],
      [5, 540],
      [0, 540],
    ]),
    z('sacroiliac', [
      [20, 441],
      [19, 460],
      [14, 480],
      [26, 486],
      [34, 470],
      [33, 452],
      [27, 444],
    ]),
    z('lumbar', [
      [0, 378],
      [21, 378],
      [26, 400],
      [26.5, 428],
      [20, 441],
      [0, 441],
    ]),
    z('iliac-crest', [
      [20, 441],
      [27, 444],
      [33, 452],
      [50, 434],
      [78, 426],
      [110, 436],
      [110, 418],
      [78, 410],
      [50, 416],
      [26.5, 428],
    ]),
    z('greater-trochanter', ellipse([101, 492], 10, 16, 20)),
    z('lateral-buttock', [
      [50, 434],
      [78, 426],
      [110, 436],
      [110, 530],
      [80, 522],
      [74, 490],
    ]),
    z('upper-buttock', [
      [8, 478],
      [14, 480],
      [26, 486],
      [34, 470],
      [33, 452],
      [50, 434],
      [64, 430],
      [74, 490],
      [50, 486],
      [30, 490],
      [5, 496],
    ]),
    z('mid-buttock', [
      [3, 490],
      [30, 490],
      [50, 486],
      [74, 490],
      [78, 514],
      [50, 512],
      [25, 514],
      [3, 510],
    ]),
    z('lower-buttock', [
      [0, 500],
      [110, 500],
      [110, 560],
      [0, 560],
    ]),
    z('lateral-back', [
      [16, 300],
      [52, 300],
      [62, 309],
      [72, 298],
      [76, 282],
      [88, 256],
      [94, 240],
      [120, 240],
      [120, 418],
      [78, 410],
      [50, 416],
      [26.5, 428],
      [26, 400],
      [21, 378],
      [17, 320],
      [16, 300],
    ]),
  ],
};

const both = (lines: Pt[][]): Pt[][] => [...lines, ...lines.map((l) => l.map(mirrorX))];
const nail = (a: number, b: number, w: number): Pt[] =>
  hand.poly([
    [a - 7, b - w],
    [a - 1.5, b - w * 1.05],
    [a, b],
    [a - 1.5, b + w * 1.05],
    [a - 7, b + w],
  ]);

const details: Pt[][] = [
  ...both([
    P([
      [47.6, 64],
      [50.4, 66.5],
      [51, 76],
      [49, 88],
    ]),
    nail(98.5, 16.4, 3.2),
    nail(105.5, 5.6, 3.4),
    nail(102.8, -6, 3.2),
    nail(92, -16.6, 2.6),
    nail(67.5, 35.2, 3),
    // crease across the back of the knee
    P([
      [30, 712],
      [45, 714],
      [60, 711],
    ]),
  ]),
  // natal cleft
  P([
    [0, 478],
    [0, 531],
  ]),
];

const parts = symmetricParts([head, arm, leg, trunk]);
const place = (p: Pt): Pt => [WIDTH / 2 - p[0], p[1] + 10];

export const posteriorSpec: ViewSpec = placeSpec(
  {
    view: 'posterior',
    title: 'Back of the body',
    width: WIDTH,
    height: HEIGHT,
    outline: frontOutline('back'),
    parts,
    details,
    sideLabels: { left: 'viewer-left', right: 'viewer-right' },
  },
  place,
);
