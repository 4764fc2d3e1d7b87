// Generates the head views (face, head-left, head-right, mouth) from the landmark data in
// packages/atlas/geometry-src/head/ and writes src/geometry/generated/{face,head-left,head-right,mouth}.ts.
// Checks the tiling of every view (union of the regions = silhouette, no overlaps) and fails loudly.
// Usage: npx tsx packages/atlas/scripts/head-generate.ts
import { writeFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';
import type { MultiPolygon, Polygon } from 'polygon-clipping';
import { FACE } from '../geometry-src/head/face.ts';
import { MOUTH } from '../geometry-src/head/mouth.ts';
import { PROFILE } from '../geometry-src/head/profile.ts';
import { regionById } from '../src/regions/regions.ts';
import type { ViewId } from '../src/regions/region-types.ts';
import {
  linePath,
  mirrorTiledView,
  multiArea,
  multiPath,
  parsePath,
  poleOfInaccessibility,
  polygonArea,
  tileView,
} from './head-geometry.ts';
import type { TiledView } from './head-geometry.ts';

type Side = 'viewer-left' | 'viewer-right' | 'away';

interface OutputView {
  view: ViewId;
  constName: string;
  title: string;
  description: string;
  width: number;
  height: number;
  sideLabels: { left: Side; right: Side };
  tiled: TiledView;
}

const TOLERANCE = 0.005;

function build(): OutputView[] {
  const face = tileView(FACE);
  const left = tileView(PROFILE);
  const right = mirrorTiledView(left, PROFILE.width);
  const mouth = tileView(MOUTH);
  const views: OutputView[] = [
    {
      view: 'face',
      constName: 'GEOMETRY_FACE',
      title: 'Face and neck from the front',
      description: "head and neck from the front; the person's right is on the viewer's left",
      width: FACE.width,
      height: FACE.height,
      sideLabels: { left: 'viewer-right', right: 'viewer-left' },
      tiled: face,
    },
    {
      view: 'head-left',
      constName: 'GEOMETRY_HEAD_LEFT',
      title: 'Head and neck from the left side',
      description: "head and neck in profile from the person's left; the face points to the viewer's left",
      width: PROFILE.width,
      height: PROFILE.height,
      sideLabels: { left: 'viewer-right', right: 'away' },
      tiled: left,
    },
    {
      view: 'head-right',
      constName: 'GEOMETRY_HEAD_RIGHT',
      title: 'Head and neck from the right side',
      description: "head and neck in profile from the person's right; the face points to the viewer's right",
      width: PROFILE.width,
      height: PROFILE.height,
      sideLabels: { left: 'away', right: 'viewer-left' },
      tiled: right,
    },
    {
      view: 'mouth',
      constName: 'GEOMETRY_MOUTH',
      title: 'Inside the mouth: upper arch above, lower arch below',
      description:
        "the open mouth seen from the front: the upper dental arch (incisors at the top) with the palate, the lower arch (incisors at the bottom) with the tongue, the throat between them; the person's right is on the viewer's left",
      width: MOUTH.width,
      height: MOUTH.height,
      sideLabels: { left: 'viewer-right', right: 'viewer-left' },
      tiled: mouth,
    },
  ];
  return views;
}

function largestPiece(mp: MultiPolygon): Polygon {
  return [...mp].sort((a, b) => polygonArea(b) - polygonArea(a))[0] as Polygon;
}

function emit(v: OutputView): { text: string; failures: string[] } {
  const failures = [...v.tiled.problems.map((p) => `${v.view}: ${p}`)];
  for (const note of v.tiled.notes) console.log(`  note ${v.view}: ${note}`);
  const regions = v.tiled.regions.map((r) => {
    const d = multiPath(r.pieces);
    const parsed = parsePath(d);
    const anchor = poleOfInaccessibility(largestPiece(parsed));
    if (!regionById(r.id)) failures.push(`${v.view}: unknown region id ${r.id}`);
    return { id: r.id, d, anchor, parsed };
  });
  const ids = new Set<string>();
  for (const r of regions) {
    if (ids.has(r.id)) failures.push(`${v.view}: duplicate region ${r.id}`);
    ids.add(r.id);
  }
  const silhouette = multiPath(v.tiled.silhouette);
  // Tiling check on the rounded output, the way a consumer reads it.
  const silArea = multiArea(
    parsePath(silhouette).reduce<MultiPolygon>((acc, p) => polygonClipping.union(acc, p), []),
  );
  const pieces = regions.map((r) => r.parsed);
  const union = polygonClipping.union(pieces[0] as MultiPolygon, ...pieces.slice(1));
  const unionArea = multiArea(union);
  const sumArea = pieces.reduce((s, mp) => s + multiArea(mp), 0);
  const coverDiff = Math.abs(unionArea - silArea) / silArea;
  const overlapDiff = Math.abs(sumArea - unionArea) / unionArea;
  const vsSil = multiArea(polygonClipping.xor(union, parsePath(silhouette))) / silArea;
  console.log(
    `${v.view}: ${regions.length} regions; silhouette ${silArea.toFixed(1)}, union ${unionArea.toFixed(1)} (${(coverDiff * 100).toFixed(3)}%), sum ${sumArea.toFixed(1)} (${(overlapDiff * 100).toFixed(3)}%), union xor silhouette ${(vsSil * 100).toFixed(3)}%`,
  );
  if (coverDiff > TOLERANCE)
    failures.push(`${v.view}: union differs from silhouette by ${(coverDiff * 100).toFixed(2)}%`);
  if (overlapDiff > TOLERANCE)
    failures.push(`${v.view}: regions overlap by ${(overlapDiff * 100).toFixed(2)}%`);
  if (vsSil > TOLERANCE)
    failures.push(`${v.view}: union and silhouette differ in shape by ${(vsSil * 100).toFixed(2)}%`);
  for (const r of regions) {
    const [x, y] = r.anchor;
    const inside = polygonClipping.intersection(r.parsed, [
      [
        [x - 0.05, y - 0.05],
        [x + 0.05, y - 0.05],
        [x + 0.05, y + 0.05],
        [x - 0.05, y + 0.05],
        [x - 0.05, y - 0.05],
      ],
    ]);
    if (multiArea(inside) < 0.009) failures.push(`${v.view}: anchor of ${r.id} is not inside it`);
  }
  const details = v.tiled.details.map(linePath).join('');
  const lines = regions.map(
    (r) => `    { id: '${r.id}', anchor: [${r.anchor[0]}, ${r.anchor[1]}], d: '${r.d}' },`,
  );
  const text = `// Generated by packages/atlas/scripts/head-generate.ts from packages/atlas/geometry-src/head; do not edit.
import type { ViewGeometry } from '../geometry-types.ts';

/** Geometry of the ${v.view} view: ${v.description}. */
export const ${v.constName}: ViewGeometry = {
  view: '${v.view}',
  title: '${v.title}',
  width: ${v.width},
  height: ${v.height},
  silhouette: '${silhouette}',
  details: '${details}',
  sideLabels: { left: '${v.sideLabels.left}', right: '${v.sideLabels.right}' },
  regions: [
${lines.join('\n')}
  ],
};
`;
  return { text, failures };
}

const views = build();
const failures: string[] = [];
for (const v of views) {
  const { text, failures: f } = emit(v);
  failures.push(...f);
  writeFileSync(new URL(`../src/geometry/generated/${v.view}.ts`, import.meta.url), text);
}
if (failures.length > 0) {
  console.error(`\nFAILED:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('head views written');
