// Reproducible weight search on the tuning cases only (bench/cases/*.json and the retired blind sets 1,
// 2 and 3, bench/cases/blind/, blind-2/ and blind-3/; families split by a seeded hash into tune and check halves, bench/eval/families.ts);
// both halves are scored at the end.
// Run: node scripts/run-ts.mjs bench/tune.ts [--seed N] [--on all|tune] [--check]
//   --on all (default): search on every tuning case; --on tune: search the tune half only and see
//   whether the pick holds on the check half. Blind set 4 is never read here (weight-search.test.ts).
//   --check: exit 1 unless the search picks the shipped weights (DEFAULT_WEIGHTS).
import { loadAtlas } from '@myomap/atlas';
import { DEFAULT_WEIGHTS } from '@myomap/engine';
import { splitCases } from './eval/families.ts';
import { loadTuningCases } from './eval/load-cases.ts';
import { evaluate, KNOBS, searchWeights } from './eval/weight-search.ts';

const seedArg = process.argv.indexOf('--seed');
const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : 1;
const all = loadTuningCases();
const split = splitCases(all);
const tune = all.filter((c) => split.get(c.id) === 'tune');
const check = all.filter((c) => split.get(c.id) === 'check');
const atlas = loadAtlas();

const on = process.argv.includes('--on') ? process.argv[process.argv.indexOf('--on') + 1] : 'all';
const fitSet = on === 'all' ? all : tune;
const result = searchWeights(fitSet, atlas, seed);
const picked = Object.fromEntries(KNOBS.map((k) => [k.name, k.get(result.weights)]));
const shipped = Object.fromEntries(KNOBS.map((k) => [k.name, k.get(DEFAULT_WEIGHTS)]));
const differs = KNOBS.filter((k) => k.get(result.weights) !== k.get(DEFAULT_WEIGHTS)).map((k) => k.name);
const fmt = (m: { mrr: number; top1: number; top3: number; mustInclude5: number }): string =>
  `MRR ${m.mrr.toFixed(3)}, top1 ${m.top1.toFixed(2)}, top3 ${m.top3.toFixed(2)}, must@5 ${m.mustInclude5.toFixed(2)}`;
console.log(
  `weight search, seed ${seed}, on ${on === 'all' ? 'all tuning cases' : 'the tune half'} (${fitSet.length} cases), ${result.evaluations} weight sets tried`,
);
console.log(`shipped weights on the search set: ${fmt(result.start)}`);
for (const m of result.moves) console.log(`  move: ${m}`);
console.log(`picked weights on the search set:  ${fmt(result.metrics)}`);
console.log(`picked: ${JSON.stringify(picked)}`);
console.log(`shipped: ${JSON.stringify(shipped)}`);
console.log(
  `tune half (${tune.length}): shipped ${fmt(evaluate(tune, atlas, DEFAULT_WEIGHTS))}; picked ${fmt(evaluate(tune, atlas, result.weights))}`,
);
console.log(
  `check half (${check.length} cases${on === 'all' ? '' : ', not searched on'}): shipped ${fmt(evaluate(check, atlas, DEFAULT_WEIGHTS))}; picked ${fmt(evaluate(check, atlas, result.weights))}`,
);
console.log(
  differs.length === 0
    ? 'the search picks the shipped weights'
    : `the search differs from the shipped weights on: ${differs.join(', ')}`,
);
if (process.argv.includes('--check') && differs.length > 0) process.exitCode = 1;
