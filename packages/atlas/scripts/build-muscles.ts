// Builds src/generated/muscles.json from the muscle data files (data/muscles/<area>/*.yaml),
// validating every file with the zod schemas first.
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/build-muscles.ts [--check]
// --check exits 1 (writing nothing) when the committed JSON differs from a fresh build.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildMuscles, MuscleDataError, MUSCLES_JSON, musclesJsonText } from './muscle-data.ts';

let text: string;
try {
  const muscles = buildMuscles();
  text = musclesJsonText(muscles);
  console.log(
    `${muscles.length} muscles, ${muscles.reduce((n, m) => n + m.triggerPoints.length, 0)} trigger points valid`,
  );
} catch (error) {
  if (!(error instanceof MuscleDataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(MUSCLES_JSON, 'utf8');
  } catch {
    // missing counts as different
  }
  if (current !== text) {
    console.error(`${MUSCLES_JSON} is out of date: run this script without --check`);
    process.exit(1);
  }
  console.log(`${MUSCLES_JSON} is up to date`);
} else {
  writeFileSync(MUSCLES_JSON, text);
  console.log(`wrote ${MUSCLES_JSON}`);
}
