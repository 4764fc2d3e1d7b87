// Inside the mouth: an inset of the open mouth seen from the front, the patient facing the viewer, so
// the person's RIGHT is on the viewer's LEFT. The upper dental arch is drawn as seen from below
// (incisors at the top, molars running back towards the middle of the picture) with the palate inside
// it; the lower arch as seen from above (incisors at the bottom) with the tongue inside it; the throat
// (pharynx) lies between the two, at the back of the mouth, with the uvula hanging into it.
//
// Local frame in millimetres: x = 0 on the midline, x < 0 is the person's right; y down, the labial
// face of the upper central incisors at y = 0. Each arch is a centre line of the tooth row (a parabola-
// like curve ~64 mm long per side, inter-molar width ~50 mm) and the teeth are laid along it by their
// usual crown lengths: upper central + lateral incisor 15 mm, canine and two premolars 21 mm, three molars
// 27.5 mm; lower 11.3, 21.2 and 31.7 mm. The tooth band is 6-11 mm wide (wider at the molars) and the
// gum is a 3.5 mm band outside it that wraps round behind the last molar.
import type { DetailSpec, HeadViewSpec, Pt, RegionSpec } from './types.ts';

type Xy = [number, number];

/** Centre line of the upper tooth row, person's right half, from the midline backwards. */
const UPPER_CENTRE: readonly Xy[] = [
  [0, 0],
  [-7.4, 1],
  [-13.4, 3.8],
  [-17.6, 8.2],
  [-20.4, 13.6],
  [-22.4, 19.6],
  [-24.2, 27],
  [-25.8, 35.6],
  [-27.4, 44.5],
];

/** Crown lengths along the row (mm), midline to back: incisors, canine + premolars, molars. */
const UPPER_TEETH = [8.5, 6.5, 7.5, 7, 6.5, 10, 9, 8.5];
const LOWER_TEETH = [5.4, 5.9, 7, 7, 7.2, 11.2, 10.5, 10];
/** Half-width of the tooth band along the row: [mm from midline, half-width]. */
const UPPER_BAND: readonly Xy[] = [
  [0, 3.4],
  [15, 3.6],
  [19, 4.2],
  [36, 4.6],
  [40, 5.4],
  [64, 5.2],
];
const LOWER_BAND: readonly Xy[] = [
  [0, 3],
  [11, 3.2],
  [15, 3.8],
  [32, 4.4],
  [37, 5.2],
  [64, 5],
];
const GUM = 3.5;
/** Space between the back ends of the two arches, where the throat shows. */
const THROAT_GAP = 16;

interface Arch {
  /** Point on the centre line at arc length s (extrapolated past the ends), offset outwards by off. */
  at(s: number, off: number): Xy;
  length: number;
}

function makeArch(centre: readonly Xy[], length: number, flip: (p: Xy) => Xy): Arch {
  const seg: number[] = [0];
  for (let i = 1; i < centre.length; i++) {
    const a = centre[i - 1] as Xy;
    const b = centre[i] as Xy;
    seg.push((seg[i - 1] as number) + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const total = seg[seg.length - 1] as number;
  const k = length / total;
  const at = (s: number, off: number): Xy => {
    const u = s / k;
    let i = 1;
    while (i < centre.length - 1 && (seg[i] as number) < u) i++;
    const a = centre[i - 1] as Xy;
    const b = centre[i] as Xy;
    const t = (u - (seg[i - 1] as number)) / ((seg[i] as number) - (seg[i - 1] as number));
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const tx = (b[0] - a[0]) / len;
    const ty = (b[1] - a[1]) / len;
    // outward normal of the right half: to the person's right (x < 0) and forward (y < 0)
    const p: Xy = [(a[0] + (b[0] - a[0]) * t) * k - ty * off, (a[1] + (b[1] - a[1]) * t) * k + tx * off];
    return flip(p);
  };
  return { at, length };
}

function lerpTable(table: readonly Xy[], s: number): number {
  for (let i = 1; i < table.length; i++) {
    const a = table[i - 1] as Xy;
    const b = table[i] as Xy;
    if (s <= b[0]) return a[1] + ((b[1] - a[1]) * (s - a[0])) / (b[0] - a[0]);
  }
  return (table[table.length - 1] as Xy)[1];
}

const r1 = (v: number): number => Math.round(v * 10) / 10;
const pt = (p: Xy, corner = false): Pt => (corner ? [r1(p[0]), r1(p[1]), 1] : [r1(p[0]), r1(p[1])]);

/** Samples the stretch [s0, s1] of the arch at offset off(s), every ~2.5 mm. */
function edge(arch: Arch, s0: number, s1: number, off: (s: number) => number): Xy[] {
  const n = Math.max(2, Math.ceil(Math.abs(s1 - s0) / 2.5));
  return Array.from({ length: n + 1 }, (_, i) => {
    const s = s0 + ((s1 - s0) * i) / n;
    return arch.at(s, off(s));
  });
}

interface ArchParts {
  regions: RegionSpec[];
  gum: Pt[];
  inner: Pt[];
  details: DetailSpec[];
  backY: number;
}

function archParts(arch: Arch, teeth: number[], band: readonly Xy[], upper: boolean): ArchParts {
  const w = (s: number): number => lerpTable(band, s);
  const cuts = teeth.reduce<number[]>((acc, t) => [...acc, (acc[acc.length - 1] as number) + t], [0]);
  const end = cuts[cuts.length - 1] as number;
  const incisorsEnd = cuts[2] as number;
  const premolarsEnd = cuts[5] as number;
  const word = upper ? 'upper' : 'lower';
  // tooth band between two stations, as a closed shape with corners at its four ends
  const band4 = (s0: number, s1: number): Pt[] => {
    const outer = edge(arch, s0, s1, (s) => w(s));
    const inner = edge(arch, s1, s0, (s) => -w(s));
    return [
      ...outer.map((p, i) => pt(p, i === 0 || i === outer.length - 1)),
      ...inner.map((p, i) => pt(p, i === 0 || i === inner.length - 1)),
    ];
  };
  const incisorOuter = edge(arch, 0, incisorsEnd, (s) => w(s));
  const incisorInner = edge(arch, incisorsEnd, 0, (s) => -w(s));
  const incisors: RegionSpec = {
    id: `m.${word}-incisors`,
    half: true,
    pts: [
      ...incisorOuter.map((p, i) => pt(i === 0 ? [0, p[1]] : p, i === incisorOuter.length - 1)),
      ...incisorInner.map((p, i) => pt(i === incisorInner.length - 1 ? [0, p[1]] : p, i === 0)),
    ],
  };
  // the molar band ends in a rounded back
  const molarBack = [0.6, 0.2, -0.2, -0.6].map((f) => arch.at(end + 1.2 * (1 - Math.abs(f)), f * w(end)));
  const molarOuter = edge(arch, premolarsEnd, end, (s) => w(s));
  const molarInner = edge(arch, end, premolarsEnd, (s) => -w(s));
  const molars: RegionSpec = {
    id: `r.${word}-molars`,
    pair: true,
    pts: [
      ...molarOuter.map((p, i) => pt(p, i === 0)),
      ...molarBack.map((p) => pt(p)),
      ...molarInner.map((p, i) => pt(p, i === molarInner.length - 1)),
    ],
  };
  const premolars: RegionSpec = {
    id: `r.${word}-premolars`,
    pair: true,
    pts: band4(incisorsEnd, premolarsEnd),
  };
  // gum: outside the tooth band, round behind the last molar, closed across the inside
  const gumOuter = edge(arch, 0, end, (s) => w(s) + GUM);
  const cap = [0.8, 0.4, 0, -0.4, -0.8].map((f) =>
    arch.at(end + (GUM + 1.2) * Math.sqrt(1 - f * f), f * (w(end) + GUM)),
  );
  const capInner = arch.at(end - 5, -w(end) - 1);
  const mid = arch.at(end - 6, -w(end) - 8);
  const gum: Pt[] = [
    pt([0, (gumOuter[0] as Xy)[1]]),
    ...gumOuter.slice(1).map((p) => pt(p)),
    ...cap.map((p) => pt(p)),
    pt(capInner),
    pt([0, mid[1]], true),
  ];
  // inside of the arch along the centre line of the teeth (the teeth cover the rest)
  const inner = edge(arch, 0, end, () => 0).map((p) => pt(p));
  const details: DetailSpec[] = cuts
    .filter((s) => s !== incisorsEnd && s !== premolarsEnd && s !== end)
    .map((s) => ({
      pair: s > 0,
      pts: [pt(arch.at(s, w(s) * 0.92)), pt(arch.at(s, -w(s) * 0.92))],
    }));
  return {
    regions: [incisors, premolars, molars],
    gum,
    inner,
    details,
    backY: (arch.at(end + GUM + 1.2, 0) as Xy)[1],
  };
}

const upperArch = makeArch(UPPER_CENTRE, 64, (p) => p);
const upper = archParts(upperArch, UPPER_TEETH, UPPER_BAND, true);
/** The lower row is a little narrower and shallower than the upper. */
const LOWER_CENTRE = UPPER_CENTRE.map(([x, y]): Xy => [x * 0.93, y * 0.92]);
const lowerDepth = archParts(
  makeArch(LOWER_CENTRE, 64.2, (p) => p),
  LOWER_TEETH,
  LOWER_BAND,
  false,
).backY;
const lowerFrontY = upper.backY + THROAT_GAP + lowerDepth;
const lowerArch = makeArch(LOWER_CENTRE, 64.2, ([x, y]) => [x, lowerFrontY - y]);
const lower = archParts(lowerArch, LOWER_TEETH, LOWER_BAND, false);
const upperInnerBack = upper.inner[upper.inner.length - 1] as Pt;
const lowerInnerBack = lower.inner[lower.inner.length - 1] as Pt;
const lowerBackY = lower.backY;
const throatTop = upper.backY - 6;
const throatBottom = lowerBackY + 6;
const throatMid = (throatTop + throatBottom) / 2;

/** Palate: inside the upper arch, with the soft palate and the uvula hanging back into the throat. */
const palate: RegionSpec = {
  id: 'm.palate',
  half: true,
  pts: [
    [0, 2],
    ...upper.inner.slice(1),
    [upperInnerBack[0] + 4, upperInnerBack[1] + 6],
    [-12, upper.backY + 2],
    [-4.5, upper.backY + 3, 1],
    [-3, upper.backY + 8],
    [0, upper.backY + 10],
  ],
};

/** Tongue: fills the lower arch; its back rises into the throat. */
const tongue: RegionSpec = {
  id: 'm.tongue',
  half: true,
  pts: [
    [0, lowerFrontY - 2],
    ...lower.inner.slice(1),
    [lowerInnerBack[0] + 3, lowerInnerBack[1] - 5],
    [-12, lowerBackY - 3],
    [0, lowerBackY - 5],
  ],
};

/** Throat: the back of the mouth between the two arches. */
const throat: Pt[] = [
  [0, throatTop],
  [-18, throatTop + 1],
  [-27, throatMid - 4],
  [-29, throatMid],
  [-27, throatMid + 4],
  [-18, throatBottom - 1],
  [0, throatBottom],
];

export const MOUTH_LAYOUT = { lowerFrontY, throatTop, throatBottom };

export const MOUTH: HeadViewSpec = {
  transform: { scale: 2.5, dx: 110, dy: 20 },
  width: 220,
  height: Math.ceil((lowerFrontY + GUM + 6) * 2.5 + 20 + 8),
  silhouette: [
    { half: true, pts: upper.gum },
    { half: true, pts: palate.pts },
    { half: true, pts: throat },
    { half: true, pts: tongue.pts },
    { half: true, pts: lower.gum },
  ],
  regions: [
    { id: 'm.throat', half: true, pts: throat },
    { id: 'm.gums', half: true, multi: true, pts: upper.gum },
    { id: 'm.gums', half: true, multi: true, pts: lower.gum },
    palate,
    tongue,
    ...upper.regions,
    ...lower.regions,
  ],
  details: [
    ...upper.details,
    ...lower.details,
    // palatal raphe and the groove of the tongue
    {
      pts: [
        [0, 12],
        [0, 34],
      ],
    },
    {
      pts: [
        [0, lowerFrontY - 14],
        [0, lowerFrontY - 40],
      ],
    },
  ],
};
