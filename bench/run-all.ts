// Runs every benchmark in its own process, one after another, and prints their result lines.
// Run: npm run bench   (the source-finder evaluation is separate: npm run eval)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCHES = [
  'bench/atlas-load.ts',
  'bench/resolve.bench.ts',
  'bench/rank.bench.ts',
  'bench/find-api.bench.ts',
  'bench/startup.bench.ts',
  'bench/practice.bench.ts',
  'bench/records-api.bench.ts',
];

let failed = 0;
for (const bench of BENCHES) {
  console.log(`\n## ${bench}`);
  const result = spawnSync(process.execPath, ['scripts/run-ts.mjs', bench], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
