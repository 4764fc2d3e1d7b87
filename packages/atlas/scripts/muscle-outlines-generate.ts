// Generates the muscle outlines (issue 13) from the landmark files in packages/atlas/geometry-src/
// muscle-landmarks (named anatomical points per view + each muscle's origin, insertion and course) and
// writes src/geometry/generated/muscle-outlines.json: per muscle and view, the belly outline and its
// fibre lines for the person's right side (the left side and left-facing views are mirrored at run time).
// Fails on an unknown muscle id or landmark, and lists the most-treated muscles still without an outline.
//   node scripts/run-ts.mjs packages/atlas/scripts/muscle-outlines-generate.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { readMuscleLandmarks } from '../geometry-src/muscle-landmarks/landmark-files.ts';
import { outlineShape } from '../geometry-src/muscle-landmarks/outline-shape.ts';
import { ALL_MUSCLES } from '../src/muscles/all-muscles.ts';
import { mostTreatedMuscles, MOST_TREATED_COUNT } from '../src/muscles/most-treated.ts';
import type { MuscleOutlineEntry } from '../src/geometry/muscle-outline.ts';

const OUT = new URL('../src/geometry/generated/muscle-outlines.json', import.meta.url);
const known = new Set(ALL_MUSCLES.map((m) => m.id));
const table: Record<string, MuscleOutlineEntry> = {};
let failed = false;
for (const m of readMuscleLandmarks()) {
  if (!known.has(m.id)) {
    console.error(`unknown muscle id ${m.id}`);
    failed = true;
    continue;
  }
  const views: Record<string, { d: string; fibres: string }> = {};
  for (const [view, parts] of Object.entries(m.views)) {
    const shapes = parts.map(outlineShape);
    views[view] = { d: shapes.map((s) => s.d).join(''), fibres: shapes.map((s) => s.fibres).join('') };
  }
  table[m.id] = m.deep ? { deep: true, views } : { views };
}
const missing = mostTreatedMuscles(ALL_MUSCLES, MOST_TREATED_COUNT).filter((id) => table[id] === undefined);
const viewCount = Object.values(table).reduce((n, e) => n + Object.keys(e.views).length, 0);
console.log(`${Object.keys(table).length} muscles outlined on ${viewCount} views`);
if (missing.length > 0)
  console.log(`most-treated without an outline (${missing.length}): ${missing.join(', ')}`);
if (failed) process.exit(1);
const text = `${JSON.stringify(table)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error('muscle-outlines.json is out of date: run this script without --check');
    process.exit(1);
  }
  console.log('muscle-outlines.json is up to date');
} else writeFileSync(OUT, text);
