// The front view: the person faces the viewer in the anatomical position (palms forward), so the person's
// right is on the viewer's left. Zones are written for the person's left half (X > 0) in person
// coordinates (see front.ts); earlier zones win where zones overlap, later ones fill what is left.
import { type ViewSpec, placeSpec } from './lib/compose.ts';
import { ellipse, type Pt } from './lib/geom.ts';
import { type HalfPart, type HalfZone, mirrorX, symPoly, symmetricParts } from './lib/sym.ts';
import { armStrip, frontOutline, hand, legStrip, legT } from './front.ts';

type XY = readonly (readonly [number, number])[];
const P = (xy: XY): Pt[] => xy.map((p): Pt => [p[0], p[1]]);
const z = (key: string, xy: XY | Pt[]): HalfZone => ({ key, shape: P(xy) });
const mid = (key: string, halfXy: XY): HalfZone => ({ key, mid: true, shape: symPoly(halfXy) });
const midShape = (key: string, shape: Pt[]): HalfZone => ({ key, mid: true, shape });

/** The jaw line and the lower edge of the ear: the head lies above it. */
const JAW: XY = [
  [90, 100],
  [44.4, 99.8],
  [42.8, 104.5],
  [40.4, 110],
  [37.6, 115],
  [32.4, 121],
  [24, 127.6],
  [13, 132.3],
  [0, 134.2],
];

const head: HalfPart = {
  name: 'head',
  mask: symPoly([[0, -50], [90, -50], ...JAW]),
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
    mid('nose', [
      [0, 57],
      [4.8, 57.2],
      [5.6, 66],
      [6.8, 76],
      [8.4, 84],
      [10.8, 89.5],
      [11.2, 93.5],
      [9, 97],
      [4, 96.8],
      [0, 97.6],
    ]),
    z('eye', [
      [4, 65.4],
      [8, 63.4],
      [13, 61.4],
      [19.5, 60.6],
      [25.5, 61.6],
      [30.2, 64.8],
      [30.8, 66],
      [26, 68.6],
      [19.5, 69.6],
      [13, 69.2],
      [8, 67.6],
    ]),
    z('eyebrow', [
      [4.8, 55.5],
      [12, 53],
      [20, 52],
      [27.5, 53],
      [33.5, 56.5],
      [34.5, 59.5],
      [30, 59.2],
      [26, 58.4],
      [20, 57.8],
      [13, 58.4],
      [4.8, 59.6],
    ]),
    z('periorbital', [
      [4, 58],
      [10, 58],
      [20, 57],
      [30, 58.5],
      [36, 61],
      [38, 66],
      [35.5, 72],
      [28, 76.5],
      [18, 78],
      [10, 76],
      [5, 71],
      [8, 67],
      [8, 64],
    ]),
    mid('mouth', [
      [0, 97.4],
      [9, 97.6],
      [14, 100],
      [17.4, 104.5],
      [18.2, 108],
      [16.8, 112.5],
      [12.6, 116.6],
      [6.5, 118.6],
      [0, 119.2],
    ]),
    mid('chin', [
      [0, 119.2],
      [6.5, 118.6],
      [12.6, 116.6],
      [15.6, 119],
      [17, 124],
      [16.5, 130],
      [14, 140],
      [0, 142],
    ]),
    z('maxilla', [
      [7, 70],
      [13, 72],
      [20.5, 74.5],
      [24.5, 77.5],
      [24.2, 90],
      [21.5, 98.5],
      [16, 100],
      [10, 97],
      [7, 90],
    ]),
    z('tmj', [
      [39.6, 77],
      [47, 74],
      [47, 95],
      [40.2, 93],
    ]),
    z('jaw-angle', [
      [33, 103.5],
      [40.5, 99.6],
      [47, 102],
      [46, 122],
      [36.5, 123],
      [31.5, 114],
    ]),
    z('mandible', [
      [10, 97],
      [21.5, 98.5],
      [24.5, 100.5],
      [33, 103.5],
      [31.5, 114],
      [36.5, 123],
      [28, 129],
      [17, 137],
      [12, 126],
      [12, 100],
    ]),
    z('cheek', [
      [21, 76],
      [28, 76.4],
      [36, 73],
      [40.2, 77],
      [40.5, 93],
      [40.5, 99.8],
      [33, 103.5],
      [24.5, 100.5],
      [21.5, 98.5],
    ]),
    z('temple', [
      [31, 36],
      [50, 34],
      [50, 78],
      [39.6, 77],
      [38, 70],
      [36, 61],
      [34, 55],
    ]),
    mid('vertex', [
      [0, -20],
      [45, -20],
      [36, 9.5],
      [21, 12.8],
      [0, 14.3],
    ]),
    z('forehead', [
      [0, 10],
      [23, 10],
      [28.5, 22],
      [31.5, 36],
      [34, 55],
      [27, 52],
      [20, 51.5],
      [12, 52.5],
      [5, 55.5],
      [4.6, 59],
      [0, 59],
    ]),
    z('parietal', [
      [0, -20],
      [60, -20],
      [60, 60],
      [31.5, 36],
      [28.5, 22],
      [23, 10],
    ]),
  ],
};

/** The line between the arm and the trunk: the lower border of the deltoid, then the gap under the arm. */
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

const A = (corners: XY): Pt[] => armStrip.zone(corners);
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
        [62, 11.3],
        [125, 11.3],
        [125, 40],
        [62, 40],
      ]),
    ),
    z(
      'middle-finger',
      H([
        [61, -0.3],
        [125, -0.3],
        [125, 11.3],
        [62, 11.3],
      ]),
    ),
    z(
      'ring-finger',
      H([
        [61, -11.9],
        [125, -11.9],
        [125, -0.3],
        [61, -0.3],
      ]),
    ),
    z(
      'little-finger',
      H([
        [63, -40],
        [125, -40],
        [125, -11.9],
        [61, -11.9],
      ]),
    ),
    z(
      'volar-wrist',
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
        [11, 30],
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
      'thenar',
      H([
        [9, 4],
        [20, 5],
        [34, 9],
        [44, 15],
        [45, 23.8],
        [42, 32],
        [30, 34],
        [9, 30],
      ]),
    ),
    z(
      'hypothenar',
      H([
        [9, -30],
        [9, -10],
        [25, -9],
        [45, -10],
        [60, -12.5],
        [64, -40],
      ]),
    ),
    z(
      'palm',
      H([
        [9, -40],
        [9, 40],
        [64, 40],
        [64, -40],
      ]),
    ),
    z('antecubital', armStrip.rect(3.3, 4.9, 0.3, 0.7)),
    z('lateral-epicondyle', armStrip.rect(2.7, 4.9, -1, 0.3)),
    z('medial-epicondyle', armStrip.rect(2.7, 4.9, 0.7, 2)),
    z('lateral-upper-arm', armStrip.rect(-2, 3.3, -1, 0.22)),
    z('medial-upper-arm', armStrip.rect(-2, 2.7, 0.8, 2)),
    z('anterior-upper-arm', armStrip.rect(-2, 3.3, 0.22, 0.8)),
    z(
      'volar-forearm-radial',
      A([
        [4.9, -1],
        [10, -1],
        [10, 0.5],
        [4.9, 0.5],
      ]),
    ),
    z('volar-forearm-ulnar', armStrip.rect(4.9, 10, 0.5, 2)),
  ],
};

const legMask = P([
  [0, 532],
  [5, 526],
  [10, 519],
  [16, 510],
  [35, 500],
  [60, 494],
  [85, 505],
  [101, 511],
  [135, 512],
  [140, 560],
  [145, 620],
  [150, 700],
  [150, 1100],
  [0, 1100],
]);

const t = legT;
/** A band of the leg between two heights, its sides given as fractions across (0 lateral, 1 medial). */
const band = (y0: number, y1: number, f0top: number, f1top: number, f0bot = f0top, f1bot = f1top): Pt[] =>
  legStrip.zone([
    [t(y0), f0top],
    [t(y1), f0bot],
    [t(y1), f1bot],
    [t(y0), f1top],
  ]);
const patella = ellipse(legStrip.at(t(700), 0.48), 12.5, 16, 28);

/** The outer ankle seen from the front, rounded over the ankle bone: [height, fraction across]. */
const ANKLE_SIDE: readonly (readonly [number, number])[] = [
  [932, -1],
  [932, 0.1],
  [944, 0.26],
  [958, 0.3],
  [970, 0.24],
  [976, 0.1],
  [976, -1],
];

const leg: HalfPart = {
  name: 'leg',
  limb: true,
  mask: legMask,
  zones: [
    z('patella', patella),
    z('suprapatellar', band(664, 700, 0.27, 0.71)),
    z('infrapatellar', band(700, 745, 0.29, 0.69)),
    z('lateral-knee', band(662, 745, -1, 0.29)),
    z('medial-knee', band(662, 745, 0.7, 2)),
    z('lateral-thigh', band(470, 662, -1, 0.13, -1, 0.16)),
    z('anterolateral-thigh', band(470, 662, 0.13, 0.36, 0.16, 0.4)),
    z('anterior-thigh', band(470, 662, 0.36, 0.58, 0.4, 0.64)),
    z('anteromedial-thigh', band(470, 662, 0.58, 0.76, 0.64, 0.86)),
    z('medial-thigh', band(470, 662, 0.76, 2, 0.86, 2)),
    z('lateral-ankle', legStrip.zone(ANKLE_SIDE.map(([y, f]) => [t(y), f]))),
    z('medial-ankle', legStrip.zone(ANKLE_SIDE.map(([y, f]) => [t(y), 1 - f]))),
    z('anterior-ankle', band(932, 970, 0.1, 0.9)),
    z('lateral-leg', band(745, 932, -1, 0.24)),
    z('shin', band(745, 932, 0.24, 0.7)),
    z('medial-leg', band(745, 932, 0.7, 2)),
    z('big-toe', [
      [10, 988],
      [42.6, 989.5],
      [42.6, 1020],
      [10, 1020],
    ]),
    z('lesser-toes', [
      [42.6, 989.5],
      [95, 984],
      [95, 1020],
      [42.6, 1020],
    ]),
    z('dorsal-foot', [
      [0, 950],
      [100, 950],
      [100, 1020],
      [0, 1020],
    ]),
  ],
};

const trunk: HalfPart = {
  name: 'trunk',
  zones: [
    mid('anterior-neck', [
      [0, 110],
      [21, 110],
      [15.5, 150],
      [11.5, 172],
      [10, 185],
      [0, 187],
    ]),
    z('lateral-neck', [
      [9.5, 186],
      [11.5, 172],
      [15.5, 150],
      [21, 110],
      [48, 100],
      [36, 132],
      [31.6, 150],
      [25, 170],
      [21.5, 187.6],
    ]),
    z('neck-angle', [
      [28, 140],
      [41, 140],
      [50, 160],
      [53, 171.5],
      [38, 173.5],
      [27, 170],
    ]),
    z('supraclavicular', [
      [21.5, 187.6],
      [25, 170],
      [38, 173.5],
      [53, 171.5],
      [74, 176],
      [76, 189.4],
      [50, 190],
      [21.5, 188.8],
    ]),
    z('acromion', [
      [98, 176],
      [126, 176],
      [131, 197],
      [114, 196],
      [102, 190],
      [100, 186.5],
    ]),
    z('shoulder-top', [
      [45, 150],
      [125, 150],
      [126, 176],
      [98, 176],
      [100, 186.5],
      [76, 189],
      [74, 176],
      [53, 171.5],
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
    z('anterior-deltoid', [
      [100, 186.5],
      [113, 184],
      [120, 194],
      [125.5, 204],
      [134.5, 228],
      [142.5, 262],
      [148, 297],
      [152.8, 300],
      [120, 283],
      [100, 273],
      [91, 265],
      [92.5, 240],
      [96, 210],
    ]),
    mid('sternum', [
      [0, 186],
      [10, 185.6],
      [10.5, 205],
      [10, 300],
      [6, 316],
      [0, 320],
    ]),
    z('infraclavicular', [
      [9.5, 186.5],
      [21.5, 188],
      [50, 189.5],
      [76, 189],
      [100, 186.5],
      [96, 210],
      [94.8, 216],
      [10, 214],
    ]),
    z('axilla', [
      [80, 246],
      [92.5, 240],
      [92, 266],
      [100, 277],
      [96, 291],
      [83, 294],
      [78, 276],
    ]),
    z('breast', ellipse([52, 277], 26, 23, 28)),
    z('pectoral', [
      [10, 205],
      [95, 214],
      [92.5, 240],
      [80, 246],
      [78, 276],
      [78, 277],
      [52, 277],
      [26, 277],
      [10, 290],
    ]),
    z('lateral-chest', [
      [70, 290],
      [83, 294],
      [96, 291],
      [100, 278],
      [105, 352],
      [88, 356],
      [72, 343],
    ]),
    z('lower-ribs', [
      [6, 294],
      [30, 292],
      [52, 294],
      [74, 290],
      [100, 340],
      [100, 376],
      [80, 374],
      [68, 358],
      [45, 344],
      [22, 331],
      [6, 318],
    ]),
    mid('epigastric', [
      [0, 318],
      [6, 318],
      [22, 331],
      [24, 360],
      [16, 381],
      [0, 382],
    ]),
    midShape('umbilical', ellipse([0, 400], 20, 19, 28)),
    z('upper-abdomen', [
      [22, 331],
      [45, 344],
      [68, 358],
      [80, 374],
      [72, 387],
      [40, 390],
      [18, 386],
      [0, 383],
      [0, 360],
    ]),
    z('lateral-abdomen', [
      [66, 366],
      [80, 374],
      [100, 374],
      [110, 445],
      [86, 447],
      [74, 425],
      [68, 400],
      [72, 387],
    ]),
    mid('bladder', [
      [0, 476.5],
      [8.5, 477.5],
      [10, 484],
      [9.5, 491],
      [0, 491.5],
    ]),
    mid('pubic', [
      [0, 489],
      [19, 488],
      [19.5, 497],
      [15, 505],
      [7, 508.5],
      [0, 509],
    ]),
    mid('genital', [
      [0, 505],
      [8, 505.5],
      [13, 514],
      [12, 525],
      [4, 534],
      [0, 536],
    ]),
    mid('suprapubic', [
      [0, 455],
      [12, 455.6],
      [21, 459],
      [25, 468],
      [25, 489],
      [0, 489],
    ]),
    z('groin', [
      [14, 497],
      [19, 488],
      [35, 481],
      [55, 471],
      [74, 459],
      [82, 452],
      [86, 462],
      [78, 485],
      [62, 500],
      [35, 507],
      [20, 518],
    ]),
    z('lateral-hip', [
      [74, 425],
      [110, 425],
      [115, 530],
      [85, 505],
      [62, 494],
      [78, 485],
      [86, 462],
      [84, 451],
    ]),
    z('lower-abdomen', [
      [0, 380],
      [74, 386],
      [68, 400],
      [74, 425],
      [84, 451],
      [74, 459],
      [55, 471],
      [35, 481],
      [19, 488],
      [0, 488],
    ]),
  ],
};

const circle = (c: Pt, r: number, n = 12): Pt[] => {
  const e = ellipse(c, r, r, n);
  const first = e[0];
  return first === undefined ? e : [...e, first];
};
const both = (lines: Pt[][]): Pt[][] => [...lines, ...lines.map((l) => l.map(mirrorX))];

const details: Pt[][] = [
  ...both([
    // eye: lids and iris
    P([
      [9, 65.4],
      [13.5, 63.2],
      [19.5, 62.2],
      [25.5, 63.2],
      [29.6, 65.4],
      [25.5, 67.4],
      [19.5, 68],
      [13.5, 67.4],
      [9, 65.4],
    ]),
    circle([19.5, 65.2], 2.4, 10),
    // nostril and ear fold
    P([
      [4.5, 95.2],
      [7, 94],
      [9, 95],
    ]),
    P([
      [47.6, 64],
      [50.4, 66.5],
      [51, 76],
      [49, 88],
    ]),
    circle([52, 278], 2.2, 10),
    // clavicle
    P([
      [12, 189],
      [40, 191.5],
      [70, 191],
      [96, 188.5],
    ]),
    // toes and the big toenail
    P([
      [67.6, 996.4],
      [67.1, 992.6],
    ]),
    P([
      [59.6, 997.8],
      [59.4, 993.6],
    ]),
    P([
      [51.4, 998.6],
      [51.4, 994],
    ]),
    P([
      [42.6, 999.6],
      [42.9, 994],
    ]),
    P([
      [30, 999.6],
      [31.5, 997.2],
      [35.5, 997.2],
      [37, 999.6],
    ]),
    // lower edge of the kneecap
    P([
      [38, 712],
      [45, 716.5],
      [52, 712],
    ]),
  ]),
  P([
    [-12.5, 107.6],
    [-6, 108.8],
    [0, 108.2],
    [6, 108.8],
    [12.5, 107.6],
  ]),
  P([
    [-1.6, 397],
    [0, 403.5],
    [1.6, 397],
  ]),
];

const parts = symmetricParts([head, arm, leg, trunk]);

export const WIDTH = 520;
export const HEIGHT = 1022;
const place = (p: Pt): Pt => [WIDTH / 2 + p[0], p[1] + 10];

export const anteriorSpec: ViewSpec = placeSpec(
  {
    view: 'anterior',
    title: 'Front of the body',
    width: WIDTH,
    height: HEIGHT,
    outline: frontOutline('front'),
    parts,
    details,
    sideLabels: { left: 'viewer-right', right: 'viewer-left' },
  },
  place,
);
