// Every ranking the finder gives on the evaluation cases and on 3,000 seeded random inputs, as JSON:
// run it before and after a refactor and compare the files (they must be identical when the refactor
// claims the same behaviour).
// Run: node scripts/run-ts.mjs bench/ranking-snapshot.ts > before.json
import { loadAtlas } from '@myomap/atlas';
import { rankSources, type FinderInput, type RankOptions } from '@myomap/engine';
import { loadCases } from './eval/load-cases.ts';
import { randomInputs } from './support/random-inputs.ts';

const atlas = loadAtlas();
const inputs: FinderInput[] = [
  ...loadCases().map((c) => ({ drawing: c.drawing, ...c.evidence })),
  ...randomInputs(atlas, 20261203, 3000),
];
const variants: RankOptions[] = [{ top: 25 }, { top: 10, includeLatent: false }];
const lines: string[] = [];
for (const input of inputs) {
  for (const options of variants) {
    const r = rankSources(input, atlas, options);
    lines.push(
      JSON.stringify({
        ranked: r.ranked.map((c) => [
          c.muscle.id,
          c.side,
          c.score,
          c.coverage,
          c.summary,
          c.explains,
          c.unexplained,
          c.evidence,
        ]),
        set: r.explainingSet,
        unexplained: r.unexplainedRegions,
        stop: r.stop?.tier,
      }),
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
