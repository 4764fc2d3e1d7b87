// rankSources of this checkout against the engine at an earlier commit, same atlas, same process,
// interleaved round by round so that a noisy machine slows both alike.
// Run: node scripts/run-ts.mjs bench/rank-compare.ts <git-ref> [rounds]
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadAtlas } from '@myomap/atlas';
import { rankSources, type FinderInput } from '@myomap/engine';
import { loadCases } from './eval/load-cases.ts';
import { report } from './support/timing.ts';

const [ref, roundsArg = '12'] = process.argv.slice(2);
if (ref === undefined) {
  console.error('usage: rank-compare.ts <git-ref> [rounds]');
  process.exit(2);
}
const root = fileURLToPath(new URL('../', import.meta.url));
// inside the repository so that '@myomap/atlas' resolves to this checkout's atlas for both engines
const dir = `${root}bench/results/engine-${ref.replace(/[^a-zA-Z0-9._-]/g, '_')}`;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const archive = execFileSync('git', ['archive', ref, 'packages/engine'], { cwd: root });
execFileSync('tar', ['-x', '-C', dir], { input: archive });
const old = (await import(pathToFileURL(`${dir}/packages/engine/src/index.ts`).href)) as {
  rankSources: typeof rankSources;
};

const atlas = loadAtlas();
const inputs: FinderInput[] = loadCases().map((c) => ({ drawing: c.drawing, ...c.evidence }));
const engines = { [ref]: old.rankSources, current: rankSources } as Record<string, typeof rankSources>;
const names = Object.keys(engines);
const means = new Map<string, number[]>(names.map((n) => [n, []]));
const CALLS = 20_000;
const rounds = Number(roundsArg);
for (let round = 0; round < rounds + 2; round++) {
  const order = round % 2 === 0 ? names : [...names].reverse();
  for (const name of order) {
    const rank = engines[name] ?? rankSources;
    const start = performance.now();
    for (let k = 0; k < CALLS; k++) rank(inputs[k % inputs.length] ?? { drawing: [] }, atlas);
    if (round >= 2) means.get(name)?.push(((performance.now() - start) * 1000) / CALLS); // two warm-up rounds
  }
}
const median = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
report(`rankSources, ${ref} vs current, ${rounds} interleaved rounds of ${CALLS} calls`, {
  [`${ref} µs`]: median(means.get(ref) ?? []).toFixed(2),
  'current µs': median(means.get('current') ?? []).toFixed(2),
  'current / old': (median(means.get('current') ?? []) / median(means.get(ref) ?? [])).toFixed(2),
});
rmSync(dir, { recursive: true, force: true });
