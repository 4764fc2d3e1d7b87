import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import { resolveRegions } from '@myomap/engine';
import type { MuscleSearchDoc } from './search-index.ts';

/** Which field of a muscle matched a query, in words for the result list. */
export const FIELD_LABELS = {
  name: 'name',
  aliases: 'also called',
  area: 'body area',
  symptoms: 'symptom',
  movements: 'restricted movement',
  activities: 'perpetuated by',
  refers: 'refers to',
  locations: 'trigger point in',
  entrapments: 'nerve entrapment',
} as const;

/** A searchable field. */
export type SearchField = keyof typeof FIELD_LABELS;

/** One search result: the muscle and, when it was not its name, what matched. */
export interface MuscleHit {
  readonly doc: MuscleSearchDoc;
  readonly matched?: { readonly field: SearchField; readonly value: string };
}

const OPTIONS: IFuseOptions<MuscleSearchDoc> = {
  keys: [
    { name: 'name', weight: 4 },
    { name: 'aliases', weight: 3 },
    { name: 'area', weight: 1.5 },
    { name: 'symptoms', weight: 1.5 },
    { name: 'movements', weight: 1.5 },
    { name: 'activities', weight: 1.5 },
    { name: 'refers', weight: 2 },
    { name: 'locations', weight: 1 },
    { name: 'entrapments', weight: 1 },
  ],
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.32,
  minMatchCharLength: 2,
  useExtendedSearch: true,
};

function bestMatch(matches: readonly FuseResultMatch[] | undefined): MuscleHit['matched'] {
  const order = Object.keys(FIELD_LABELS) as SearchField[];
  const sorted = [...(matches ?? [])].sort(
    (a, b) => order.indexOf(a.key as SearchField) - order.indexOf(b.key as SearchField),
  );
  const first = sorted[0];
  if (first === undefined || first.key === undefined || first.value === undefined) return undefined;
  if (first.key === 'name') return undefined;
  return { field: first.key as SearchField, value: first.value };
}

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'in', 'on', 'at', 'to', 'my', 'and', 'with', 'when']);

/** Words of the query, fuzzy and all required (Fuse extended search: space = AND); operators stripped. */
function toExtendedQuery(query: string): string {
  const words = query
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  return (words.length > 0 ? words : [query.trim()]).slice(0, 8).join(' ');
}

/** Muscle ids that refer to any of these regions, the most likely cause first (the pain guide order). */
export type MuscleGuide = (regionIds: readonly string[]) => readonly string[];

const norm = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));

const FIELDS = Object.keys(FIELD_LABELS) as SearchField[];

/** The first field (in FIELD_LABELS order) one of whose values has a word starting with every query word. */
function wordStartMatch(
  doc: MuscleSearchDoc,
  words: readonly string[],
): MuscleHit['matched'] | 'name' | undefined {
  for (const field of FIELDS) {
    const raw = doc[field];
    const values = typeof raw === 'string' ? [raw] : raw;
    for (const value of values) {
      const vs = norm(value);
      if (words.every((w) => vs.some((v) => v.startsWith(w))))
        return field === 'name' ? 'name' : { field, value };
    }
  }
  return undefined;
}

/**
 * The muscle search: a query that names a place in lay or clinical words ("heel", "bum cheek", "back of
 * my knee", misspellings too) is read by the same language layer as the Finder, and the muscles that
 * refer there come first in the pain-guide order (most often the cause first). Other queries match whole
 * words and word starts in every field ("heel" never finds "cheek"); a misspelt muscle name falls back
 * to a fuzzy match on names only.
 */
export function createMuscleSearch(
  docs: readonly MuscleSearchDoc[],
  guide?: MuscleGuide,
): (query: string) => MuscleHit[] {
  const fuse = new Fuse(docs, {
    ...OPTIONS,
    keys: [
      { name: 'name', weight: 4 },
      { name: 'aliases', weight: 3 },
    ],
  });
  const byId = new Map(docs.map((d) => [d.id, d]));
  return (query) => {
    const q = query.trim();
    if (q === '') return docs.map((doc) => ({ doc }));
    const hits: MuscleHit[] = [];
    const seen = new Set<string>();
    const push = (hit: MuscleHit): void => {
      if (seen.has(hit.doc.id)) return;
      seen.add(hit.doc.id);
      hits.push(hit);
    };
    const words = norm(q);
    for (const doc of docs) if (wordStartMatch(doc, words) === 'name') push({ doc });
    // A muscle name typed nearly right ("infraspinatis") comes before the place it shares a word with.
    if (hits.length === 0 && q.length >= 6)
      for (const r of fuse.search(toExtendedQuery(q))) if ((r.score ?? 1) <= 0.15) push({ doc: r.item });
    const place = guide === undefined ? undefined : resolveRegions(q);
    if (
      place !== undefined &&
      guide !== undefined &&
      place.regions.length > 0 &&
      place.unresolved.length === 0
    ) {
      const value = place.readings
        .filter((r) => r.regions.length > 0)
        .map((r) => r.text)
        .join(', ');
      for (const id of guide(place.regions)) {
        const doc = byId.get(id);
        if (doc !== undefined) push({ doc, matched: { field: 'refers', value } });
      }
    }
    for (const doc of docs) {
      const m = wordStartMatch(doc, words);
      if (m !== undefined && m !== 'name') push({ doc, matched: m });
    }
    if (hits.length === 0)
      for (const r of fuse.search(toExtendedQuery(q))) {
        const matched = bestMatch(r.matches);
        push(matched === undefined ? { doc: r.item } : { doc: r.item, matched });
      }
    return hits;
  };
}
