import type { EvidenceOption } from './finder-kit.ts';

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

interface Indexed {
  readonly option: EvidenceOption;
  readonly label: string;
  readonly words: readonly string[];
}

const cache = new WeakMap<readonly EvidenceOption[], readonly Indexed[]>();

function indexed(options: readonly EvidenceOption[]): readonly Indexed[] {
  let list = cache.get(options);
  if (list === undefined) {
    list = options.map((option) => ({
      option,
      label: option.label.toLowerCase(),
      words: [...words(option.label), ...words(option.id)],
    }));
    cache.set(options, list);
  }
  return list;
}

/**
 * Evidence options matching a query: every query word must start a word of the label or id
 * ("jaw open" finds "opening the mouth" through its id jaw.opening). Labels that start with the
 * query come first, then the rest in vocabulary order.
 */
export function searchEvidence(
  options: readonly EvidenceOption[],
  query: string,
  limit = 12,
): EvidenceOption[] {
  const q = words(query);
  if (q.length === 0) return [];
  const phrase = query.trim().toLowerCase();
  const hits: { option: EvidenceOption; rank: number; order: number }[] = [];
  indexed(options).forEach((entry, order) => {
    if (!q.every((w) => entry.words.some((x) => x.startsWith(w)))) return;
    const rank = entry.label.startsWith(phrase) ? 0 : entry.label.includes(phrase) ? 1 : 2;
    hits.push({ option: entry.option, rank, order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.slice(0, limit).map((h) => h.option);
}
