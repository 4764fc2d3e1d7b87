// Prints a region's bounding box and anchor on a view (normalised and in view units), and whether
// given normalised points lie inside it: a helper for reviewing trigger point marker positions.
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/region-box.ts <view> <region-id> [x,y ...]
import { VIEW_GEOMETRY } from '../src/geometry/index.ts';
import { contains, pathPolygons } from '../src/geometry/path-polygons.test-helper.ts';
import type { ViewId } from '../src/regions/region-types.ts';

const [view, id, ...points] = process.argv.slice(2) as [ViewId, string, ...string[]];
const g = VIEW_GEOMETRY[view];
const shape = g.regions.find((r) => r.id === id);
if (shape === undefined) {
  console.error(`${id} is not drawn on ${view}`);
  process.exit(1);
}
const m = pathPolygons(shape.d);
const pts = m.flatMap((p) => p[0] ?? []);
const xs = pts.map((p) => p[0] / g.width);
const ys = pts.map((p) => p[1] / g.height);
const r = (n: number): string => n.toFixed(3);
console.log(
  `${id} on ${view}: x ${r(Math.min(...xs))}..${r(Math.max(...xs))}, y ${r(Math.min(...ys))}..${r(Math.max(...ys))}, anchor ${r(shape.anchor[0] / g.width)},${r(shape.anchor[1] / g.height)}`,
);
for (const p of points) {
  const [x = 0, y = 0] = p.split(',').map(Number);
  console.log(`  ${p}: ${contains(m, [x * g.width, y * g.height]) ? 'inside' : 'OUTSIDE'}`);
}
