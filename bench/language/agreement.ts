// Inter-writer agreement (issue 9): how often a second person, labelling the same phrases blind, gives an
// answer the first writer's item accepts, scored exactly as the resolver is scored (its `expect` equals the
// writer's `expect` or one `alsoAccept` set). The second labels of retired blind sets 3 and 4 are in
// bench/language/agreement/blind-N/ (written on 2026-12-04 from the phrases alone; README there). This is
// the ceiling a reader can be expected to reach against one writer's answers.
//   node scripts/run-ts.mjs bench/language/agreement.ts [--json]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  loadSetFolder,
  RedFlagCaseSchema,
  RegionCaseSchema,
  type RedFlagCase,
  type RegionCase,
} from './language-sets.ts';

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));
const accepts = (c: RegionCase, got: readonly string[]): boolean =>
  [c.expect, ...(c.alsoAccept ?? [])].some((w) => sameSet(got, w));

/** Agreement on one register: second label accepted by the writer, and the other way round. */
export interface RegisterAgreement {
  readonly n: number;
  /** The second labeller's `expect` is one of the writer's accepted sets (how the resolver is scored). */
  readonly secondInWriter: number;
  /** The writer's `expect` is one of the second labeller's accepted sets. */
  readonly writerInSecond: number;
  /** Both `expect` sets are the same. */
  readonly sameExpect: number;
}

/** Region agreement per register between a writer's items and a second labelling of the same ids. */
export function regionAgreement(
  writer: readonly RegionCase[],
  second: readonly RegionCase[],
): Record<'lay' | 'clinical', RegisterAgreement> {
  const other = new Map(second.map((c) => [c.id, c]));
  const part = (register: 'lay' | 'clinical'): RegisterAgreement => {
    const pairs = writer
      .filter((c) => c.register === register)
      .map((c) => [c, other.get(c.id)] as const)
      .filter((p): p is readonly [RegionCase, RegionCase] => p[1] !== undefined);
    const share = (f: (w: RegionCase, s: RegionCase) => boolean): number =>
      pairs.length === 0 ? 0 : pairs.filter(([w, s]) => f(w, s)).length / pairs.length;
    return {
      n: pairs.length,
      secondInWriter: share((w, s) => accepts(w, s.expect)),
      writerInSecond: share((w, s) => accepts(s, w.expect)),
      sameExpect: share((w, s) => sameSet(w.expect, s.expect)),
    };
  };
  return { lay: part('lay'), clinical: part('clinical') };
}

/** Red-flag agreement: the same tier, and the red-flag figures with the second labels as answers. */
export function redFlagAgreement(writer: readonly RedFlagCase[], second: readonly RedFlagCase[]) {
  const tier = new Map(second.map((c) => [c.id, c.expectTier]));
  const order = ['none', 'caution', 'refer', 'urgent', 'emergency'];
  const paired = writer.filter((c) => tier.has(c.id));
  const got = (c: RedFlagCase): string => tier.get(c.id) ?? 'none';
  const urgent = paired.filter((c) => c.expectTier === 'emergency' || c.expectTier === 'urgent');
  const flagged = paired.filter((c) => c.expectTier !== 'none');
  const benign = paired.filter((c) => c.benignLookalike);
  const negated = paired.filter((c) => c.negated);
  return {
    n: paired.length,
    sameTier: paired.filter((c) => got(c) === c.expectTier).length / paired.length,
    urgentAtLeastUrgent: urgent.filter((c) => order.indexOf(got(c)) >= 3).length / urgent.length,
    recall: flagged.filter((c) => got(c) !== 'none').length / flagged.length,
    benignFlagged: benign.filter((c) => got(c) !== 'none').length / benign.length,
    negatedFlagged: negated.filter((c) => got(c) !== 'none').length / negated.length,
  };
}

const SECOND = z.array(RegionCaseSchema);
const SECOND_FLAGS = z.array(RedFlagCaseSchema.partial({ source: true }));

/** Agreement for one retired blind set with a second labelling in bench/language/agreement/blind-N/. */
export function agreementFor(set: number) {
  const writer = loadSetFolder(new URL(`./blind-${set}/`, import.meta.url));
  const dir = new URL(`./agreement/blind-${set}/`, import.meta.url);
  const regions = SECOND.parse(JSON.parse(readFileSync(new URL('regions-labelled.json', dir), 'utf8')));
  const flags = SECOND_FLAGS.parse(JSON.parse(readFileSync(new URL('redflags-labelled.json', dir), 'utf8')));
  return {
    set,
    regions: regionAgreement(writer.regions, regions),
    redFlags: redFlagAgreement(writer.redFlags, flags),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [3, 4].map(agreementFor);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    const f = (x: number): string => x.toFixed(2);
    const lines = [
      'Second labeller against the writer (retired blind sets), scored as the resolver is scored',
      '',
      '| set | lay n | lay: second accepted by writer | writer accepted by second | same expect | clinical n | clinical: second accepted by writer | writer accepted by second | same expect |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| blind ${r.set} | ${r.regions.lay.n} | ${f(r.regions.lay.secondInWriter)} | ${f(r.regions.lay.writerInSecond)} | ${f(r.regions.lay.sameExpect)} | ${r.regions.clinical.n} | ${f(r.regions.clinical.secondInWriter)} | ${f(r.regions.clinical.writerInSecond)} | ${f(r.regions.clinical.sameExpect)} |`,
      ),
      '',
      '| set | red-flag cases | same tier | emergency/urgent ≥ urgent | recall | benign flagged | negated flagged |',
      '|---|---|---|---|---|---|---|',
      ...rows.map(
        (r) =>
          `| blind ${r.set} | ${r.redFlags.n} | ${f(r.redFlags.sameTier)} | ${f(r.redFlags.urgentAtLeastUrgent)} | ${f(r.redFlags.recall)} | ${f(r.redFlags.benignFlagged)} | ${f(r.redFlags.negatedFlagged)} |`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
