// rankSources over the full atlas, cycling through every evaluation case's input (with evidence).
// Run: node scripts/run-ts.mjs bench/rank.bench.ts
import { loadAtlas } from '@myomap/atlas';
import { rankSources, type FinderInput } from '@myomap/engine';
import { loadCases } from './eval/load-cases.ts';
import { report, timeCalls, timeEachCall } from './support/timing.ts';

const atlas = loadAtlas();
const inputs: FinderInput[] = loadCases().map((c) => ({ drawing: c.drawing, ...c.evidence }));
rankSources(inputs[0] ?? { drawing: [{ region: 'r.temple', intensity: 5 }] }, atlas);
let i = 0;
const t = await timeCalls(() => rankSources(inputs[i++ % inputs.length] ?? { drawing: [] }, atlas));
report(`rankSources, ${inputs.length} case inputs cycled, ${atlas.muscles.length} muscles`, {
  'median µs': t.medianUs,
  'p99 µs': t.p99Us,
  'queries/s': t.perSecond,
  target: 'median ≤ 20 µs, p99 ≤ 100 µs',
});
const each = timeEachCall((k) => rankSources(inputs[k % inputs.length] ?? { drawing: [] }, atlas));
report('rankSources, each call timed on its own (50,000 calls)', {
  'median µs': each.medianUs,
  'p99 µs': each.p99Us,
  target: 'median ≤ 20 µs, p99 ≤ 100 µs',
});
