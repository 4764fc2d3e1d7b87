import type { ScoredCase } from '../cases/case-schema.ts';
import { caseSide, relevantMuscles } from './metrics.ts';

/** The best MRR any deterministic ranker could reach on a set of cases, side scored. */
export interface MrrBound {
  /** Cases with a muscle answer (the MRR denominator). */
  readonly cases: number;
  /** Groups of cases with the very same input (a deterministic ranker answers them with one list). */
  readonly sharedInputs: number;
  /** The bound: at most this MRR, whatever the ranker. */
  readonly bestMrr: number;
  /** True when every group was solved exactly (else groups too large count each case as 1: still a bound). */
  readonly exact: boolean;
}

/** The finder input of a case, as a key: two cases with the same key must get the same ranking. */
export function inputKey(c: ScoredCase): string {
  const drawing = [...c.drawing].sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
  return JSON.stringify({ drawing, evidence: c.evidence ?? {} });
}

/** The answer lines ("muscle@side") a case accepts: its side or a midline muscle; any side when bilateral. */
export function acceptedItems(c: ScoredCase): string[] {
  const side = caseSide(c);
  const sides = side === undefined ? ['l', 'r', 'm', 'both'] : [side, 'm'];
  return relevantMuscles(c).flatMap((m) => sides.map((s) => `${m}@${s}`));
}

const MAX_EXACT_ITEMS = 9;
const MAX_EXACT_CASES = 6;

/** One item per set of cases accepting it: items the same cases accept are interchangeable. */
function distinctItems(accepts: readonly ReadonlySet<string>[]): string[] {
  const bySignature = new Map<string, string>();
  for (const item of new Set(accepts.flatMap((a) => [...a]))) {
    const signature = accepts.map((a) => (a.has(item) ? '1' : '0')).join('');
    if (!bySignature.has(signature)) bySignature.set(signature, item);
  }
  return [...bySignature.values()];
}

/** Best Σ 1/rank over cases sharing one ranking: every ordered choice of up to n items (n = cases). */
function bestSharedSum(accepts: readonly ReadonlySet<string>[]): number {
  const items = distinctItems(accepts);
  let best = 0;
  const used = new Array<boolean>(items.length).fill(false);
  const rank = new Array<number>(accepts.length).fill(0); // 0 = not yet found
  const walk = (position: number, sum: number): void => {
    if (sum > best) best = sum;
    if (position > accepts.length) return;
    items.forEach((item, k) => {
      if (used[k] === true) return;
      const newly: number[] = [];
      accepts.forEach((a, i) => {
        if (rank[i] === 0 && a.has(item)) newly.push(i);
      });
      if (newly.length === 0) return; // an item nobody accepts never helps
      used[k] = true;
      for (const i of newly) rank[i] = position;
      walk(position + 1, sum + newly.length / position);
      for (const i of newly) rank[i] = 0;
      used[k] = false;
    });
  };
  walk(1, 0);
  return best;
}

/**
 * An upper bound on the MRR of any deterministic ranker: each case can at best have an accepted answer
 * first, except that cases with the same input share one list (solved exactly by search when small).
 * The most any ranker can gain over a baseline is `bestMrr − baseline MRR`.
 */
export function mrrBound(cases: readonly ScoredCase[]): MrrBound {
  const groups = new Map<string, ReadonlySet<string>[]>();
  for (const c of cases) {
    const items = acceptedItems(c);
    if (items.length === 0) continue;
    const key = inputKey(c);
    groups.set(key, [...(groups.get(key) ?? []), new Set(items)]);
  }
  let n = 0;
  let sum = 0;
  let exact = true;
  let shared = 0;
  for (const accepts of groups.values()) {
    n += accepts.length;
    if (accepts.length === 1) {
      sum += 1;
      continue;
    }
    shared++;
    if (accepts.length > MAX_EXACT_CASES || distinctItems(accepts).length > MAX_EXACT_ITEMS) {
      exact = false;
      sum += accepts.length;
    } else sum += bestSharedSum(accepts);
  }
  return {
    cases: n,
    sharedInputs: shared,
    bestMrr: n === 0 ? 0 : Math.round((sum / n) * 1000) / 1000,
    exact,
  };
}
