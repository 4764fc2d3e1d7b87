// The source finder evaluation: `npm run eval` (table) or `npm run eval -- --json`.
// Scores the finder and two baselines, computed in the same run from the same atlas, on every case,
// per split (tune / holdout) and per category.
import { loadAtlas } from '@myomap/atlas';
import {
  areaLookupBaseline,
  chasingPainBaseline,
  rankSources,
  singleAreaLookupBaseline,
  type FinderInput,
} from '@myomap/engine';
import { CASE_CATEGORIES, type EvalCase } from './cases/case-schema.ts';
import { loadCases } from './eval/load-cases.ts';
import { lookupCeiling } from './eval/lookup-ceiling.ts';
import { formatLanguageReport, languageJson, languageReport } from './language/eval-language.ts';
import { computeMetrics, firstRelevantRank, type CaseAnswer, type Metrics } from './eval/metrics.ts';

const METHODS = ['finder', 'chasing-pain', 'single-area-lookup', 'area-lookup'] as const;
type Method = (typeof METHODS)[number];

const atlas = loadAtlas();
const cases = loadCases();

function inputOf(c: EvalCase): FinderInput {
  return { drawing: c.drawing, ...c.evidence };
}

function answer(method: Method, c: EvalCase): CaseAnswer {
  const input = inputOf(c);
  if (method === 'finder') {
    const r = rankSources(input, atlas, { top: 25 });
    return { muscles: [...new Set(r.ranked.map((x) => x.muscle.id))], stopTier: r.stop?.tier };
  }
  const baseline =
    method === 'chasing-pain'
      ? chasingPainBaseline
      : method === 'single-area-lookup'
        ? singleAreaLookupBaseline
        : areaLookupBaseline;
  return { muscles: baseline(input, atlas).muscles };
}

const answers = new Map<Method, CaseAnswer[]>(METHODS.map((m) => [m, cases.map((c) => answer(m, c))]));

/** The cases a filter keeps, and each method's answers to just those cases. */
function select(filter: (c: EvalCase) => boolean): {
  cases: EvalCase[];
  answersOf: (m: Method) => CaseAnswer[];
} {
  const idx = cases.map((c, i) => [c, i] as const).filter(([c]) => filter(c));
  return {
    cases: idx.map(([c]) => c),
    answersOf: (m) => idx.map(([, i]) => answers.get(m)?.[i] ?? { muscles: [] }),
  };
}

function group(filter: (c: EvalCase) => boolean): Record<Method, Metrics> {
  const picked = select(filter);
  const out = {} as Record<Method, Metrics>;
  for (const m of METHODS) out[m] = computeMetrics(picked.cases, picked.answersOf(m));
  return out;
}

const report = {
  atlas: { muscles: atlas.muscles.length },
  cases: cases.length,
  splits: {
    all: group(() => true),
    tune: group((c) => c.split === 'tune'),
    holdout: group((c) => c.split === 'holdout'),
  },
  categories: Object.fromEntries(
    CASE_CATEGORIES.map((cat) => [
      cat,
      {
        tune: group((c) => c.category === cat && c.split === 'tune'),
        holdout: group((c) => c.category === cat && c.split === 'holdout'),
      },
    ]),
  ) as Record<
    (typeof CASE_CATEGORIES)[number],
    { tune: Record<Method, Metrics>; holdout: Record<Method, Metrics> }
  >,
  ceiling: Object.fromEntries(
    (['tune', 'holdout'] as const).map((split) => {
      const picked = select((c) => c.split === split);
      return [split, lookupCeiling(picked.cases, picked.answersOf('single-area-lookup'))];
    }),
  ) as Record<'tune' | 'holdout', ReturnType<typeof lookupCeiling>>,
  misses: cases
    .map((c, i) => ({
      c,
      rank: firstRelevantRank(c, answers.get('finder')?.[i]?.muscles ?? []),
      top: answers.get('finder')?.[i]?.muscles.slice(0, 5),
    }))
    .filter((x) => x.c.split === 'tune' && x.c.mustInclude.length > 0 && (x.rank === undefined || x.rank > 1))
    .map((x) => ({ id: x.c.id, split: x.c.split, want: x.c.mustInclude, rank: x.rank ?? null, top5: x.top })),
};

const language = languageReport();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ ...report, language: languageJson(language) }, null, 2)}\n`);
} else {
  const row = (label: string, m: Metrics): string =>
    `| ${label.padEnd(34)} | ${String(m.rankedCases).padStart(4)} | ${m.top1.toFixed(2)} | ${m.top3.toFixed(2)} | ${m.top5.toFixed(2)} | ${m.mrr.toFixed(3)} | ${m.mustInclude5.toFixed(2)} | ${m.redFlagCases === 0 ? '  – ' : m.redFlagRecall.toFixed(2)} |`;
  const header =
    '| group / method                     |    n | top1 | top3 | top5 |  MRR  | must@5 | red-flag |\n|---|---|---|---|---|---|---|---|';
  const lines = [
    `Source finder evaluation: ${cases.length} cases, atlas of ${atlas.muscles.length} muscles`,
    '',
    header,
  ];
  for (const split of ['holdout', 'tune', 'all'] as const) {
    for (const m of METHODS) lines.push(row(`${split} · ${m}`, report.splits[split][m]));
  }
  lines.push('', 'Per category (finder; holdout | tune):', '', header);
  for (const cat of CASE_CATEGORIES) {
    for (const split of ['holdout', 'tune'] as const)
      lines.push(row(`${cat} · ${split}`, report.categories[cat][split].finder));
  }
  const h = report.splits.holdout;
  lines.push(
    '',
    `Holdout targets: top3 ${h.finder.top3.toFixed(2)} (≥0.90), MRR ${h.finder.mrr.toFixed(3)} (≥0.85), must@5 ${h.finder.mustInclude5.toFixed(2)} (≥0.98), red-flag recall ${h.finder.redFlagRecall.toFixed(2)} (1.0), MRR gain over chasing pain ${(h.finder.mrr - h['chasing-pain'].mrr).toFixed(3)} and over single-area lookup ${(h.finder.mrr - h['single-area-lookup'].mrr).toFixed(3)} (≥0.15)`,
  );
  lines.push(
    `Informational (not a target): MRR gain over area lookup — the coarser whole-area lists reference sites show — ${(h.finder.mrr - h['area-lookup'].mrr).toFixed(3)} on the holdout half.`,
  );
  const ceil = report.ceiling.holdout;
  lines.push(
    `Ceiling of the gain over single-area lookup on the holdout half: ${ceil.maxGain.toFixed(3)} — what a ranker would gain if it put a must-include muscle first in every case with more than one region, any evidence or a drawn symptom (${ceil.rankableCases} of ${ceil.cases}) and matched the lookup on one-region drawings without evidence, where the pain guide is all there is to know.`,
  );
  if (process.argv.includes('--misses')) {
    lines.push(
      '',
      'Tuning-half cases where the finder did not put a must-include muscle first (holdout misses are never listed):',
    );
    for (const m of report.misses)
      lines.push(
        `  ${m.id} [${m.split}] want ${m.want.join('/')} rank ${m.rank ?? '-'}: ${m.top5?.join(', ')}`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`\n${formatLanguageReport(language)}`);
}
