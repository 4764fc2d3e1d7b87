import { regionById, regionKindByKey } from '@myomap/atlas/regions';

/** Plain name of a side-relative region reference: "temple", or "opposite temple" for "contra.temple". */
export function relativeRegionName(ref: string): string {
  const contra = ref.startsWith('contra.');
  const key = contra ? ref.slice('contra.'.length) : ref;
  const name = regionKindByKey(key)?.name ?? key;
  return contra ? `opposite ${name}` : name;
}

/** Plain name of a concrete region id ("right temple"), or the id when unknown. */
export function regionName(id: string): string {
  return regionById(id)?.name ?? id;
}

/** Joins words as a reader would: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
