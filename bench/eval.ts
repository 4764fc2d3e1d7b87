// The source finder evaluation: `npm run eval` (table) or `npm run eval -- --json`.
// Scores the finder and three baselines, computed in the same run from the same atlas, side scored, on:
//   tune  / check — the tuning cases split by family with a seeded hash (bench/eval/families.ts): our
//                   cases (bench/cases/*.json) and blind sets 1, 2 and 3 (bench/cases/blind/, blind-2/ and
//                   blind-3/, all retired into tuning on 2026-12-03, still checked against their SHA256SUMS);
//                   `check` shows overfitting, but it is not independent (ratings and weights were set
//                   while these cases were watched);
//   ours / retired blind 1 / 2 / 3 — the same tuning cases by origin (informational);
//   blind-4       — bench/cases/blind-4/blind-cases.json when it is there, scored only when it matches
//                   bench/cases/blind-4/SHA256SUMS; never tuned on. Only aggregate figures are printed.
// --tuning reads neither blind set 4 nor the language layer's blind set: the switch to use while changing things.
import { loadAtlas } from '@myomap/atlas';
import {
  areaLookupBaseline,
  chasingPainBaseline,
  rankSources,
  singleAreaLookupBaseline,
  type FinderInput,
} from '@myomap/engine';
import { CASE_CATEGORIES, type ScoredCase, type TuningOrigin } from './cases/case-schema.ts';
import { loadBlind4 } from './eval/blind.ts';
import { families, SPLIT_SEED, splitCases } from './eval/families.ts';
import { loadFrozenSet, type FrozenSet } from './eval/frozen-set.ts';
import { loadTuningCases, RETIRED_BLIND_1, RETIRED_BLIND_2, RETIRED_BLIND_3 } from './eval/load-cases.ts';
import { formatLanguageReport, languageJson, languageReport } from './language/eval-language.ts';
import { computeMetrics, firstRelevantRank, type CaseAnswer, type Metrics } from './eval/metrics.ts';
import { mrrBound } from './eval/mrr-bound.ts';
import { rankingCanDiffer } from './eval/subsets.ts';

const METHODS = ['finder', 'chasing-pain', 'single-area-lookup', 'area-lookup'] as const;
type Method = (typeof METHODS)[number];
type Group =
  | 'tune'
  | 'check'
  | 'tuning'
  | 'ours'
  | 'retired-blind-1'
  | 'retired-blind-2'
  | 'retired-blind-3'
  | 'blind-4';

const atlas = loadAtlas();
const tuning = loadTuningCases();
const split = splitCases(tuning);
const familyOf = families(tuning);
const retired1 = loadFrozenSet(RETIRED_BLIND_1);
const retired2 = loadFrozenSet(RETIRED_BLIND_2);
const retired3 = loadFrozenSet(RETIRED_BLIND_3);
// --tuning never reads blind set 4 (use it while changing the finder or the language layer)
const tuningRun = process.argv.includes('--tuning');
const blind: FrozenSet = tuningRun ? { status: 'absent' } : loadBlind4();
const blindOk = blind.status === 'verified';
if (blind.status === 'unverified') {
  process.stderr.write(`blind set 4 NOT VERIFIED, not reported: ${blind.problem}\n`);
  process.exitCode = 1;
}
const blindCases: readonly ScoredCase[] = blind.status === 'verified' ? blind.cases : [];
const blindLine =
  blind.status === 'verified'
    ? `blind set 4: ${blindCases.length} cases, frozen (blind-cases.json sha256 ${blind.sha256.slice(0, 16)}… matches SHA256SUMS)`
    : tuningRun
      ? 'blind set 4: not read (tuning run)'
      : blind.status === 'absent'
        ? 'blind set 4: not yet written'
        : `blind set 4: NOT VERIFIED (${blind.problem}), not scored`;

const inputOf = (c: ScoredCase): FinderInput => ({ drawing: c.drawing, ...c.evidence });

function answer(method: Method, c: ScoredCase): CaseAnswer {
  const input = inputOf(c);
  if (method === 'finder') {
    const r = rankSources(input, atlas, { top: 25 });
    return { entries: r.ranked.map((x) => ({ muscle: x.muscle.id, side: x.side })), stopTier: r.stop?.tier };
  }
  const baseline =
    method === 'chasing-pain'
      ? chasingPainBaseline
      : method === 'single-area-lookup'
        ? singleAreaLookupBaseline
        : areaLookupBaseline;
  // Baselines list the drawn side's guides and name no side: counted as on the right side (generous).
  return { entries: baseline(input, atlas).muscles.map((muscle) => ({ muscle })) };
}

interface Scored {
  readonly c: ScoredCase;
  readonly group: 'tune' | 'check' | 'blind-4';
  readonly origin: TuningOrigin | 'blind-4';
  readonly answers: Record<Method, CaseAnswer>;
}
const scored: Scored[] = [
  ...tuning.map((c) => ({ c, group: split.get(c.id) ?? ('tune' as const), origin: c.origin })),
  ...blindCases.map((c) => ({ c, group: 'blind-4' as const, origin: 'blind-4' as const })),
].map(({ c, group, origin }) => ({
  c,
  group,
  origin,
  answers: Object.fromEntries(METHODS.map((m) => [m, answer(m, c)])) as Record<Method, CaseAnswer>,
}));

const inGroup = (s: Scored, g: Group): boolean =>
  g === 'tuning'
    ? s.group !== 'blind-4'
    : g === 'ours' || g === 'retired-blind-1' || g === 'retired-blind-2' || g === 'retired-blind-3'
      ? s.origin === g
      : s.group === g;

interface GroupReport {
  readonly methods: Record<Method, Metrics>;
  /** Finder MRR minus single-area lookup MRR, on all cases and on those where ranking can differ. */
  readonly margin: { readonly overall: number; readonly canDiffer: number; readonly canDifferCases: number };
  /** The most any ranker could gain over the single-area lookup (bestMrr − lookup MRR). */
  readonly bound: { readonly bestMrr: number; readonly maxGain: number; readonly exact: boolean };
}

function report(filter: (s: Scored) => boolean): GroupReport {
  const picked = scored.filter(filter);
  const metricsOf = (xs: Scored[], m: Method): Metrics =>
    computeMetrics(
      xs.map((s) => s.c),
      xs.map((s) => s.answers[m]),
    );
  const methods = Object.fromEntries(METHODS.map((m) => [m, metricsOf(picked, m)])) as Record<
    Method,
    Metrics
  >;
  const differ = picked.filter((s) => rankingCanDiffer(s.c));
  const gain = (xs: Scored[]): number =>
    Math.round((metricsOf(xs, 'finder').mrr - metricsOf(xs, 'single-area-lookup').mrr) * 1000) / 1000;
  const bound = mrrBound(picked.map((s) => s.c));
  return {
    methods,
    margin: {
      overall: gain(picked),
      canDiffer: gain(differ),
      canDifferCases: metricsOf(differ, 'finder').rankedCases,
    },
    bound: {
      bestMrr: bound.bestMrr,
      maxGain: Math.round((bound.bestMrr - methods['single-area-lookup'].mrr) * 1000) / 1000,
      exact: bound.exact,
    },
  };
}

const GROUPS: readonly Group[] = [
  ...(blindOk ? (['blind-4'] as const) : []),
  'check',
  'tune',
  'tuning',
  'ours',
  'retired-blind-1',
  'retired-blind-2',
  'retired-blind-3',
];
const familySizes = new Map<string, number>();
for (const f of familyOf.values()) familySizes.set(f, (familySizes.get(f) ?? 0) + 1);
const out = {
  atlas: { muscles: atlas.muscles.length },
  split: {
    seed: SPLIT_SEED,
    families: familySizes.size,
    familiesWithSeveralCases: [...familySizes.values()].filter((n) => n > 1).length,
    tune: tuning.filter((c) => split.get(c.id) === 'tune').length,
    check: tuning.filter((c) => split.get(c.id) === 'check').length,
  },
  retiredBlind1:
    retired1.status === 'verified'
      ? { cases: retired1.cases.length, sha256: retired1.sha256, tuningSince: '2026-12-03' }
      : null,
  retiredBlind2:
    retired2.status === 'verified'
      ? { cases: retired2.cases.length, sha256: retired2.sha256, tuningSince: '2026-12-03' }
      : null,
  retiredBlind3:
    retired3.status === 'verified'
      ? { cases: retired3.cases.length, sha256: retired3.sha256, tuningSince: '2026-12-03' }
      : null,
  blind4:
    blind.status === 'verified'
      ? {
          status: blind.status,
          cases: blindCases.length,
          sha256: blind.sha256,
          // aggregate only: how much of the blind set the atlas can even express
          unknownRegions: blindCases.reduce(
            (n, c) => n + c.drawing.filter((d) => !atlas.regionById.has(d.region)).length,
            0,
          ),
          unknownMuscles: blindCases.reduce(
            (n, c) => n + [...c.expected, ...c.mustInclude].filter((m) => !atlas.muscleById.has(m)).length,
            0,
          ),
        }
      : {
          status: tuningRun
            ? 'not read (tuning run)'
            : blind.status === 'absent'
              ? 'not yet written'
              : 'NOT VERIFIED',
        },
  groups: Object.fromEntries(GROUPS.map((g) => [g, report((s) => inGroup(s, g))])) as Partial<
    Record<Group, GroupReport>
  >,
  categories: Object.fromEntries(
    CASE_CATEGORIES.map((cat) => [
      cat,
      Object.fromEntries(
        GROUPS.map((g) => [g, report((s) => inGroup(s, g) && s.c.category === cat).methods.finder]),
      ),
    ]),
  ) as Record<(typeof CASE_CATEGORIES)[number], Partial<Record<Group, Metrics>>>,
  // --misses: the tune half; --misses-tuning: every tuning case (reading check misses makes the check
  // half a weaker guard against overfitting). Blind-4 misses are never listed.
  misses: scored
    .filter((s) => s.group === 'tune' || (process.argv.includes('--misses-tuning') && s.group === 'check'))
    .map((s) => ({ s, rank: firstRelevantRank(s.c, s.answers.finder.entries) }))
    .filter((x) => x.s.c.mustInclude.length > 0 && (x.rank === undefined || x.rank > 1))
    .map((x) => ({
      id: x.s.c.id,
      want: x.s.c.mustInclude,
      rank: x.rank ?? null,
      top5: x.s.answers.finder.entries.slice(0, 5).map((e) => `${e.muscle}|${e.side ?? ''}`),
    })),
};

// --tuning never reads either blind set (the finder's blind-4, the language blind-5).
const language = languageReport(tuningRun ? 'tuning' : 'all');
if (language.blind.status === 'unverified') process.exitCode = 1;
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ ...out, language: languageJson(language) }, null, 2)}\n`);
} else {
  const f2 = (x: number): string => x.toFixed(2);
  const row = (label: string, m: Metrics): string =>
    `| ${label.padEnd(34)} | ${String(m.rankedCases).padStart(4)} | ${f2(m.top1)} | ${f2(m.top3)} | ${f2(m.top5)} | ${m.mrr.toFixed(3)} | ${f2(m.mustInclude5)} | ${m.redFlagCases === 0 ? '  – ' : f2(m.redFlagRecall)} |`;
  const header =
    '| group · method                     |    n | top1 | top3 | top5 |  MRR  | must@5 | red-flag |\n|---|---|---|---|---|---|---|---|';
  const lines = [
    `Source finder evaluation, side scored: ${tuning.length} tuning cases (${out.split.tune} tune / ${out.split.check} check, ${out.split.families} families, seed "${SPLIT_SEED}"; ${tuning.filter((c) => c.origin === 'ours').length} ours + ${out.retiredBlind1?.cases ?? 0} of the retired blind set 1 (sha256 ${out.retiredBlind1?.sha256.slice(0, 16) ?? '?'}…) + ${out.retiredBlind2?.cases ?? 0} of the retired blind set 2 (sha256 ${out.retiredBlind2?.sha256.slice(0, 16) ?? '?'}…) + ${out.retiredBlind3?.cases ?? 0} of the retired blind set 3 (sha256 ${out.retiredBlind3?.sha256.slice(0, 16) ?? '?'}…), all tuning since 2026-12-03 and matching their SHA256SUMS); atlas of ${atlas.muscles.length} muscles`,
    blindLine +
      ('unknownRegions' in out.blind4
        ? `; ${out.blind4.unknownRegions} drawn regions and ${out.blind4.unknownMuscles} answer muscles unknown to the atlas`
        : ''),
    '',
    header,
  ];
  if (!blindOk)
    lines.push(
      `| blind-4 · finder                   |    – | ${tuningRun ? 'not read (tuning run)' : blind.status === 'absent' ? 'not yet written' : 'NOT VERIFIED: not scored'} |`,
    );
  for (const g of GROUPS)
    for (const m of METHODS) lines.push(row(`${g} · ${m}`, out.groups[g]?.methods[m] as Metrics));
  lines.push('', 'Per category (finder):', '', header);
  for (const cat of CASE_CATEGORIES)
    for (const g of GROUPS) {
      const m = out.categories[cat][g];
      if (m !== undefined && m.cases > 0) lines.push(row(`${cat} · ${g}`, m));
    }
  lines.push(
    '',
    '| group | MRR gain over single-area lookup: overall | where ranking can differ (n) | most any ranker could gain (best MRR) |',
    '|---|---|---|---|',
  );
  for (const g of GROUPS) {
    const r = out.groups[g];
    if (r === undefined) continue;
    lines.push(
      `| ${g} | ${r.margin.overall.toFixed(3)} | ${r.margin.canDiffer.toFixed(3)} (${r.margin.canDifferCases}) | ${r.bound.maxGain.toFixed(3)} (${r.bound.bestMrr.toFixed(3)}${r.bound.exact ? '' : ', loose'}) |`,
    );
  }
  const target = blindOk ? 'blind-4' : 'check';
  const t = out.groups[target];
  if (t !== undefined) {
    const f = t.methods.finder;
    lines.push(
      '',
      `Targets on the ${target} set${blindOk ? '' : ' (blind set 4 not scored: the check half is NOT independent, it is tuning data)'}: top3 ${f2(f.top3)} (≥0.90), MRR ${f.mrr.toFixed(3)} (≥0.85), must@5 ${f2(f.mustInclude5)} (≥0.98), red-flag recall ${f.redFlagCases === 0 ? '–' : f2(f.redFlagRecall)} (1.0), MRR gain over single-area lookup ${t.margin.canDiffer.toFixed(3)} where ranking can differ (≥0.15) and ${t.margin.overall.toFixed(3)} overall (≥0.10)`,
    );
  }
  if (process.argv.includes('--misses') || process.argv.includes('--misses-tuning')) {
    lines.push(
      '',
      `${process.argv.includes('--misses-tuning') ? 'Tuning' : 'Tune-half'} cases where the finder did not put a must-include muscle first (blind-4 misses are never listed):`,
    );
    for (const m of out.misses)
      lines.push(`  ${m.id} want ${m.want.join('/')} rank ${m.rank ?? '-'}: ${m.top5.join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`\n${formatLanguageReport(language)}`);
}
