/**
 * Spelling correction over the lexicon's words: the closest word by edit distance (insert, delete,
 * substitute, swap two neighbours), one edit for words of 4–6 letters, two for longer ones.
 */

/** Optimal-string-alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** How strongly a vocabulary word is preferred when two are equally close: a body-part word on its own (3), a side or direction on its own (2), a word inside a multi-word body term (1), anything else (0). */
export type WordWeight = 0 | 1 | 2 | 3;

/** How much forming a term with the next word counts: more than any weight gap at the same distance. */
const FITS_NEXT = 170;

/** A swap of two neighbouring letters counts a little more than the shared beginning can. */
const SWAP_BONUS = 10;

/** Whether `b` is `a` with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Every string made by deleting up to `depth` letters from `word` (the word itself included). */
function deletes(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let layer = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of layer)
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    layer = next;
  }
  return out;
}

/** A symmetric-delete index over a vocabulary: finds every word within two edits without scanning them all. */
export interface SpellIndex {
  readonly weights: ReadonlyMap<string, WordWeight>;
  /** Words by the strings made from them by deleting one letter (index 0) or up to two (index 1). */
  readonly byDelete: readonly [
    ReadonlyMap<string, readonly string[]>,
    ReadonlyMap<string, readonly string[]>,
  ];
}

/** Builds the delete index once per vocabulary. */
export function buildSpellIndex(vocabulary: ReadonlyMap<string, WordWeight>): SpellIndex {
  const byDelete: [Map<string, string[]>, Map<string, string[]>] = [new Map(), new Map()];
  for (const word of vocabulary.keys())
    for (const [depth, map] of [
      [1, byDelete[0]],
      [2, byDelete[1]],
    ] as const)
      for (const d of deletes(word, depth)) {
        const list = map.get(d);
        if (list === undefined) map.set(d, [word]);
        else list.push(word);
      }
  return { weights: vocabulary, byDelete };
}

/**
 * The one vocabulary word closest to `word`, or undefined when none is close enough or two different
 * words tie. Closer first, except that a body word one edit further beats a word found only inside longer
 * terms; a word that makes a term with the next word (`fitsNext`, "tenis elbow") before one that does not;
 * then the stronger word (a body part over a filler); then the longer shared beginning. A three-letter word is only completed to a four-letter body part ("nek" -> "neck").
 */
export function correctSpelling(
  word: string,
  index: SpellIndex,
  fitsNext?: (candidate: string) => boolean,
): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return undefined;
  const max = word.length >= 6 ? 2 : 1;
  const candidates = new Set<string>();
  const byDelete = index.byDelete[max - 1];
  for (const d of deletes(word, max)) for (const c of byDelete?.get(d) ?? []) candidates.add(c);
  let best: string | undefined;
  let bestScore = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const weight = index.weights.get(candidate) ?? 0;
    if (Math.abs(candidate.length - word.length) > max || candidate.length < 3) continue;
    if (word.length === 3 && (weight < 3 || candidate.length !== 4)) continue;
    const d = editDistance(word, candidate, max);
    if (d > max) continue;
    // A body word two edits away beats a word one edit away that only occurs inside a longer term
    // ("buttox" is "buttock", not the "button" of "belly button"); sides and directions still win at one edit.
    // "tenis elbow": a word that makes a lexicon term with the word after it beats one that does not.
    const fits = fitsNext?.(candidate) === true ? FITS_NEXT : 0;
    // "haed": two neighbours swapped is the likeliest one-edit slip, before a changed letter ("hand").
    const swap = d === 1 && isSwap(word, candidate) ? SWAP_BONUS : 0;
    const score = d * 100 + (3 - weight) * 55 - Math.min(commonPrefix(word, candidate), 9) - fits - swap;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && candidate !== best) tie = true;
  }
  return tie ? undefined : best;
}
