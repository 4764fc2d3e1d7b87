import type { TuningCase } from '../cases/case-schema.ts';
import { relevantMuscles } from './metrics.ts';

/** The two halves of the tuning cases: weights are fitted on `tune` and checked on `check`. */
export type Split = 'tune' | 'check';

/** The seed of the family split; changing it reshuffles which families are fitted on. */
export const SPLIT_SEED = 'myomap-families-1';

const mirrorId = (id: string): string =>
  id.startsWith('l.') ? `r.${id.slice(2)}` : id.startsWith('r.') ? `l.${id.slice(2)}` : id;

/** The drawing as a key that a mirror image shares: the smaller of its sorted regions and their mirror. */
export function drawingKey(c: TuningCase): string {
  const regions = [...new Set(c.drawing.map((d) => d.region))].sort();
  const mirrored = regions.map(mirrorId).sort();
  const a = regions.join(',');
  const b = mirrored.join(',');
  return a < b ? a : b;
}

/** The source page a case was transcribed from. */
export function sourceKey(c: TuningCase): string {
  return c.sourcePage;
}

/** The muscle answer and the regions drawn, sides ignored. */
export function answerKey(c: TuningCase): string {
  const places = [...new Set(c.drawing.map((d) => d.region.replace(/^[lrm]\./, '')))].sort();
  return `${[...relevantMuscles(c)].sort().join(',')}|${places.join(',')}`;
}

/** The relations that put two cases in one family; each is a key two related cases share. */
export const FAMILY_KEYS: readonly { readonly name: string; readonly key: (c: TuningCase) => string }[] = [
  { name: 'same drawing or its mirror image', key: drawingKey },
  { name: 'same source page', key: sourceKey },
  { name: 'same muscle answer with the same regions', key: answerKey },
];

const placesOf = (c: TuningCase): Set<string> =>
  new Set(c.drawing.map((d) => d.region.replace(/^[lrm]\./, '')));

/**
 * Near twins: the same muscle answer over drawings (sides ignored) where one holds the other's places or
 * the two share at least two. Such a pair tells one clinical story, e.g. a case of our own and a case of
 * the retired blind set 1 written from another page about the same pattern.
 */
export function nearTwins(a: TuningCase, b: TuningCase): boolean {
  const answer = (c: TuningCase): string => [...relevantMuscles(c)].sort().join();
  if (answer(a) === '' || answer(a) !== answer(b)) return false;
  const pa = placesOf(a);
  const pb = placesOf(b);
  const shared = [...pa].filter((p) => pb.has(p)).length;
  return shared === Math.min(pa.size, pb.size) || shared >= 2;
}

/**
 * Groups cases into families: the connected groups of cases linked by any FAMILY_KEYS relation or as
 * near twins (union-find). Returns case id -> family id (the family's alphabetically first case id).
 */
export function families(cases: readonly TuningCase[]): Map<string, string> {
  const parent = new Map<string, string>(cases.map((c) => [c.id, c.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const { key } of FAMILY_KEYS) {
    const first = new Map<string, string>();
    for (const c of cases) {
      const k = key(c);
      const seen = first.get(k);
      if (seen === undefined) first.set(k, c.id);
      else union(seen, c.id);
    }
  }
  for (let i = 0; i < cases.length; i++)
    for (let j = i + 1; j < cases.length; j++) {
      const a = cases[i] as TuningCase;
      const b = cases[j] as TuningCase;
      if (nearTwins(a, b)) union(a.id, b.id);
    }
  return new Map(cases.map((c) => [c.id, find(c.id)]));
}

/** FNV-1a, 32 bits: a small deterministic string hash (same value on every machine and run). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The split of a family: a seeded hash of its id, lower half -> tune, upper half -> check. The top bit
 * after a murmur3 finaliser, because FNV-1a's low bit is only the parity of the characters.
 */
export function splitOfFamily(familyId: string, seed: string = SPLIT_SEED): Split {
  let h = fnv1a(`${seed}:${familyId}`);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h < 0x80000000 ? 'tune' : 'check';
}

/** Case id -> split, every case taking its family's split. */
export function splitCases(cases: readonly TuningCase[], seed: string = SPLIT_SEED): Map<string, Split> {
  const fam = families(cases);
  return new Map(cases.map((c) => [c.id, splitOfFamily(fam.get(c.id) ?? c.id, seed)]));
}
