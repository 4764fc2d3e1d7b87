// Writes schema/muscle.schema.json from the zod MuscleSchema.
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/generate-json-schema.ts [--check]
// --check exits 1 (writing nothing) when the committed file differs from a fresh generation.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { muscleJsonSchema } from '../src/schema/muscle-json-schema.ts';

const out = fileURLToPath(new URL('../schema/muscle.schema.json', import.meta.url));
const text = `${JSON.stringify(muscleJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // missing counts as different
  }
  if (current !== text) {
    console.error(`${out} is out of date: run this script without --check`);
    process.exit(1);
  }
  console.log(`${out} is up to date`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
