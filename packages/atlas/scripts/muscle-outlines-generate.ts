// Generates the muscle outlines (issue 13) from the landmark files in packages/atlas/geometry-src/
// muscle-landmarks (named anatomical points per view + each muscle's origin, insertion and course) and
// writes src/geometry/generated/muscle-outlines.json: per muscle and view, the belly outline and its
// fibre lines for the person's right side (the left side and left-facing views are mirrored at run time).
// Fails on an unknown muscle id or landmark, and lists the most-treated muscles still without an outline.
//   node scripts/run-ts.mjs packages/atlas/scripts/muscle-outlines-generate.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildOutlineTable,
  OUTLINES_JSON,
  outlineTableText,
} from '../geometry-src/muscle-landmarks/outline-table.ts';
import { ALL_MUSCLES } from '../src/muscles/all-muscles.ts';
import { mostTreatedMuscles, MOST_TREATED_COUNT } from '../src/muscles/most-treated.ts';

const table = buildOutlineTable();
const missing = mostTreatedMuscles(ALL_MUSCLES, MOST_TREATED_COUNT).filter((id) => table[id] === undefined);
const viewCount = Object.values(table).reduce((n, e) => n + Object.keys(e.views).length, 0);
console.log(`${Object.keys(table).length} muscles outlined on ${viewCount} views`);
if (missing.length > 0)
  console.log(`most-treated without an outline (${missing.length}): ${missing.join(', ')}`);
const text = outlineTableText(table);
if (process.argv.includes('--check')) {
  if (readFileSync(OUTLINES_JSON, 'utf8') !== text) {
    console.error('muscle-outlines.json is out of date: run this script without --check');
    process.exit(1);
  }
  console.log('muscle-outlines.json is up to date');
} else writeFileSync(OUTLINES_JSON, text);
