// Coarse weight search on the TUNING half only (the holdout half is never looked at here).
// Run: node scripts/run-ts.mjs bench/tune.ts
import { loadAtlas } from '@myomap/atlas';
import { rankSources, WEIGHTS } from '@myomap/engine';
import { loadCases } from './eval/load-cases.ts';
import { computeMetrics } from './eval/metrics.ts';

const cases = loadCases().filter((c) => c.split === 'tune');
const base = loadAtlas();
const mutable = WEIGHTS as unknown as Record<string, unknown> & {
  zone: Record<string, number>;
  culprit: Record<string, number>;
};

function score(): { mrr: number; top1: number; must: number } {
  const atlas = { ...base }; // fresh object: fresh scoring tables with the current weights
  const answers = cases.map((c) => {
    const r = rankSources({ drawing: c.drawing, ...c.evidence }, atlas, { top: 25 });
    return { muscles: [...new Set(r.ranked.map((x) => x.muscle.id))], stopTier: r.stop?.tier };
  });
  const m = computeMetrics(cases, answers);
  return { mrr: m.mrr, top1: m.top1, must: m.mustInclude5 };
}

const grid: Record<string, number[]> = {
  localDiscount: [0.1, 0.15, 0.25, 0.35],
  'evidence.movement': [0.1, 0.16, 0.25, 0.35],
  'evidence.activity': [0.05, 0.1, 0.2],
  'evidence.symptom': [0.15, 0.22, 0.35],
  localCredit: [0.2, 0.3, 0.4],
  siblingShare: [0.2, 0.3, 0.4],
  precisionWeight: [0.1, 0.18, 0.3],
  coverageExponent: [1, 1.25, 1.5],
  spillover: [0.45, 0.55, 0.65, 0.75, 0.85],
  common: [0.65, 0.72, 0.8],
  occasional: [0.35, 0.42, 0.5],
};
const evidence = mutable.evidence as Record<string, number>;
const get = (k: string): number =>
  (k.startsWith('evidence.')
    ? evidence[k.slice(9)]
    : k === 'spillover'
      ? mutable.zone.spillover
      : k === 'common' || k === 'occasional'
        ? mutable.culprit[k]
        : mutable[k]) as number;
const set = (k: string, v: number): void => {
  if (k.startsWith('evidence.')) {
    const key = k.slice(9);
    evidence[key] = v;
    const capKey = `${key}Cap`;
    if (capKey in evidence) evidence[capKey] = v * 2.5;
  } else if (k === 'spillover') mutable.zone.spillover = v;
  else if (k === 'common' || k === 'occasional') mutable.culprit[k] = v;
  else mutable[k] = v;
};
console.log('baseline', score());
for (const [k, values] of Object.entries(grid)) {
  const original = get(k);
  const savedEvidence = { ...evidence };
  for (const v of values) {
    set(k, v);
    console.log(k, v, score());
  }
  set(k, original);
  Object.assign(evidence, savedEvidence);
}
