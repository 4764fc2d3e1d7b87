// Language layer evaluation (issue 9): `node scripts/run-ts.mjs bench/language/eval-language.ts [--json] [--misses] [--own]`.
// --own scores our sets only: use it while tuning, so the held-out part is looked at rarely.
// Scores our sets (bench/language/*.json) and the blind held-out third (bench/language/heldout/*.json,
// checked against its frozen SHA256SUMS) in separate rows. `npm run eval` prints the same table.
// Held-out cases are never listed one by one: only their totals are printed.
import { fileURLToPath } from 'node:url';
import {
  scoreEvidence,
  scoreRedFlags,
  scoreRegions,
  type EvidenceScores,
  type RedFlagScores,
  type RegionScores,
} from './language-metrics.ts';
import { checkHeldoutFreeze, loadHeldoutSets, loadOwnSets, type Freeze } from './language-sets.ts';

/** Scores of one part (ours or held-out) of the three sets. */
export interface LanguagePart {
  readonly regions: RegionScores;
  readonly evidence: EvidenceScores;
  readonly redFlags: RedFlagScores;
}

/** The whole language report. */
export interface LanguageReport {
  readonly own: LanguagePart;
  readonly heldout: LanguagePart;
  readonly freeze: Freeze;
}

/** Runs the resolver, evidence reader and red-flag screen over both parts (`ownOnly` skips the held-out part, for tuning). */
export function languageReport(ownOnly = false): LanguageReport {
  const own = loadOwnSets();
  const held = ownOnly ? { regions: [], evidence: [], redFlags: [] } : loadHeldoutSets();
  const part = (s: typeof own): LanguagePart => ({
    regions: scoreRegions(s.regions),
    evidence: scoreEvidence(s.evidence),
    redFlags: scoreRedFlags(s.redFlags),
  });
  return { own: part(own), heldout: part(held), freeze: checkHeldoutFreeze() };
}

const f2 = (x: number): string => x.toFixed(2);
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** The report as markdown tables, our sets and the held-out part in separate rows. */
export function formatLanguageReport(r: LanguageReport, misses = false): string {
  const rows: [string, LanguagePart][] = [
    ['ours', r.own],
    ['held-out', r.heldout],
  ];
  const lines = [
    'Language layer (issue 9): regions, evidence and red flags',
    '',
    `Held-out part: ${r.freeze.frozen ? 'frozen, sha256 matches SHA256SUMS' : `NOT VERIFIED (${r.freeze.problems.join('; ')})`}`,
    '',
    '| regions  |    n | exact | lay n | lay exact | clinical n | clinical exact |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      ([name, p]) =>
        `| ${name.padEnd(8)} | ${String(p.regions.n).padStart(4)} | ${f2(p.regions.exact)} | ${p.regions.lay.n} | ${f2(p.regions.lay.exact)} | ${p.regions.clinical.n} | ${f2(p.regions.clinical.exact)} |`,
    ),
    '',
    '| evidence |    n | in context | precision | recall | ruled out never present |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      ([name, p]) =>
        `| ${name.padEnd(8)} | ${String(p.evidence.n).padStart(4)} | ${p.evidence.contextual} | ${f2(p.evidence.precision)} | ${f2(p.evidence.recall)} | ${f2(p.evidence.ruledOutKept)} (${p.evidence.ruledOutIds} ids) |`,
    ),
    '',
    '| red flags |    n | emergency/urgent ≥ urgent | recall | exact tier | benign flagged | negated flagged | flag ids found |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      ([name, p]) =>
        `| ${name.padEnd(9)} | ${String(p.redFlags.n).padStart(4)} | ${f2(p.redFlags.urgentAtLeastUrgent)} (${p.redFlags.urgentCases}) | ${f2(p.redFlags.recall)} | ${f2(p.redFlags.exactTier)} | ${pct(p.redFlags.benignFlagged)} of ${p.redFlags.benignCases} | ${pct(p.redFlags.negatedFlagged)} of ${p.redFlags.negatedCases} | ${f2(p.redFlags.flagRecall)} |`,
    ),
    '',
  ];
  const h = r.heldout;
  lines.push(
    `Held-out targets: regions lay ${f2(h.regions.lay.exact)} (≥0.90), clinical ${f2(h.regions.clinical.exact)} (≥0.95); red flags emergency/urgent ≥ urgent ${f2(h.redFlags.urgentAtLeastUrgent)} (1.00), recall ${f2(h.redFlags.recall)} (≥0.95), benign flagged ${pct(h.redFlags.benignFlagged)} (≤5 %), negated flagged ${pct(h.redFlags.negatedFlagged)} (0 %)`,
  );
  if (misses)
    lines.push(
      '',
      'Misses on our sets (held-out misses are never listed):',
      `  regions: ${r.own.regions.misses.join(', ') || '-'}`,
      `  evidence: ${r.own.evidence.misses.join(', ') || '-'}`,
      `  red flags: ${r.own.redFlags.misses.join(', ') || '-'}`,
    );
  return `${lines.join('\n')}\n`;
}

/** The report for JSON output: held-out totals only, never which held-out cases were missed. */
export function languageJson(r: LanguageReport): unknown {
  const hide = (p: LanguagePart): unknown => ({
    regions: { ...p.regions, misses: undefined },
    evidence: { ...p.evidence, misses: undefined },
    redFlags: { ...p.redFlags, misses: undefined },
  });
  return { own: r.own, heldout: hide(r.heldout), freeze: r.freeze };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = languageReport(process.argv.includes('--own'));
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify(languageJson(report), null, 2)}\n`);
  else process.stdout.write(formatLanguageReport(report, process.argv.includes('--misses')));
}
