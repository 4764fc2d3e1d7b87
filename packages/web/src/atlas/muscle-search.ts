import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
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

/** A fuzzy search over the muscles: name, aliases, area, symptoms, movements, activities, referral areas. */
export function createMuscleSearch(docs: readonly MuscleSearchDoc[]): (query: string) => MuscleHit[] {
  const fuse = new Fuse(docs, OPTIONS);
  return (query) => {
    const q = query.trim();
    if (q === '') return docs.map((doc) => ({ doc }));
    return fuse.search(toExtendedQuery(q)).map((r) => {
      const matched = bestMatch(r.matches);
      return matched === undefined ? { doc: r.item } : { doc: r.item, matched };
    });
  };
}
