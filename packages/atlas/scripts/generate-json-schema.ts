// Writes schema/muscle.schema.json (one exported muscle), schema/muscle-file.schema.json (one muscle
// data file) and schema/area-file.schema.json (an area's _area.yaml) from the zod schemas.
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/generate-json-schema.ts [--check]
// --check exits 1 (writing nothing) when a committed file differs from a fresh generation.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  areaFileJsonSchema,
  muscleFileJsonSchema,
  muscleJsonSchema,
} from '../src/schema/muscle-json-schema.ts';

const outputs: [string, Record<string, unknown>][] = [
  ['muscle.schema.json', muscleJsonSchema()],
  ['muscle-file.schema.json', muscleFileJsonSchema()],
  ['area-file.schema.json', areaFileJsonSchema()],
];
let stale = false;
for (const [name, schema] of outputs) {
  const out = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {
      // missing counts as different
    }
    if (current !== text) {
      console.error(`${out} is out of date: run this script without --check`);
      stale = true;
    } else console.log(`${out} is up to date`);
  } else {
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
}
if (stale) process.exit(1);
