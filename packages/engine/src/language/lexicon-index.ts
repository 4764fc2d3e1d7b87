import { AREAS, REGION_KINDS } from '@myomap/atlas/regions';
import { LEXICON } from '@myomap/atlas/language';
import { ALL_MUSCLES, RED_FLAG_LEXICON } from '@myomap/atlas';
import { singular } from '../resolve/normalize-text.ts';
import { buildSpellIndex, type SpellIndex, type WordWeight } from './spelling.ts';
import { lexWords } from './words.ts';

/** One reading of a lexicon term. A term may have several ("back": a part and a direction). */
export type Meaning =
  | {
      readonly t: 'part';
      readonly part: string;
      readonly facets: readonly string[];
      /** The side the word itself names ("RUQ"). */
      readonly side?: 'l' | 'r';
      /** This sense only when that part is already named in the sentence ("my bum, right cheek"). */
      readonly whenNear?: string;
    }
  | { readonly t: 'region'; readonly kinds: readonly string[]; readonly broad: boolean }
  | { readonly t: 'dir'; readonly dirs: readonly string[] }
  | { readonly t: 'rel'; readonly rel: string }
  | { readonly t: 'side'; readonly side: 'l' | 'r' | 'both' | 'midline' }
  | { readonly t: 'neg' }
  | { readonly t: 'negAfter' }
  | { readonly t: 'act' }
  | { readonly t: 'stop' }
  | { readonly t: 'qty' }
  | { readonly t: 'from' }
  | { readonly t: 'to' }
  | { readonly t: 'join' }
  | { readonly t: 'det' }
  | { readonly t: 'filler' }
  /** A reference back to the side (or the place) written last; resolved before parsing (references.ts). */
  | { readonly t: 'ref'; readonly ref: 'same' | 'other' | 'otherOne' | 'it' };

/** A term of one or more normalised words and what it can mean. */
export interface Term {
  readonly words: readonly string[];
  readonly meanings: readonly Meaning[];
}

/** Terms by first word (longest first), the single-word vocabulary for spelling, and word classes. */
export interface LexiconIndex {
  readonly byFirst: ReadonlyMap<string, readonly Term[]>;
  /** Every word that occurs in a term, for spelling correction, with its weight in a tie. */
  readonly vocabulary: ReadonlyMap<string, WordWeight>;
  /** The vocabulary's symmetric-delete index for the spelling corrector. */
  readonly spell: SpellIndex;
  readonly emphasisAfterRight: ReadonlySet<string>;
  /** Words before the source of a referred pain ("referred from"). */
  readonly sources: ReadonlySet<string>;
  /** Words of degree between "the" and a direction ("the very back"). */
  readonly degreeWords: ReadonlySet<string>;
  /** Sound-alike words for a part ("heal" -> "heel"), read so only after a side word or a determiner. */
  readonly soundAlikes: ReadonlyMap<string, string>;
  /** Words for the pain itself, which end an activity's reach. */
  readonly painWords: ReadonlySet<string>;
  /** Words that tell the time right after a number ("4pm", "7 am"). */
  readonly clockWords: ReadonlySet<string>;
  /** Measure words ("trismus") and the units that, after a number there, are no place ("2 fingers"). */
  readonly measures: {
    readonly words: ReadonlySet<string>;
    readonly units: ReadonlySet<string>;
    readonly linking: ReadonlySet<string>;
  };
  /** Words naming part of the muscle just named ("biceps belly"). */
  readonly muscleParts: ReadonlySet<string>;
  /** Real English words the spelling corrector leaves alone ("should" is not "shoulder"). */
  readonly commonWords: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
}

/** Normalises a term or a word the same way for the index and the input: folded, possessive off, singular. */
export function normWords(text: string): string[] {
  return lexWords(text).map((w) => (w.kind === 'word' ? singular(w.norm) : w.norm));
}

/** Builds the term index from the atlas lexicon and the atlas region names. */
export function buildLexiconIndex(): LexiconIndex {
  const terms = new Map<string, { words: string[]; meanings: Meaning[] }>();
  const fw = LEXICON.functionWords;
  const determiners = new Set(fw.determiners.words.filter((w) => !w.includes(' ')).flatMap(normWords));
  const add = (text: string, m: Meaning): void => {
    const words = normWords(text).filter((w, i, all) => all.length === 1 || !determiners.has(w) || i === 0);
    if (words.length === 0) return;
    const key = words.join(' ');
    const entry = terms.get(key) ?? { words, meanings: [] };
    // One atlas name given to two kinds ("inner forearm") names both: merge the kinds into one reading.
    const same =
      m.t === 'region' ? entry.meanings.find((x) => x.t === 'region' && x.broad === m.broad) : undefined;
    if (same?.t === 'region' && m.t === 'region')
      entry.meanings[entry.meanings.indexOf(same)] = {
        ...same,
        kinds: [...new Set([...same.kinds, ...m.kinds])],
      };
    else if (!entry.meanings.some((x) => JSON.stringify(x) === JSON.stringify(m))) entry.meanings.push(m);
    terms.set(key, entry);
  };
  for (const e of LEXICON.parts)
    for (const w of e.words)
      add(w, {
        t: 'part',
        part: e.part,
        facets: e.facets ?? [],
        ...(e.side === undefined ? {} : { side: e.side }),
        ...(e.whenNear === undefined ? {} : { whenNear: e.whenNear }),
      });
  for (const e of LEXICON.directions) for (const w of e.words) add(w, { t: 'dir', dirs: e.direction });
  for (const e of LEXICON.relations) for (const w of e.words) add(w, { t: 'rel', rel: e.relation });
  for (const e of LEXICON.sides) for (const w of e.words) add(w, { t: 'side', side: e.side });
  const lists: readonly [readonly string[], Meaning][] = [
    [fw.negation.words, { t: 'neg' }],
    [fw.negationAfter.words, { t: 'negAfter' }],
    [fw.activity.words, { t: 'act' }],
    [fw.sources.words, { t: 'act' }],
    [fw.terminators.words, { t: 'stop' }],
    [fw.quantity.words, { t: 'qty' }],
    [fw.rangeStart.words, { t: 'from' }],
    [fw.rangeEnd.words, { t: 'to' }],
    [fw.joiners.words, { t: 'join' }],
    [fw.determiners.words, { t: 'det' }],
    [fw.fillers.words, { t: 'filler' }],
    [fw.sameSide.words, { t: 'ref', ref: 'same' }],
    [fw.otherSide.words, { t: 'ref', ref: 'other' }],
    [fw.otherOne.words, { t: 'ref', ref: 'otherOne' }],
    [fw.pronouns.words, { t: 'ref', ref: 'it' }],
  ];
  for (const [ws, m] of lists) for (const w of ws) add(w, m);
  // The atlas's own region names and synonyms name regions directly; a word the lexicon already reads as
  // a part keeps the part reading (its facets say the same, and directions can then narrow it).
  const partWords = new Set(
    [...terms.values()].filter((t) => t.meanings.some((m) => m.t === 'part')).map((t) => t.words.join(' ')),
  );
  const kindTerms = new Set<string>();
  for (const kind of REGION_KINDS)
    for (const name of [kind.name, kind.key.replace(/-/g, ' '), ...kind.synonyms]) {
      const key = normWords(name)
        .filter((w) => !determiners.has(w))
        .join(' ');
      if (partWords.has(key)) continue;
      kindTerms.add(key);
      add(name, { t: 'region', kinds: [kind.key], broad: false });
    }
  for (const area of AREAS) {
    const leaves = REGION_KINDS.filter((k) => k.parent === area.key).map((k) => k.key);
    for (const name of [area.name, ...area.synonyms]) {
      const key = normWords(name)
        .filter((w) => !determiners.has(w))
        .join(' ');
      if (partWords.has(key) || kindTerms.has(key)) continue;
      add(name, { t: 'region', kinds: leaves, broad: true });
    }
  }
  addMusclePlaces(terms, add);
  const byFirst = new Map<string, Term[]>();
  const vocabulary = new Map<string, WordWeight>();
  for (const t of terms.values()) {
    const list = byFirst.get(t.words[0] ?? '') ?? [];
    list.push(t);
    byFirst.set(t.words[0] ?? '', list);
    const names = t.meanings.some((m) => m.t === 'part' || m.t === 'region');
    const places = t.meanings.some((m) => m.t === 'side' || m.t === 'dir');
    const single = t.words.length === 1;
    const weight: WordWeight = single && names ? 3 : single && places ? 2 : names ? 1 : 0;
    for (const w of t.words)
      if (/^[a-z]{3,}$/.test(w)) vocabulary.set(w, Math.max(vocabulary.get(w) ?? 0, weight) as WordWeight);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    byFirst,
    vocabulary,
    spell: buildSpellIndex(vocabulary),
    emphasisAfterRight: new Set(fw.emphasisAfterRight.words.flatMap(normWords)),
    sources: new Set(fw.sources.words.map((w) => normWords(w).join(' '))),
    degreeWords: new Set(fw.degreeWords.words.flatMap(normWords)),
    soundAlikes: new Map(Object.entries(fw.soundAlikes.pairs)),
    painWords: new Set(fw.painWords.words.map((w) => normWords(w).join(' '))),
    clockWords: new Set(fw.clockWords.words.flatMap(normWords)),
    measures: {
      words: new Set(fw.measures.words.flatMap(normWords)),
      units: new Set(fw.measures.units.flatMap(normWords)),
      linking: new Set(fw.measures.linking.flatMap(normWords)),
    },
    muscleParts: new Set(fw.muscleParts.words.map((w) => normWords(w).join(' '))),
    commonWords: new Set([...LEXICON.commonWords, ...signWords()]),
    determiners,
  };
}

/**
 * Words the red-flag reader knows ("clammy", "sweaty", "faint"): a word with a meaning of its own is never
 * "corrected" into a body part ("clammy" is not "hammy").
 */
function signWords(): string[] {
  const words: string[] = [];
  for (const sign of Object.values(RED_FLAG_LEXICON.signs))
    for (const term of sign?.terms ?? [])
      for (const w of normWords(term)) if (/^[a-z]{3,}$/.test(w)) words.push(w);
  return words;
}

/**
 * A muscle named as a place ("L anconeus", "R digastric, post. belly") means where its trigger points lie
 * (the atlas's location regions). Every atlas name and alias becomes such a term unless the lexicon
 * already reads it, or it says nothing new (every word already known: "calf muscle" stays the calf).
 * Names shared by several muscles ("scalenes", "triceps") take all their locations.
 */
function addMusclePlaces(
  terms: ReadonlyMap<string, { words: string[] }>,
  add: (text: string, m: Meaning) => void,
): void {
  const known = new Set([...terms.keys()]);
  const knownWord = new Set([...terms.values()].flatMap((t) => t.words));
  for (const muscle of ALL_MUSCLES) {
    const kinds = [...new Set(muscle.triggerPoints.map((t) => t.location.region.replace(/^contra\./, '')))];
    const names = [muscle.name, muscle.name.split(',')[0] ?? '', ...muscle.aliases].map((n) =>
      n.replace(/\([^)]*\)/g, ' ').trim(),
    );
    for (const name of names) {
      const words = normWords(name).filter((w) => /^[a-z]+$/.test(w));
      if (words.length === 0 || known.has(words.join(' ')) || words.every((w) => knownWord.has(w))) continue;
      add(words.join(' '), { t: 'region', kinds, broad: false });
    }
  }
}

let cached: LexiconIndex | undefined;

/** The lexicon index, built once. */
export function lexiconIndex(): LexiconIndex {
  cached ??= buildLexiconIndex();
  return cached;
}
