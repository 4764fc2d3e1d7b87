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

/**
 * The one vocabulary word closest to `word`, or undefined when none is close enough or two different
 * words tie. Words naming a part win a tie against other words.
 * @param vocabulary word -> true when it names a body part
 */
export function correctSpelling(word: string, vocabulary: ReadonlyMap<string, boolean>): string | undefined {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return undefined;
  const max = word.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestScore = Infinity;
  let tie = false;
  for (const [candidate, names] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > max || candidate.length < 3) continue;
    const d = editDistance(word, candidate, max);
    if (d > max) continue;
    const score = d * 2 + (names ? 0 : 1);
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && candidate !== best) tie = true;
  }
  return tie ? undefined : best;
}
