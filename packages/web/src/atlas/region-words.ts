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

const PREPOSITION = /^(around|behind|above|below|between|under|beneath|inside|outside|in front of|near)\b/;
const SURFACE = /^((right|left) )?(side|back|front|top|base|outside|inside|middle) of\b/;

/**
 * A region name as the place in a sentence: "in the right temple", "above the right collarbone" (the
 * name is already a place), "on the right side of the neck" (a surface).
 */
export function regionPlace(name: string): string {
  if (PREPOSITION.test(name)) return name;
  if (SURFACE.test(name)) return `on the ${name}`;
  return `in the ${name}`;
}

/** Several region names as one place phrase: "in the right temple and above the right collarbone". */
export function regionPlaces(names: readonly string[]): string {
  return joinWords(names.map(regionPlace));
}

/** A region name as a destination: "to the right temple", "to the area above the right collarbone". */
export function regionTo(name: string): string {
  return PREPOSITION.test(name) ? `to the area ${name}` : `to the ${name}`;
}
