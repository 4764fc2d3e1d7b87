// Language layer evaluation (issue 9):
//   node scripts/run-ts.mjs bench/language/eval-language.ts [--json] [--misses] [--own | --tuning]
// Rows: our sets (bench/language/*.json); the retired sets (RETIRED_SETS: held-out 1 in bench/language/heldout/,
// blind 2 to blind 5 in bench/language/blind-2/ … blind-5/, all written blind, all seen, now tuning data); and
// the judged "blind held-out N" (N = BLIND_NUMBER, bench/language/blind-N/, scored only when the
// coordinator has placed it, its three files are listed in SHA256SUMS and match, and every id carries its
// file's prefix). The targets are judged on that set; for the other rows they are shown for
// information. --own scores our sets only; --tuning scores ours and the retired sets and never reads it
// (use it while changing the layer). --misses lists misses of the tuning rows; its cases are never listed.
import { fileURLToPath } from 'node:url';
import {
  scoreEvidence,
  scoreRedFlags,
  scoreRegions,
  type EvidenceScores,
  type RedFlagScores,
  type RegionScores,
} from './language-metrics.ts';
import {
  BLIND_DIR,
  BLIND_FILES,
  BLIND_NAME,
  BLIND_NUMBER,
  blindShapeProblems,
  checkFreeze,
  folderPlaced,
  loadOwnSets,
  loadSetFolder,
  RETIRED_SETS,
  type Freeze,
  type LanguageSets,
  type RetiredSet,
} from './language-sets.ts';

/** Scores of one part (ours, a retired set or the blind set) of the three sets. */
export interface LanguagePart {
  readonly regions: RegionScores;
  readonly evidence: EvidenceScores;
  readonly redFlags: RedFlagScores;
}

/** The blind held-out 5 row: not yet written, not read (tuning run), placed but not verified, or scored. */
export type BlindRow =
  | { readonly status: 'absent' }
  | { readonly status: 'skipped' }
  | { readonly status: 'unverified'; readonly freeze: Freeze }
  | { readonly status: 'scored'; readonly freeze: Freeze; readonly part: LanguagePart };

/** One retired row: its label, scores and freeze check. */
export interface RetiredRow {
  readonly label: string;
  readonly part: LanguagePart;
  readonly freeze: Freeze;
}

/** The whole language report. */
export interface LanguageReport {
  readonly own: LanguagePart;
  readonly retired: readonly RetiredRow[];
  readonly blind: BlindRow;
}

/** Row label of the blind set. */
export const BLIND_LABEL = `blind held-out ${BLIND_NUMBER}`;

const score = (s: LanguageSets): LanguagePart => ({
  regions: scoreRegions(s.regions),
  evidence: scoreEvidence(s.evidence),
  redFlags: scoreRedFlags(s.redFlags),
});

/**
 * Scores the blind folder when it is present, frozen (every file matches SHA256SUMS), holds the expected
 * files and every id has its file's prefix; its cases are read only after the hashes are verified.
 */
export function blindRow(
  dir: URL = BLIND_DIR,
  files: Readonly<Record<string, string>> = BLIND_FILES,
): BlindRow {
  if (!folderPlaced(dir)) return { status: 'absent' };
  const hashes = checkFreeze(dir);
  if (!hashes.frozen) return { status: 'unverified', freeze: hashes };
  const shape = blindShapeProblems(dir, files);
  if (shape.length > 0) return { status: 'unverified', freeze: { frozen: false, problems: shape } };
  return { status: 'scored', freeze: hashes, part: score(loadSetFolder(dir)) };
}

/** Which parts to score: `own` only, `tuning` (ours + retired sets, the judged blind set never read) or `all`. */
export type ReportScope = 'own' | 'tuning' | 'all';

/** Scores one retired set and checks that its files are unchanged. */
export function retiredRow(set: RetiredSet): RetiredRow {
  return { label: set.label, part: score(loadSetFolder(set.dir)), freeze: checkFreeze(set.dir) };
}

/** Runs the resolver, evidence reader and red-flag screen over the parts in scope. */
export function languageReport(
  scope: ReportScope = 'all',
  blindDir: URL = BLIND_DIR,
  retiredSets: readonly RetiredSet[] = RETIRED_SETS,
): LanguageReport {
  const own = score(loadOwnSets());
  const retired = scope === 'own' ? [] : retiredSets.map(retiredRow);
  const blind: BlindRow = scope === 'all' ? blindRow(blindDir) : { status: 'skipped' };
  return { own, retired, blind };
}

const f2 = (x: number): string => x.toFixed(2);
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** One target of issue 9: its value on a part, the bound, and whether it is met. */
export interface TargetCheck {
  readonly name: string;
  readonly value: string;
  readonly bound: string;
  readonly met: boolean;
}

/** The targets judged on one part. */
export function targetChecks(p: LanguagePart): TargetCheck[] {
  const r = p.redFlags;
  return [
    {
      name: 'regions lay exact',
      value: f2(p.regions.lay.exact),
      bound: '≥ 0.90',
      met: p.regions.lay.exact >= 0.9,
    },
    {
      name: 'regions clinical exact',
      value: f2(p.regions.clinical.exact),
      bound: '≥ 0.95',
      met: p.regions.clinical.exact >= 0.95,
    },
    {
      name: 'emergency/urgent at least urgent',
      value: `${f2(r.urgentAtLeastUrgent)} of ${r.urgentCases}`,
      bound: '= 1.00',
      met: r.urgentAtLeastUrgent >= 1,
    },
    { name: 'red-flag recall', value: f2(r.recall), bound: '≥ 0.95', met: r.recall >= 0.95 },
    {
      name: 'benign look-alikes flagged',
      value: `${pct(r.benignFlagged)} of ${r.benignCases}`,
      bound: '≤ 5 %',
      met: r.benignFlagged <= 0.05,
    },
    {
      name: 'negated signs flagged',
      value: `${pct(r.negatedFlagged)} of ${r.negatedCases}`,
      bound: '0 %',
      met: r.negatedFlagged === 0,
    },
  ];
}

const targetLine = (p: LanguagePart): string =>
  targetChecks(p)
    // A tuning row without regions or red flags (the probe sets hold one kind each) has nothing to show.
    .filter((t) => (t.name.startsWith('regions') ? p.regions.n > 0 : p.redFlags.n > 0))
    .map((t) => `${t.name} ${t.value} (${t.bound}) ${t.met ? 'met' : 'NOT met'}`)
    .join('; ');

const freezeText = (f: Freeze): string =>
  f.frozen ? 'frozen, sha256 matches SHA256SUMS' : `NOT VERIFIED (${f.problems.join('; ')})`;

/** What the report says about the judged blind set (also when it has no scores). */
function blindNote(b: BlindRow): string {
  switch (b.status) {
    case 'absent':
      return `${BLIND_NAME} not yet written`;
    case 'skipped':
      return `${BLIND_NAME} not read (tuning run)`;
    case 'unverified':
      return `${BLIND_NAME} present but ${freezeText(b.freeze)}: not scored`;
    case 'scored':
      return `${BLIND_NAME}: ${freezeText(b.freeze)}`;
  }
}

/** The report as markdown tables: one row per part, then the targets (judged on the blind set only). */
export function formatLanguageReport(r: LanguageReport, misses = false): string {
  const rows: [string, LanguagePart][] = [['ours', r.own]];
  for (const x of r.retired) rows.push([x.label, x.part]);
  if (r.blind.status === 'scored') rows.push([BLIND_LABEL, r.blind.part]);
  const w = Math.max(...rows.map(([n]) => n.length));
  const name = (n: string): string => n.padEnd(w);
  const lines = [
    'Language layer (issue 9): regions, evidence and red flags',
    '',
    ...r.retired.map((x) => `${x.label}: ${freezeText(x.freeze)}`),
    blindNote(r.blind),
    '',
    `| ${name('regions')} |    n | exact | lay n | lay exact | clinical n | clinical exact |`,
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      ([n, p]) =>
        `| ${name(n)} | ${String(p.regions.n).padStart(4)} | ${f2(p.regions.exact)} | ${p.regions.lay.n} | ${f2(p.regions.lay.exact)} | ${p.regions.clinical.n} | ${f2(p.regions.clinical.exact)} |`,
    ),
    '',
    `| ${name('evidence')} |    n | in context | precision | recall | ruled out never present |`,
    '|---|---|---|---|---|---|',
    ...rows.map(
      ([n, p]) =>
        `| ${name(n)} | ${String(p.evidence.n).padStart(4)} | ${p.evidence.contextual} | ${f2(p.evidence.precision)} | ${f2(p.evidence.recall)} | ${f2(p.evidence.ruledOutKept)} (${p.evidence.ruledOutIds} ids) |`,
    ),
    '',
    `| ${name('red flags')} |    n | emergency/urgent ≥ urgent | recall | exact tier | benign flagged | negated flagged | flag ids found |`,
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      ([n, p]) =>
        `| ${name(n)} | ${String(p.redFlags.n).padStart(4)} | ${f2(p.redFlags.urgentAtLeastUrgent)} (${p.redFlags.urgentCases}) | ${f2(p.redFlags.recall)} | ${f2(p.redFlags.exactTier)} | ${pct(p.redFlags.benignFlagged)} of ${p.redFlags.benignCases} | ${pct(p.redFlags.negatedFlagged)} of ${p.redFlags.negatedCases} | ${f2(p.redFlags.flagRecall)} |`,
    ),
    '',
  ];
  if (r.blind.status === 'scored') lines.push(`Targets on ${BLIND_LABEL}: ${targetLine(r.blind.part)}`);
  else lines.push(`Targets on ${BLIND_LABEL}: ${blindNote(r.blind)}`);
  for (const [n, p] of rows.filter(([n]) => n !== BLIND_LABEL))
    lines.push(`For information only (tuning data), ${n}: ${targetLine(p)}`);
  if (misses) {
    const tuning = rows.filter(([n]) => n !== BLIND_LABEL);
    lines.push('', `Misses on the tuning rows (${BLIND_NAME} misses are never listed):`);
    for (const [n, p] of tuning)
      lines.push(
        `  ${n} regions: ${p.regions.misses.join(', ') || '-'}`,
        `  ${n} evidence: ${p.evidence.misses.join(', ') || '-'}`,
        `  ${n} red flags: ${p.redFlags.misses.join(', ') || '-'}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The report for JSON output: the judged blind set's totals only, never which of its cases were missed. */
export function languageJson(r: LanguageReport): unknown {
  const hide = (p: LanguagePart): unknown => ({
    regions: { ...p.regions, misses: undefined },
    evidence: { ...p.evidence, misses: undefined },
    redFlags: { ...p.redFlags, misses: undefined },
  });
  const blind =
    r.blind.status === 'scored'
      ? {
          status: r.blind.status,
          freeze: r.blind.freeze,
          scores: hide(r.blind.part),
          targets: targetChecks(r.blind.part),
        }
      : r.blind;
  return { own: r.own, retired: r.retired, blindHeldout: { set: BLIND_NAME, ...blind } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const scope: ReportScope = process.argv.includes('--own')
    ? 'own'
    : process.argv.includes('--tuning')
      ? 'tuning'
      : 'all';
  const report = languageReport(scope);
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify(languageJson(report), null, 2)}\n`);
  else process.stdout.write(formatLanguageReport(report, process.argv.includes('--misses')));
  if (report.blind.status === 'unverified') process.exitCode = 1;
}
