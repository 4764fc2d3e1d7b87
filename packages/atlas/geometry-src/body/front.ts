// The front (anterior) and back (posterior) full-body views, drawn from landmarks.
//
// Person coordinates: X grows towards the person's LEFT, y grows downwards, the vertex is at y = 0 and the
// soles at y = 1000 (an adult of about 175 cm, so 1 unit is about 1.75 mm). Proportions follow standard
// anthropometry: head 7.5 times in the height, chin at 131, acromion at 183, nipples at 280, elbow at 378,
// navel at 400, greater trochanter at 490, crotch at 532, wrist at 515, fingertips at 620, knee at 712,
// malleoli at 955. Arms hang about 14 degrees away from the trunk with the palms forward (anatomical
// position). Only the person's left half is written down; the right half is its mirror image.
import { type Mark, type Pt, pt, smooth } from './lib/geom.ts';
import { Frame, Strip, stationsByY } from './lib/strip.ts';

// ---------------------------------------------------------------------------------------------------------
// Skeleton of the left arm: shoulder joint, elbow, wrist; upper arm 14 degrees, forearm 20 degrees, hand 16
// degrees out from the vertical (carrying angle).
const deg = (a: number): number => (a * Math.PI) / 180;
const SHOULDER = pt(100, 198);
const upperArm = new Frame(SHOULDER, [Math.sin(deg(14)), Math.cos(deg(14))], -1);
const ELBOW = upperArm.at(185, 0);
const forearm = new Frame(ELBOW, [Math.sin(deg(20)), Math.cos(deg(20))], -1);
const WRIST = forearm.at(146, 0);
/** Left hand, palm towards the viewer: a runs from the wrist crease to the fingertips, b > 0 to the thumb. */
export const hand = new Frame(WRIST, [Math.sin(deg(16)), Math.cos(deg(16))], -1);

/** Arm cross-sections: [along, lateral half-width, medial half-width] for upper arm, then forearm. */
const UPPER_ARM_SECTIONS: readonly (readonly [number, number, number])[] = [
  [60, 35, 27],
  [100, 29.5, 25.5],
  [140, 25.5, 24.5],
  [172, 28.5, 27],
];
const FOREARM_SECTIONS: readonly (readonly [number, number, number])[] = [
  [0, 30, 29],
  [25, 29.5, 27],
  [60, 25.5, 23],
  [100, 20, 18.5],
  [135, 17, 16.5],
];
const armStations: [Pt, Pt][] = [
  ...UPPER_ARM_SECTIONS.map(([u, wl, wm]): [Pt, Pt] => [upperArm.at(u, wl), upperArm.at(u, -wm)]),
  ...FOREARM_SECTIONS.map(([v, wl, wm]): [Pt, Pt] => [forearm.at(v, wl), forearm.at(v, -wm)]),
  [hand.at(0, 17.5), hand.at(0, -16.5)],
];
/** The left arm from the deltoid to the wrist crease: f = 0 lateral (thumb side), f = 1 medial. */
export const armStrip = new Strip(armStations);

// Left hand outline in hand coordinates, from the radial wrist round the thumb and fingers to the ulnar wrist.
const HAND: readonly Mark[] = [
  [12, 21.5],
  [26, 27],
  [38, 31.5],
  [50, 35.2],
  [60, 37.4],
  [66.5, 37.2],
  [69.6, 34.4],
  [68.6, 30.6],
  [62, 28.2],
  [52, 25.8],
  [45, 23.8, 'corner'],
  [52, 22.8],
  [64, 22.3],
  [80, 21.7],
  [92, 21],
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

// ---------------------------------------------------------------------------------------------------------
// Outline of the left half, from the vertex down to the crotch.
const HEAD: readonly Mark[] = [
  [0, 0],
  [16, 1.6],
  [29, 6.5],
  [39, 14.5],
  [45, 25],
  [47.5, 38],
  [47.2, 50],
  [45.9, 58.5, 'corner'],
  [48.8, 58.3],
  [51.8, 60.6],
  [53.3, 66],
  [53.1, 75],
  [51.9, 84],
  [49.7, 92],
  [46.8, 97.3],
  [44.4, 99.5, 'corner'],
  [43, 104],
  [40.6, 110],
  [38.2, 114.6],
  [34, 120, 'corner'],
  [31.6, 128],
  [30.6, 140],
];
const SHOULDER_LINE: readonly Mark[] = [
  [31.2, 152],
  [34.8, 161],
  [44, 167.8],
  [60, 173.3],
  [80, 177],
  [98, 179.5],
  [112, 183],
  [124, 189.5],
  [132.5, 199],
  [138.2, 214],
];
const TRUNK_SIDE: readonly Mark[] = [
  [88.4, 266.5, 'corner'],
  [88.8, 285],
  [88, 310],
  [85.2, 338],
  [81.8, 362],
  [80.6, 380],
  [82.6, 400],
  [87.5, 425],
  [94, 450],
  [99.4, 475],
  [101.5, 495],
];
const LEG_LATERAL: readonly Mark[] = [
  [100.6, 522],
  [97.5, 555],
  [93.2, 590],
  [87.5, 630],
  [80.5, 668],
  [75.5, 695],
  [73.8, 714],
  [73.4, 732],
  [75, 756],
  [76.6, 780],
  [75.2, 806],
  [70.6, 840],
  [64.8, 880],
  [60.4, 914],
  [59.4, 936],
];
/** The front view foot: the instep foreshortened, toes at the bottom. */
const FOOT_FRONT: readonly Mark[] = [
  [62.6, 953],
  [62.6, 963],
  [66, 972],
  [70.5, 981],
  [74, 988],
  [75, 992.5],
  [74.2, 995.6],
  [71, 997.2],
  [67.6, 996.4, 'corner'],
  [65.5, 998.6],
  [61.5, 999],
  [59.6, 997.8, 'corner'],
  [57.5, 1000],
  [53.5, 1000.2],
  [51.4, 998.6, 'corner'],
  [49, 1001],
  [44.6, 1001.1],
  [42.6, 999.6, 'corner'],
  [40, 1001.6],
  [33, 1002],
  [28, 1000.8],
  [25.3, 997],
  [24.2, 990],
  [22, 978],
  [20.8, 964],
  [20.4, 952],
];
/** The back view foot: the heel below the ankle, the sides of the forefoot just showing. */
const FOOT_BACK: readonly Mark[] = [
  [62.6, 953],
  [62, 964],
  [61, 974],
  [63.6, 982],
  [66, 989],
  [63.5, 994],
  [57.5, 997.6],
  [51, 1000.4],
  [43, 1001.2],
  [35.5, 1000.6],
  [29.5, 998.2],
  [25.2, 994],
  [22.4, 987],
  [23.4, 979],
  [22, 967],
  [20.8, 958],
  [20.4, 952],
];
const LEG_MEDIAL: readonly Mark[] = [
  [23.4, 938],
  [23.4, 918],
  [21.4, 885],
  [17.8, 845],
  [13.9, 806],
  [12.6, 776],
  [13.8, 746],
  [14.8, 722],
  [15.4, 703],
  [16.8, 676],
  [15.2, 640],
  [12.6, 600],
  [9.6, 562],
  [5.6, 541],
  [0, 532],
];

const markMirror = (m: Mark): Mark => (m[2] === 'corner' ? [-m[0], m[1], 'corner'] : [-m[0], m[1]]);

function leftHalf(foot: readonly Mark[]): Mark[] {
  const arm = armStations;
  return [
    ...HEAD,
    ...SHOULDER_LINE,
    ...arm.map(([a]): Mark => [a[0], a[1]]),
    ...HAND.map((m): Mark => {
      const p = hand.at(m[0], m[1]);
      return m[2] === 'corner' ? [p[0], p[1], 'corner'] : [p[0], p[1]];
    }),
    ...arm
      .slice()
      .reverse()
      .map(([, b]): Mark => [b[0], b[1]]),
    ...TRUNK_SIDE,
    ...LEG_LATERAL,
    ...foot,
    ...LEG_MEDIAL,
  ];
}

/** The closed outline of the whole figure in person coordinates. */
export function frontOutline(foot: 'front' | 'back'): Pt[] {
  const half = leftHalf(foot === 'front' ? FOOT_FRONT : FOOT_BACK);
  // Vertex and crotch are shared by both halves.
  const right = half.slice(1, -1).reverse().map(markMirror);
  return smooth([...half, ...right], true, 0.25);
}

/** Smoothed edges of the left leg for its cross-sections (lateral edge, medial edge). */
const legLateralEdge = smooth([[101.5, 495], ...LEG_LATERAL, [62.6, 953], [62.4, 965]], false, 0.25);
const legMedialEdge = smooth(
  [[20.4, 965], [20.4, 952], ...LEG_MEDIAL.slice(0, -1), [4, 536], [1, 532.5], [0, 520], [0, 480]],
  false,
  0.25,
);
const LEG_YS = [500, 540, 580, 620, 660, 680, 700, 720, 745, 780, 820, 860, 900, 935, 955, 965];
/** The left leg: t counts the LEG_YS cross-sections, f = 0 lateral, f = 1 medial. */
export const legStrip = new Strip(stationsByY(legLateralEdge, legMedialEdge, LEG_YS));
/** Cross-section position of a height on the left leg. */
export const legT = (y: number): number => legStrip.tAtY(y);
