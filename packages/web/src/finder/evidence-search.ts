import type { EvidenceResult } from '@myomap/engine';
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

/** Reads a query with the Finder's language layer (lay words, misspellings); the search lists what it names. */
export type EvidenceReader = (text: string) => Pick<EvidenceResult, 'findings'>;

/**
 * Evidence options matching a query: every query word must start a word of the label or id
 * ("jaw open" finds "opening the mouth" through its id jaw.opening). Labels that start with the
 * query come first, then the rest in vocabulary order. With a reader, the options the language layer
 * reads in the query follow ("clammy" finds the cold sweat, "can't catch my breath" breathlessness),
 * whatever their context, so "no fever" still offers fever to tick or rule out.
 */
export function searchEvidence(
  options: readonly EvidenceOption[],
  query: string,
  limit = 12,
  read?: EvidenceReader,
): EvidenceOption[] {
  const q = words(query);
  if (q.length === 0) return [];
  const phrase = query.trim().toLowerCase();
  const hits: { option: EvidenceOption; rank: number; order: number }[] = [];
  const listed = new Set<EvidenceOption>();
  indexed(options).forEach((entry, order) => {
    if (!q.every((w) => entry.words.some((x) => x.startsWith(w)))) return;
    const rank = entry.label.startsWith(phrase) ? 0 : entry.label.includes(phrase) ? 1 : 2;
    hits.push({ option: entry.option, rank, order });
    listed.add(entry.option);
  });
  if (read !== undefined) {
    const named = new Set(read(query).findings.map((f) => `${f.kind}:${f.id}`));
    indexed(options).forEach((entry, order) => {
      if (listed.has(entry.option) || !named.has(`${entry.option.kind}:${entry.option.id}`)) return;
      hits.push({ option: entry.option, rank: 3, order });
    });
  }
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.slice(0, limit).map((h) => h.option);
}
