// Time from a second `npm start` (nothing changed) to its first successful /api/health answer.
// Run: node scripts/run-ts.mjs bench/startup.bench.ts   (runs `npm start` three times after one warm-up)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitForOk } from './support/processes.ts';
import { report } from './support/timing.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

async function once(): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MYOMAP_DATA_DIR: mkdtempSync(join(tmpdir(), 'myomap-start-')),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForOk(`http://127.0.0.1:${port}/api/health`, 60_000);
    return performance.now() - start;
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
}

await once(); // warm-up: makes sure install and build stamps are current
const runs: number[] = [];
for (let i = 0; i < 3; i++) runs.push(await once());
runs.sort((a, b) => a - b);
report('second npm start to first healthy /api/health (3 runs)', {
  'median s': ((runs[1] ?? 0) / 1000).toFixed(2),
  'max s': ((runs[2] ?? 0) / 1000).toFixed(2),
  target: '< 5 s',
});
