// The side views. Profile coordinates: Z grows towards the front of the person (the face), y grows downwards
// as in front.ts (vertex 0, soles 1000). Z = 0 is the plumb line of an upright stance: through the ear canal,
// the shoulder, the greater trochanter, just in front of the knee and of the outer ankle bone. The arm hangs
// at the side a little forward, in neutral rotation, so the outside of the arm, the outer elbow, the thumb
// side of the forearm and the back of the hand face the viewer. The near side's regions are drawn, the far
// side is hidden; the right-lateral view is drawn here (near side = the person's right, face to the viewer's
// right) and the left-lateral view is its mirror image.
import { type Part, type ViewSpec, type Zone, placeSpec } from './lib/compose.ts';
import { ellipse, type Mark, type Pt, ring, smooth, union } from './lib/geom.ts';
import { Frame, Strip, stationsByY } from './lib/strip.ts';
import { HEIGHT } from './anterior.ts';

type XY = readonly (readonly [number, number])[];
const P = (xy: XY): Pt[] => xy.map((p): Pt => [p[0], p[1]]);

// ---------------------------------------------------------------------------------------------------------
// Body profile, from the vertex down the front, round the foot and up the back.
const FRONT: readonly Mark[] = [
  [-4, 0],
  [14, 2.5],
  [30, 8],
  [42, 16],
  [51, 27],
  [56.5, 40],
  [59, 52],
  [61, 58.5],
  [59.2, 63.5, 'corner'],
  [62, 70],
  [67, 79],
  [72.5, 88],
  [71.5, 91.5],
  [66, 94],
  [60.5, 95.5, 'corner'],
  [61.5, 99],
  [63, 103],
  [61, 106.5, 'corner'],
  [62, 109.5],
  [59.5, 113.5],
  [55.5, 117, 'corner'],
  [57, 122],
  [58, 127],
  [55, 132],
  [48, 135.5],
  [38, 137],
  [31, 138.5],
  [27, 141, 'corner'],
];
const NECK_FRONT: readonly Mark[] = [
  [25.5, 150],
  [26.5, 162],
  [29.5, 175],
];
const TRUNK_FRONT: readonly Mark[] = [
  [33.5, 186],
  [38, 195],
  [46, 212],
  [53, 232],
  [60, 252],
  [65.5, 272],
  [66.5, 285],
  [64, 298],
  [58, 310],
  [55, 322],
  [54, 340],
  [54.5, 360],
  [56, 382],
  [57, 400],
  [57, 420],
  [55, 440],
  [51, 458],
  [46, 475],
  [42, 490],
  [41, 500],
];
const LEG_FRONT: readonly Mark[] = [
  [42, 515],
  [43.5, 545],
  [45, 580],
  [44.5, 615],
  [42, 650],
  [39, 678],
  [38, 695],
  [39.5, 705],
  [37, 722],
  [33, 735],
  [31.5, 750],
  [29.5, 790],
  [26, 840],
  [21.5, 890],
  [18, 925],
  [17, 940],
];
const FOOT: readonly Mark[] = [
  [23, 949],
  [36, 956],
  [56, 965],
  [78, 975],
  [96, 983],
  [108, 987.5],
  [116, 990],
  [121.5, 993.5],
  [123, 997.5],
  [121, 1001],
  [112, 1001.6],
  [100, 1001.6],
  [60, 1001],
  [20, 1001.3],
  [-10, 1001.5],
  [-20, 1000],
  [-26, 994],
  [-28.5, 982],
  [-27, 968],
  [-23, 955],
];
const LEG_BACK: readonly Mark[] = [
  [-20.5, 940],
  [-21, 920],
  [-26, 895],
  [-34, 860],
  [-42, 825],
  [-46, 795],
  [-45, 770],
  [-40, 748],
  [-33, 728],
  [-32, 712],
  [-35, 690],
  [-40, 660],
  [-46, 620],
  [-52, 585],
  [-56, 560],
  [-57, 550, 'corner'],
];
const TRUNK_BACK: readonly Mark[] = [
  [-65, 540],
  [-72, 525],
  [-76, 505],
  [-76, 485],
  [-71, 465],
  [-64, 448],
  [-55, 430],
  [-49, 410],
  [-47, 390],
  [-50, 365],
  [-56, 335],
  [-62, 300],
  [-65, 270],
  [-64, 240],
  [-60, 215],
  [-54, 195],
  [-48, 181],
  [-42.5, 168],
];
const NECK_BACK: readonly Mark[] = [
  [-39.5, 155],
  [-38.5, 140],
  [-38.5, 126],
  [-40, 114],
];
const HEAD_BACK: readonly Mark[] = [
  [-45.5, 104],
  [-50, 92],
  [-53.5, 76],
  [-54, 60],
  [-52, 44],
  [-46, 28],
  [-36, 15],
  [-22, 5],
];

const bodyLoop = smooth(
  [
    ...FRONT,
    ...NECK_FRONT,
    ...TRUNK_FRONT,
    ...LEG_FRONT,
    ...FOOT,
    ...LEG_BACK,
    ...TRUNK_BACK,
    ...NECK_BACK,
    ...HEAD_BACK,
  ],
  true,
  0.25,
);

// ---------------------------------------------------------------------------------------------------------
// The arm: cross-sections (front edge, back edge) from the deltoid to the wrist, then the hand (back of the
// hand towards the viewer, thumb in front).
/** Upper arm from the shoulder joint to the elbow, a little forward; the frame's normal points to the front. */
const upperArm = new Frame([-6, 199], [8, 176], -1);
const forearm = new Frame(upperArm.at(177, 0), [4, 132], -1);
/** The right hand seen from its back: a from the wrist crease to the fingertips, b > 0 to the thumb (front). */
export const sideHand = new Frame(forearm.at(133, 0), [0.05, 1], -1);
/** Arm cross-sections: [along, front half-width, back half-width], upper arm then forearm. */
const UPPER_ARM: readonly (readonly [number, number, number])[] = [
  [6, 33, 31],
  [28, 35, 34],
  [55, 31, 33],
  [85, 28, 31],
  [115, 27, 29],
  [145, 26, 26.5],
  [168, 25.5, 24.5],
];
const FOREARM: readonly (readonly [number, number, number])[] = [
  [6, 25, 25],
  [28, 24, 21],
  [60, 21.5, 19],
  [95, 18.5, 16.5],
  [125, 17, 16],
];
const ARM_TOP: readonly Mark[] = [
  [-33, 197],
  [-24, 189],
  [-12, 184],
  [2, 183],
  [14, 186],
  [23, 194],
];
const HAND_SIDE: readonly Mark[] = [
  [12, 21.5],
  [26, 26],
  [38, 29.5],
  [50, 32],
  [60, 33.4],
  [66.5, 33.2],
  [69.6, 30.6],
  [68.6, 27.2],
  [62, 25.4],
  [52, 23.8],
  [45, 22.6, 'corner'],
  [52, 22.2],
  [64, 21.9],
  [80, 21.5],
  [92, 20.8],
  [98, 19.5],
  [100.4, 16.4],
  [99.3, 13],
  [92, 11.8],
  [76, 11.5],
  [67, 11.2, 'corner'],
  [76, 10.8],
  [95, 10.7],
  [103.6, 9.5],
  [107, 5.4],
  [105.5, 1.2],
  [96, 0.2],
  [77, 0],
  [67.5, -0.2, 'corner'],
  [77, -0.6],
  [94, -0.8],
  [101.4, -2.4],
  [104, -6.2],
  [101.6, -10],
  [93, -10.9],
  [76, -11.3],
  [66, -11.7, 'corner'],
  [74, -12.1],
  [86, -12.5],
  [91.8, -13.8],
  [93.6, -17],
  [90.6, -20],
  [82, -20.9],
  [68, -21.5],
  [50, -23.6],
  [30, -23],
  [14, -20],
];
const armStations: [Pt, Pt][] = [
  ...UPPER_ARM.map(([u, f, b]): [Pt, Pt] => [upperArm.at(u, f), upperArm.at(u, -b)]),
  ...FOREARM.map(([v, f, b]): [Pt, Pt] => [forearm.at(v, f), forearm.at(v, -b)]),
  [sideHand.at(0, 17.5), sideHand.at(0, -16.5)],
];
/** The arm from the deltoid to the wrist: f = 0 front (thumb side), f = 1 back. */
const armStrip = new Strip(armStations);
const armLoop = smooth(
  [
    ...armStations.map(([a]): Mark => [a[0], a[1]]),
    ...HAND_SIDE.map((m): Mark => {
      const p = sideHand.at(m[0], m[1]);
      return m[2] === 'corner' ? [p[0], p[1], 'corner'] : [p[0], p[1]];
    }),
    ...armStations
      .slice()
      .reverse()
      .map(([, b]): Mark => [b[0], b[1]]),
    ...ARM_TOP,
  ],
  true,
  0.25,
);

const outline = (() => {
  const u = union(ring(bodyLoop), ring(armLoop));
  const outer = u[0]?.[0];
  if (u.length !== 1 || outer === undefined) throw new Error('side view outline is not one piece');
  return outer;
})();

// ---------------------------------------------------------------------------------------------------------
// Cross-sections of the trunk and the leg by height: f = 0 front, f = 1 back.
const front = smooth([...NECK_FRONT, ...TRUNK_FRONT, ...LEG_FRONT, [16.5, 960], [16, 990]], false, 0.25);
const back = smooth(
  [
    [-38.5, 140],
    [-39.5, 155],
    [-42.5, 168],
    ...TRUNK_BACK.slice()
      .reverse()
      .map((m): Mark => [m[0], m[1]]),
    [-57, 550],
    ...LEG_BACK.slice(0, -1)
      .reverse()
      .map((m): Mark => [m[0], m[1]]),
    [-20.5, 940],
    [-23, 955],
    [-27, 968],
    [-28.5, 990],
  ],
  false,
  0.25,
);
const TRUNK_YS = [
  150, 170, 190, 210, 230, 250, 270, 290, 310, 330, 350, 370, 390, 410, 430, 450, 470, 490, 510, 530,
];
const trunkStrip = new Strip(stationsByY(front, back, TRUNK_YS));
const LEG_YS = [530, 560, 600, 640, 680, 700, 720, 745, 780, 820, 860, 900, 930, 950, 970, 990];
const legStrip = new Strip(stationsByY(front, back, LEG_YS));

/** A band of a strip between two heights, sides as fractions across (0 front, 1 back). */
function bander(strip: Strip) {
  return (y0: number, y1: number, f0top: number, f1top: number, f0bot = f0top, f1bot = f1top): Pt[] =>
    strip.zone([
      [strip.tAtY(y0), f0top],
      [strip.tAtY(y1), f0bot],
      [strip.tAtY(y1), f1bot],
      [strip.tAtY(y0), f1top],
    ]);
}
const tb = bander(trunkStrip);
const lb = bander(legStrip);

// ---------------------------------------------------------------------------------------------------------
// Zones. `n` marks a region of the near side, `m` a midline one.
interface SideZone {
  readonly key: string;
  readonly mid?: boolean;
  readonly shape: Pt[];
}
interface SidePart {
  readonly name: string;
  readonly mask?: Pt[];
  readonly zones: readonly SideZone[];
}
const n = (key: string, shape: XY | Pt[]): SideZone => ({ key, shape: P(shape) });
const m = (key: string, shape: XY | Pt[]): SideZone => ({ key, mid: true, shape: P(shape) });

const head: SidePart = {
  name: 'head',
  mask: P([
    [-120, -50],
    [120, -50],
    [120, 140],
    [49, 137],
    [35, 130],
    [20, 125],
    [8, 119.5],
    [2, 110],
    [-3, 101],
    [-12, 106],
    [-25, 110.5],
    [-40, 112.5],
    [-120, 113],
  ]),
  zones: [
    n('ear', [
      [-1, 57.5],
      [4, 58.5],
      [7.5, 63],
      [7.2, 72],
      [5.8, 78],
      [6.5, 86],
      [4, 94],
      [-1.5, 98.5],
      [-6.5, 97],
      [-8.5, 90],
      [-10.5, 80],
      [-11.5, 70],
      [-9.5, 61],
    ]),
    m('nose', [
      [59.2, 62],
      [66, 64],
      [80, 86],
      [76, 96],
      [60.5, 96],
      [58.5, 90],
      [56.5, 80],
      [56.8, 68],
    ]),
    n('eye', [
      [45, 64.5],
      [50, 61.2],
      [55.5, 61.8],
      [60, 66],
      [55.5, 69.6],
      [50, 70.4],
      [46, 68],
    ]),
    n('eyebrow', [
      [38, 57],
      [46, 53.5],
      [56, 53.5],
      [66, 56],
      [66, 62],
      [59.2, 62],
      [56, 60],
      [48, 59.5],
      [40, 61],
    ]),
    n('periorbital', [
      [37, 61],
      [44, 59.8],
      [57, 60.2],
      [55, 63],
      [55, 69],
      [57.2, 72],
      [52, 77],
      [44, 77.5],
      [38, 72],
      [36, 66],
    ]),
    m('mouth', [
      [60.5, 95.6],
      [70, 95.6],
      [70, 117.5],
      [55.5, 117.5],
      [52.5, 112],
      [53, 103],
      [56.5, 97.5],
    ]),
    m('chin', [
      [55.5, 117.5],
      [70, 117.5],
      [70, 145],
      [46, 145],
      [44, 134],
      [46, 125],
    ]),
    n('maxilla', [
      [44, 77.5],
      [52, 77],
      [57.2, 72],
      [58.5, 90],
      [60.5, 96],
      [56.5, 97.5],
      [50, 97],
      [45, 92],
    ]),
    n('tmj', [
      [6.5, 70],
      [15, 69],
      [15.5, 86],
      [6.5, 86],
    ]),
    n('jaw-angle', [
      [-4, 98],
      [4, 94],
      [6.5, 86],
      [15.5, 86],
      [15, 99],
      [16.5, 112],
      [13, 128],
      [0, 128],
    ]),
    n('mandible', [
      [15, 99],
      [30, 101],
      [45, 99],
      [50, 97],
      [56.5, 97.5],
      [53, 103],
      [52.5, 112],
      [55.5, 117.5],
      [46, 125],
      [44, 134],
      [46, 145],
      [10, 140],
      [13, 128],
      [16.5, 112],
    ]),
    n('cheek', [
      [15, 69],
      [28, 68],
      [36, 66],
      [38, 72],
      [44, 77.5],
      [45, 92],
      [50, 97],
      [45, 99],
      [30, 101],
      [15, 99],
      [15.5, 86],
    ]),
    n('mastoid', [
      [-10.5, 80],
      [-8.5, 90],
      [-6.5, 97],
      [-1.5, 98.5],
      [-3, 101],
      [-12, 106],
      [-20, 108],
      [-21, 92],
      [-17, 82],
    ]),
    n('suboccipital', [
      [-20, 108],
      [-21, 92],
      [-36, 90],
      [-60, 88],
      [-60, 130],
      [-20, 130],
    ]),
    n('temple', [
      [8, 42],
      [26, 38],
      [40, 42],
      [38, 57],
      [40, 61],
      [37, 61],
      [36, 66],
      [28, 68],
      [15, 69],
      [6.5, 70],
      [7.2, 60],
      [4, 52],
    ]),
    m('vertex', [
      [-40, -20],
      [40, -20],
      [32, 9],
      [14, 12.5],
      [-4, 13],
      [-22, 12],
      [-38, 8],
    ]),
    n('forehead', [
      [32, 9],
      [80, 9],
      [80, 60],
      [66, 56],
      [56, 53.5],
      [46, 53.5],
      [38, 57],
      [40, 42],
      [34, 26],
      [26, 12],
    ]),
    n('occiput', [
      [-38, 8],
      [-80, 8],
      [-80, 90],
      [-36, 90],
      [-21, 92],
      [-17, 82],
      [-22, 60],
      [-30, 34],
      [-28, 20],
    ]),
    n('parietal', [
      [-80, -20],
      [80, -20],
      [80, 110],
      [-80, 110],
    ]),
  ],
};

const A = armStrip;
const H = (xy: XY): Pt[] => sideHand.poly(xy);
const arm: SidePart = {
  name: 'arm',
  mask: armLoop,
  zones: [
    n(
      'thumb',
      H([
        [45, 22.6],
        [56, 23.4],
        [75, 25],
        [80, 45],
        [40, 45],
        [42, 30],
      ]),
    ),
    n(
      'index-finger',
      H([
        [64, 11.3],
        [125, 11.3],
        [125, 40],
        [64, 40],
      ]),
    ),
    n(
      'middle-finger',
      H([
        [64, -0.3],
        [125, -0.3],
        [125, 11.3],
        [64, 11.3],
      ]),
    ),
    n(
      'ring-finger',
      H([
        [63, -11.9],
        [125, -11.9],
        [125, -0.3],
        [64, -0.3],
      ]),
    ),
    n(
      'little-finger',
      H([
        [64, -40],
        [125, -40],
        [125, -11.9],
        [63, -11.9],
      ]),
    ),
    n(
      'thumb-web',
      H([
        [45, 22.6],
        [58, 22],
        [52, 16],
        [38, 13],
        [24, 14],
        [20, 21],
        [30, 27],
        [42, 30],
      ]),
    ),
    n(
      'radial-wrist',
      H([
        [-14, 9],
        [9, 8.5],
        [14, 30],
        [-14, 30],
      ]),
    ),
    n(
      'ulnar-wrist',
      H([
        [-14, -30],
        [9, -30],
        [9, -9],
        [-14, -9],
      ]),
    ),
    n(
      'dorsal-wrist',
      H([
        [-14, -9],
        [9, -9],
        [9, 8.5],
        [-14, 9],
      ]),
    ),
    n(
      'dorsal-hand',
      H([
        [8, -40],
        [8, 40],
        [66, 40],
        [66, -40],
      ]),
    ),
    n('acromion', [
      [-40, 170],
      [40, 170],
      [30, 197],
      [16, 192.5],
      [0, 191],
      [-16, 193.5],
      [-30, 199],
    ]),
    n('anterior-deltoid', [
      [16, 192.5],
      [40, 180],
      [60, 240],
      [A.at(2.5, 0.12)[0], A.at(2.5, 0.12)[1]],
      [A.at(1.2, 0.3)[0], A.at(1.2, 0.3)[1]],
      [A.at(0, 0.32)[0], A.at(0, 0.32)[1]],
      [6, 193],
    ]),
    n('posterior-deltoid', [
      [-16, 193.5],
      [-40, 180],
      [-60, 240],
      [A.at(2.5, 0.88)[0], A.at(2.5, 0.88)[1]],
      [A.at(1.2, 0.68)[0], A.at(1.2, 0.68)[1]],
      [A.at(0, 0.66)[0], A.at(0, 0.66)[1]],
      [-8, 193],
    ]),
    n('middle-deltoid', [
      [-30, 185],
      [30, 185],
      [A.at(1.2, 0.3)[0], A.at(1.2, 0.3)[1]],
      [A.at(2.5, 0.12)[0], A.at(2.5, 0.12)[1]],
      [A.at(3.6, 0.5)[0], A.at(3.6, 0.5)[1]],
      [A.at(2.5, 0.88)[0], A.at(2.5, 0.88)[1]],
      [A.at(1.2, 0.68)[0], A.at(1.2, 0.68)[1]],
    ]),
    n('antecubital', A.rect(5.6, 7.6, -1, 0.2)),
    n('olecranon', A.rect(5.8, 8, 0.74, 2)),
    n('lateral-epicondyle', A.rect(5.5, 8, 0.2, 0.74)),
    n('anterior-upper-arm', A.rect(-2, 5.6, -1, 0.22)),
    n('posterior-upper-arm', A.rect(-2, 5.8, 0.74, 2)),
    n('lateral-upper-arm', A.rect(-2, 5.8, 0.22, 0.74)),
    n('volar-forearm-radial', A.rect(7.6, 14, -1, 0.18)),
    n('dorsal-forearm-radial', A.rect(7.6, 14, 0.18, 0.58)),
    n('dorsal-forearm-ulnar', A.rect(8, 14, 0.58, 2)),
  ],
};

const legMask = P([
  [120, 505],
  [46, 505],
  [30, 514],
  [10, 524],
  [-15, 534],
  [-40, 545],
  [-57, 550],
  [-120, 552],
  [-120, 1100],
  [200, 1100],
]);

const leg: SidePart = {
  name: 'leg',
  mask: legMask,
  zones: [
    n('big-toe', [
      [111, 975],
      [140, 975],
      [140, 1010],
      [113, 1010],
      [112, 996],
    ]),
    n('lesser-toes', [
      [90, 975],
      [111, 975],
      [112, 996],
      [113, 1010],
      [90, 1010],
    ]),
    n('plantar-heel', [
      [-40, 988],
      [-24, 992],
      [-12, 993.5],
      [0, 994],
      [0, 1010],
      [-40, 1010],
    ]),
    n('arch', [
      [0, 994],
      [55, 993.5],
      [55, 1010],
      [0, 1010],
    ]),
    n('forefoot-sole', [
      [55, 993.5],
      [90, 994.5],
      [90, 996],
      [88, 1010],
      [55, 1010],
    ]),
    n('posterior-heel', [
      [-40, 950],
      [-16, 952],
      [-12, 968],
      [-14, 985],
      [-24, 993],
      [-40, 990],
    ]),
    n('lateral-ankle', ellipse([-2, 960], 13, 14, 24)),
    n('achilles', lb(895, 960, 0.62, 2, 0.62, 2)),
    n('anterior-ankle', [
      [6, 928],
      [22, 928],
      [29, 944],
      [40, 958],
      [32, 966],
      [16, 958],
      [8, 946],
    ]),
    n('dorsal-foot', [
      [-20, 940],
      [40, 940],
      [120, 975],
      [120, 1010],
      [-20, 1010],
    ]),
    n('patella', ellipse(legStrip.at(legStrip.tAtY(706), 0.09), 9, 15, 24, 0.1)),
    n('suprapatellar', lb(672, 700, -1, 0.22)),
    n('infrapatellar', lb(712, 750, -1, 0.2)),
    n('popliteal', lb(690, 745, 0.76, 2, 0.72, 2)),
    n('lateral-knee', lb(672, 750, -1, 0.76, -1, 0.72)),
    n('anterolateral-thigh', lb(500, 672, -1, 0.3, -1, 0.26)),
    n('posterior-thigh', lb(500, 690, 0.74, 2, 0.78, 2)),
    n('lateral-thigh', lb(500, 690, 0.3, 0.74, 0.26, 0.78)),
    n('shin', lb(750, 930, -1, 0.24, -1, 0.3)),
    n('upper-calf', lb(745, 840, 0.62, 2, 0.6, 2)),
    n('lower-calf', lb(840, 900, 0.6, 2, 0.62, 2)),
    n('lateral-leg', lb(745, 960, 0.24, 0.62, 0.3, 0.62)),
  ],
};

const trunk: SidePart = {
  name: 'trunk',
  zones: [
    m('anterior-neck', [
      [14, 118],
      [70, 125],
      [70, 190],
      [33.5, 190],
      [29.5, 176],
      [24, 160],
      [18, 140],
    ]),
    n('lateral-neck', [
      [-14, 104],
      [-3, 101],
      [2, 110],
      [8, 119.5],
      [14, 118],
      [18, 140],
      [24, 160],
      [29.5, 176],
      [31, 186],
      [18, 186],
      [8, 170],
      [-4, 145],
      [-12, 122],
    ]),
    n('supraclavicular', [
      [8, 170],
      [18, 186],
      [33.5, 190],
      [20, 198],
      [0, 192],
      [-6, 180],
    ]),
    n('posterior-neck', [
      [-30, 110],
      [-70, 110],
      [-70, 180],
      [-45, 176],
      [-40, 160],
      [-36, 140],
      [-33, 125],
    ]),
    n('posterolateral-neck', [
      [-14, 104],
      [-12, 122],
      [-4, 145],
      [-8, 152],
      [-36, 150],
      [-36, 140],
      [-33, 125],
      [-30, 110],
    ]),
    n('neck-angle', [
      [-4, 145],
      [8, 170],
      [-6, 180],
      [-26, 184],
      [-45, 176],
      [-40, 160],
      [-36, 150],
      [-8, 152],
    ]),
    n('shoulder-top', [
      [-45, 176],
      [-26, 184],
      [-6, 180],
      [0, 192],
      [-20, 196],
      [-40, 200],
      [-58, 195],
    ]),
    n('upper-thoracic', tb(196, 250, 0.92, 2)),
    n('mid-thoracic', tb(250, 320, 0.92, 2)),
    n('lower-thoracic', tb(320, 375, 0.92, 2)),
    n('lumbar', tb(375, 440, 0.9, 2, 0.92, 2)),
    m('sacrum', tb(440, 492, 0.92, 2, 0.9, 2)),
    n('supraspinous', [
      [-40, 200],
      [-20, 196],
      [-30, 215],
      [-50, 222],
      [-80, 222],
      [-80, 185],
      [-58, 195],
    ]),
    m('sternum', tb(192, 258, -1, 0.07)),
    n('infraclavicular', [
      [20, 198],
      [33.5, 190],
      [70, 190],
      [70, 224],
      [30, 226],
      [24, 210],
    ]),
    n('breast', ellipse([51, 281], 17, 21, 24)),
    n('pectoral', [
      [24, 212],
      [70, 212],
      [70, 268],
      [34, 268],
      [26, 262],
    ]),
    n('lateral-chest', [
      [20, 240],
      [36, 262],
      [34.5, 281],
      [38, 302],
      [40, 330],
      [20, 332],
    ]),
    m('epigastric', tb(318, 366, -1, 0.07)),
    m('umbilical', tb(385, 418, -1, 0.07)),
    m('suprapubic', tb(458, 486, -1, 0.08)),
    m('pubic', tb(486, 505, -1, 0.09)),
    n('lower-ribs', [
      [20, 300],
      [70, 284],
      [70, 345],
      [50, 352],
      [20, 350],
    ]),
    n('upper-abdomen', [
      [20, 350],
      [50, 352],
      [70, 345],
      [70, 390],
      [20, 392],
    ]),
    n('lower-abdomen', [
      [20, 392],
      [70, 390],
      [70, 458],
      [45, 456],
      [32, 440],
      [20, 440],
    ]),
    n('groin', [
      [20, 440],
      [32, 440],
      [45, 456],
      [70, 458],
      [70, 520],
      [30, 520],
      [20, 470],
    ]),
    n('greater-trochanter', ellipse([-12, 490], 12, 14, 24)),
    n('iliac-crest', [
      [-62, 454],
      [-40, 436],
      [-16, 428],
      [14, 431],
      [14, 445],
      [-16, 443],
      [-40, 451],
      [-64, 468],
    ]),
    n('lateral-hip', [
      [-40, 451],
      [-16, 443],
      [14, 445],
      [14, 522],
      [-6, 522],
      [-26, 503],
      [-30, 470],
    ]),
    n('lateral-buttock', [
      [-40, 451],
      [-30, 470],
      [-26, 503],
      [-6, 522],
      [10, 524],
      [-15, 534],
      [-40, 530],
      [-46, 490],
      [-48, 462],
    ]),
    n('gluteal-fold', [
      [-15, 534],
      [-40, 545],
      [-57, 550],
      [-100, 552],
      [-100, 534],
      [-62, 538],
      [-40, 530],
    ]),
    n('upper-buttock', [
      [-48, 462],
      [-64, 468],
      [-100, 468],
      [-100, 488],
      [-46, 488],
    ]),
    n('mid-buttock', [
      [-46, 488],
      [-100, 488],
      [-100, 514],
      [-42, 514],
    ]),
    n('lower-buttock', [
      [-42, 514],
      [-100, 514],
      [-100, 534],
      [-62, 538],
      [-40, 530],
    ]),
    n('infraspinous', [
      [-80, 222],
      [-50, 222],
      [-30, 215],
      [-20, 230],
      [-20, 300],
      [-80, 300],
    ]),
    n('lateral-back', [
      [-80, 300],
      [-20, 300],
      [-20, 330],
      [-40, 340],
      [-46, 432],
      [-62, 454],
      [-80, 460],
    ]),
    n('lateral-abdomen', [
      [-40, 340],
      [-20, 330],
      [40, 330],
      [40, 440],
      [14, 431],
      [-16, 428],
      [-40, 436],
      [-46, 432],
    ]),
  ],
};

const details: Pt[][] = [
  // eye, nostril, lips, ear folds
  P([
    [48.5, 65.6],
    [52, 63.6],
    [55.5, 64.6],
    [56.2, 66.2],
    [52.6, 67.6],
    [48.5, 65.6],
  ]),
  P([
    [61, 91.6],
    [64.5, 90],
    [67.5, 92.2],
  ]),
  P([
    [61.2, 106.4],
    [57, 106.6],
  ]),
  P([
    [-3, 62],
    [2.5, 62.5],
    [4.5, 68],
    [3, 74],
    [3.8, 82],
    [1, 90],
  ]),
  P([
    [-2, 72],
    [1, 74],
    [0, 80],
  ]),
  // navel and nipple on the profile, toenail, toe crease
  P([
    [57, 396],
    [54.5, 400],
    [57, 404],
  ]),
  P([
    [66.4, 283],
    [64.6, 285.5],
  ]),
  P([
    [115, 990.6],
    [119, 991.4],
    [121.6, 994],
  ]),
  P([
    [104, 1001],
    [103, 994],
  ]),
  // fingernails on the back of the hand
  ...(
    [
      [98.5, 16.4, 3.2],
      [105.5, 5.6, 3.4],
      [102.8, -6, 3.2],
      [92, -16.6, 2.6],
    ] as const
  ).map(([a, b, w]) =>
    sideHand.poly([
      [a - 7, b - w],
      [a - 1.5, b - w * 1.05],
      [a, b],
      [a - 1.5, b + w * 1.05],
      [a - 7, b + w],
    ]),
  ),
];

function sideParts(parts: readonly SidePart[], near: 'l' | 'r'): Part[] {
  return parts.map((p) => {
    const zones: Zone[] = p.zones.map((z) => ({
      id: `${z.mid === true ? 'm' : near}.${z.key}`,
      shape: z.shape,
    }));
    return p.mask === undefined ? { name: p.name, zones } : { name: p.name, mask: p.mask, zones };
  });
}

const PARTS: readonly SidePart[] = [head, arm, leg, trunk];
export const SIDE_WIDTH = 250;
const ORIGIN = 101;

export const rightLateralSpec: ViewSpec = placeSpec(
  {
    view: 'right-lateral',
    title: 'Right side of the body',
    width: SIDE_WIDTH,
    height: HEIGHT,
    outline,
    parts: sideParts(PARTS, 'r'),
    details,
    sideLabels: { left: 'away', right: 'viewer-left' },
  },
  (p) => [ORIGIN + p[0], p[1] + 10],
);

export const leftLateralSpec: ViewSpec = placeSpec(
  {
    view: 'left-lateral',
    title: 'Left side of the body',
    width: SIDE_WIDTH,
    height: HEIGHT,
    outline,
    parts: sideParts(PARTS, 'l'),
    details,
    sideLabels: { left: 'viewer-right', right: 'away' },
  },
  (p) => [SIDE_WIDTH - ORIGIN - p[0], p[1] + 10],
);
