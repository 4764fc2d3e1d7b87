import type { Atlas } from '@myomap/atlas';

/** Folds a typed name for comparison: accents removed, lower case, punctuation to spaces, "muscle" and "m." dropped. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|muscles?|musculus|m)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new WeakMap<Atlas, ReadonlyMap<string, readonly string[]>>();

/** Folded name or alias -> the muscle ids it names (an alias may name more than one part). */
export function muscleNameIndex(atlas: Atlas): ReadonlyMap<string, readonly string[]> {
  let index = cache.get(atlas);
  if (index !== undefined) return index;
  const map = new Map<string, string[]>();
  for (const m of atlas.muscles)
    for (const name of [m.name, m.id.replace(/-/g, ' '), ...m.aliases]) {
      const key = foldName(name);
      if (key === '') continue;
      const ids = map.get(key) ?? [];
      if (!ids.includes(m.id)) ids.push(m.id);
      map.set(key, ids);
    }
  index = map;
  cache.set(atlas, index);
  return index;
}

/** The muscle ids a typed name or alias names (empty when none). */
export function musclesNamed(atlas: Atlas, text: string): readonly string[] {
  return muscleNameIndex(atlas).get(foldName(text)) ?? [];
}
