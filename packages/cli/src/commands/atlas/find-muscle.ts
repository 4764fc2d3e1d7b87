import type { Atlas, Muscle } from '@myomap/atlas';

/** Lower case, hyphens and punctuation as spaces, single spaces. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function namesOf(muscle: Muscle): string[] {
  return [muscle.id, muscle.name, ...muscle.aliases].map(normalize);
}

/** The muscle whose id, name or an alias equals the query (case, hyphens and punctuation ignored). */
export function findMuscle(atlas: Atlas, query: string): Muscle | undefined {
  const q = normalize(query);
  if (q === '') return undefined;
  return atlas.muscles.find((m) => namesOf(m).includes(q));
}

/** Edit distance (insert, delete, substitute, swap neighbours). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * How far a query is from a name, 0 (same) to 1: a name containing the query (or nearly all of it) is
 * close; otherwise the relative edit distance to the whole name or, a little worse, to one of its words.
 */
function closeness(q: string, name: string): number {
  const longer = Math.max(q.length, name.length);
  if ((q.length >= 3 && name.includes(q)) || (name.length >= 0.6 * q.length && q.includes(name)))
    return 0.1 + Math.abs(name.length - q.length) / (10 * longer);
  const whole = distance(q, name) / longer;
  const words = name.split(' ').map((w) => 0.1 + distance(q, w) / Math.max(q.length, w.length));
  return Math.min(whole, ...words);
}

/** Up to `max` muscle ids whose names come closest to the query, best first. */
export function suggestMuscles(atlas: Atlas, query: string, max = 3): string[] {
  const q = normalize(query);
  if (q === '') return [];
  return atlas.muscles
    .map((m) => ({ id: m.id, score: Math.min(...namesOf(m).map((n) => closeness(q, n))) }))
    .filter((s) => s.score <= 0.45)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, max)
    .map((s) => s.id);
}
