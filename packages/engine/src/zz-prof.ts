import { loadAtlas } from '@myomap/atlas';
import { rankSources } from '@myomap/engine';
import { loadCases } from '../../../bench/eval/load-cases.ts';
const atlas = loadAtlas();
const inputs = loadCases().map((c) => ({ drawing: c.drawing, ...c.evidence }));
for (let i = 0; i < 2000; i++) rankSources(inputs[i % inputs.length]!, atlas);
for (let k = 0; k < 3; k++) { const t = performance.now();
for (let i = 0; i < 50000; i++) rankSources(inputs[i % inputs.length]!, atlas);
console.log(((performance.now() - t) / 50000 * 1000).toFixed(1), 'µs avg'); }
