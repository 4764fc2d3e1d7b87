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

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The one vocabulary word closest to `word`, or undefined when none is close enough or two different
 * words tie. Closer first; then the stronger word (a body part over a filler); then the longer shared
 * beginning. A three-letter word is only completed to a four-letter body part ("nek" -> "neck").
 */
export function correctSpelling(
  word: string,
  vocabulary: ReadonlyMap<string, WordWeight>,
): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return undefined;
  const max = word.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestScore = Infinity;
  let tie = false;
  for (const [candidate, weight] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > max || candidate.length < 3) continue;
    if (word.length === 3 && (weight < 3 || candidate.length !== 4)) continue;
    const d = editDistance(word, candidate, max);
    if (d > max) continue;
    const score = d * 100 + (3 - weight) * 10 - Math.min(commonPrefix(word, candidate), 9);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && candidate !== best) tie = true;
  }
  return tie ? undefined : best;
}
