import type { Meaning } from './lexicon-index.ts';
import type { Tagged } from './tag-words.ts';
import { headPart } from './place-regions.ts';

type Side = 'l' | 'r';

const FILLER: readonly Meaning[] = [{ t: 'filler' }];
const flip = (s: Side): Side => (s === 'l' ? 'r' : 'l');
const isPlace = (t: Tagged | undefined): boolean =>
  t?.meanings.some((m) => m.t === 'part' || m.t === 'region') === true;

/** The one side a tag names itself ("left", "R", "RUQ", "back of the RIGHT hand"), if any. */
function sideOf(t: Tagged): Side | undefined {
  if (t.innerSide === 'l' || t.innerSide === 'r') return t.innerSide;
  for (const m of t.meanings) {
    if (m.t === 'side' && (m.side === 'l' || m.side === 'r')) return m.side;
    if (m.t === 'part' && m.side !== undefined) return m.side;
  }
  return undefined;
}

/** A region meaning as the part its first kind lies on ("front of thigh" -> thigh); a part as it is. */
function partOf(m: Meaning): Meaning {
  if (m.t !== 'region') return m;
  const part = headPart({ kind: 'region', kinds: m.kinds, broad: m.broad });
  return part === undefined ? m : { t: 'part', part, facets: [] };
}

/**
 * References back, resolved in reading order before parsing: "that side", "the same temple" take the side
 * written last; "the other knee", "the other side" the opposite one; "the other one" is the place written
 * last on the opposite side; "it" after "of" or a relation ("the back of it") is the place written last. "same"/"other" alone count only right before a place; a reference with no
 * side before it is a filler.
 */
export function resolveReferences(tagged: readonly Tagged[]): Tagged[] {
  let lastSide: Side | undefined;
  let lastPlace: Tagged | undefined;
  return tagged.map((t, k) => {
    const found = t.meanings.find((m) => m.t === 'ref');
    // "the other one": "one" is a determiner in the lexicon, so the term is "other" before it.
    const ref =
      found?.t === 'ref' && found.ref === 'other' && tagged[k + 1]?.term === 'one'
        ? ({ t: 'ref', ref: 'otherOne' } as const)
        : found;
    if (ref?.t !== 'ref') {
      if (t.meanings.length > 0 && t.meanings.every((m) => m.t !== 'filler' && m.t !== 'det')) {
        lastSide = sideOf(t) ?? lastSide;
        // "back of ...", "top of ...": a word with "of" after it is a direction here, not the place.
        if (isPlace(t) && tagged[k + 1]?.term !== 'of') lastPlace = t;
      }
      return t;
    }
    if (ref.ref === 'it') {
      // "the back of it", "the bit behind it": the place written last, on its own side.
      const before = tagged[k - 1];
      const pointsBack = before?.term === 'of' || before?.meanings.some((m) => m.t === 'rel') === true;
      if (!pointsBack || lastPlace === undefined) return { ...t, meanings: FILLER };
      const named = lastPlace.meanings.filter((m) => m.t === 'part' || m.t === 'region');
      // "not the front of the thigh, the back of it": a direction of "it" asks for its part, not the
      // face the place was named with.
      const face = before?.term === 'of' && tagged[k - 2]?.meanings.some((m) => m.t === 'dir') === true;
      const meanings = face ? named.map(partOf) : named;
      const side = sideOf(lastPlace);
      return { ...t, meanings, kind: 'term', ...(side === undefined ? {} : { innerSide: side }) };
    }
    const alone = !t.term.includes(' ');
    if (lastSide === undefined || (alone && ref.ref !== 'otherOne' && !isPlace(tagged[k + 1])))
      return { ...t, meanings: FILLER };
    if (ref.ref === 'otherOne') {
      if (lastPlace === undefined) return { ...t, meanings: FILLER };
      const meanings = lastPlace.meanings.filter((m) => m.t === 'part' || m.t === 'region');
      return { ...t, meanings, innerSide: flip(lastSide), kind: 'term' };
    }
    const side = ref.ref === 'same' ? lastSide : flip(lastSide);
    return { ...t, meanings: [{ t: 'side', side }] };
  });
}
