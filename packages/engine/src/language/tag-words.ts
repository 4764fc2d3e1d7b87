import { lexiconIndex, type Meaning } from './lexicon-index.ts';
import { correctSpelling } from './spelling.ts';
import { singular } from '../resolve/normalize-text.ts';
import { resolveReferences } from './references.ts';
import { expandSeries } from './series.ts';
import { lexWords, type Word } from './words.ts';
import { ABBREVIATIONS } from './phrase-matcher.ts';

const corrections = new Map<string, string | undefined>();

/** Spelling corrections are the same every time for a word: remember the last few thousand. */
function correctCached(word: string, next: string, index: Index): string | undefined {
  const key = `${word} ${next}`;
  if (corrections.has(key)) return corrections.get(key);
  if (corrections.size > 5000) corrections.clear();
  const fitsNext = (candidate: string): boolean =>
    next !== '' &&
    (index.byFirst.get(candidate) ?? []).some((t) => t.words.length > 1 && t.words[1] === next);
  const fixed = correctSpelling(word, index.spell, fitsNext);
  corrections.set(key, fixed);
  return fixed;
}

/** A run of input words read as one lexicon term (or one unknown word). */
export interface Tagged {
  /** Word indexes [from, to) in the lexed input. */
  readonly from: number;
  readonly to: number;
  /** Character offsets into the original text. */
  readonly start: number;
  readonly end: number;
  /** The readings the term allows; empty for an unknown word. */
  readonly meanings: readonly Meaning[];
  /** A side word found inside a multi-word term ("back of the RIGHT hand"). */
  readonly innerSide?: 'l' | 'r' | 'both' | 'midline';
  /** The term's words, as matched. */
  readonly term: string;
  /** Written as an owner ("the knee's back"): what follows may be a part of it. */
  readonly possessive?: boolean;
  readonly kind: 'term' | 'unknown' | 'foreign' | 'number';
}

/** The tagged input and the spelling corrections made on the way. */
export interface TagResult {
  readonly words: readonly Word[];
  readonly tagged: readonly Tagged[];
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
}

const placeMeaning = (m: Meaning): boolean => m.t === 'part' || m.t === 'region';

/** Words after which a lower-case "r" is "are" in text-speak. */
const PRONOUNS_BEFORE_ARE = new Set(['they', 'we', 'you', 'u', 'these', 'those', 'both', 'feet', 'teeth']);

/** Joins across which the words a name shares are written once ("ring and middle fingers"). */
const ELLIPSIS_JOINS = new Set(['and', 'or', '&', 'n', '/']);

const SIDE_INSIDE = new Map<string, 'l' | 'r' | 'both'>([
  ['left', 'l'],
  ['right', 'r'],
  ['l', 'l'],
  ['r', 'r'],
  ['lt', 'l'],
  ['rt', 'r'],
  ['both', 'both'],
  ['bilateral', 'both'],
]);

type Index = ReturnType<typeof lexiconIndex>;

/**
 * "my ears r sore", "they r killing me": a lower-case "r" after a plural or a pronoun, with a word after
 * it, is "are" as texts write it, not the right side.
 */
function textSpeakAre(words: readonly Word[], i: number, index: Index): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (words[i]?.text !== 'r' || prev?.kind !== 'word' || next?.kind !== 'word') return false;
  // "hips r side", "shoulders r knee": before a place, side or direction word it is still the right side.
  if (wordMeans(index, singular(next.norm), ['part', 'region', 'dir', 'side'])) return false;
  return (
    PRONOUNS_BEFORE_ARE.has(prev.norm) ||
    (prev.norm.length > 3 && prev.norm.endsWith('s') && !prev.norm.endsWith('ss'))
  );
}

/** The next word as the lexicon indexes it ("" when it is no word). */
function nextNorm(w: Word | undefined): string {
  return w?.kind === 'word' ? singular(w.norm) : '';
}

/** Whether a word alone is a lexicon term with one of these kinds of meaning ("knee": a part). */
function wordMeans(index: Index, norm: string, kinds: readonly Meaning['t'][]): boolean {
  return (index.byFirst.get(norm) ?? []).some(
    (t) => t.words.length === 1 && t.meanings.some((m) => kinds.includes(m.t)),
  );
}

/**
 * "ring and middle fingers", "upper and lower back": a word that makes a term with the later name's last
 * words is that term too (the shared words are written once).
 */
function ellipsisAt(
  words: readonly Word[],
  norms: readonly string[],
  i: number,
  index: Index,
): Tagged | undefined {
  const w = words[i] as Word;
  if (w.kind !== 'word' || !ELLIPSIS_JOINS.has(norms[i + 1] ?? '')) return undefined;
  // "front and sides of my neck": the later name as written, owner words left out as in
  // any term (a side word between stays: "top and front of my right thigh" is one place).
  const ahead = norms.slice(i + 2, i + 10).filter((n, k) => k === 0 || !index.determiners.has(n));
  for (const later of index.byFirst.get(norms[i + 2] ?? '') ?? []) {
    if (later.words.length < 2 || !later.words.every((x, k) => ahead[k] === x)) continue;
    const rest = later.words.slice(1);
    const whole = [norms[i] ?? '', ...rest];
    const term = (index.byFirst.get(whole[0] ?? '') ?? []).find(
      (t) => t.words.length === whole.length && t.words.every((x, k) => x === whole[k]),
    );
    if (term === undefined || !term.meanings.some(placeMeaning)) continue;
    return {
      from: i,
      to: i + 1,
      start: w.start,
      end: w.end,
      meanings: term.meanings,
      term: whole.join(' '),
      kind: 'term',
    };
  }
  return undefined;
}

/**
 * "trismus 2 fingers", "opening limited to 3 knuckles": a unit after a number after a measure word (data),
 * with at most a few linking words between, is the measure, not a place.
 */
function measureUnit(norms: readonly string[], i: number, index: Index): boolean {
  if (!index.measures.units.has(norms[i] ?? '')) return false;
  let j = i - 2;
  while (j > i - 5 && index.measures.linking.has(norms[j] ?? '')) j--;
  return index.measures.words.has(norms[j] ?? '');
}

/**
 * Lexes text and tags it with the longest lexicon term at each position. Determiners, possessive owners
 * ("the client's") and side words may sit inside a multi-word term; unknown Latin words are corrected
 * by spelling when one lexicon word is close.
 */
export function tagWords(text: string): TagResult {
  const index = lexiconIndex();
  const words = lexWords(text, ABBREVIATIONS);
  const corrections: { from: string; to: string }[] = [];
  const norms = words.map((w, i) => {
    if (w.kind !== 'word') return w.norm;
    if (textSpeakAre(words, i, index)) return 'are';
    // "it's" is "it is", no possessive: read as "its", as clients also write it.
    if (w.possessive && w.norm === 'it') return 'its';
    const s = singular(w.norm);
    // "my right heal": a sound-alike right after a side word or a determiner is the part it sounds like.
    const alike = index.soundAlikes.get(w.norm);
    const before = words[i - 1]?.norm ?? '';
    if (
      alike !== undefined &&
      (SIDE_INSIDE.has(before) ||
        index.determiners.has(before) ||
        // "plantar heal"; "lumber paraspinals": a direction before it, or a place word after it;
        // "heal pain both feet": a word for the pain after it.
        wordMeans(index, before, ['dir']) ||
        wordMeans(index, nextNorm(words[i + 1]), ['part', 'region']) ||
        index.painWords.has(nextNorm(words[i + 1])))
    ) {
      corrections.push({ from: w.text, to: alike });
      return alike;
    }
    if (index.byFirst.has(s) || index.vocabulary.has(s) || index.byFirst.has(w.norm)) return s;
    // Common English words and acronyms written in capitals ("ASIS", "PSIS") are never "corrected".
    const acronym = w.text.length <= 6 && w.text === w.text.toUpperCase();
    const fixed =
      index.commonWords.has(s) || acronym ? undefined : correctCached(s, nextNorm(words[i + 1]), index);
    if (fixed !== undefined) corrections.push({ from: w.text, to: fixed });
    return fixed ?? s;
  });
  const skippable = (i: number): boolean => {
    const w = words[i];
    if (w === undefined) return false;
    return (
      index.determiners.has(norms[i] ?? '') ||
      (w.possessive && !index.vocabulary.get(norms[i] ?? '')) ||
      SIDE_INSIDE.has(norms[i] ?? '')
    );
  };
  const tagged: Tagged[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as Word;
    let match: Tagged | undefined;
    // "by 4pm", "at 7 am": a clock word right after a number tells the time.
    const clock =
      words[i - 1]?.kind === 'number' &&
      (index.clockWords.has(norms[i] ?? '') || measureUnit(norms, i, index));
    for (const term of clock ? [] : (index.byFirst.get(norms[i] ?? '') ?? [])) {
      let j = i + 1;
      let innerSide: 'l' | 'r' | 'both' | undefined;
      let ok = true;
      for (let k = 1; k < term.words.length; k++) {
        while (j < words.length && norms[j] !== term.words[k] && skippable(j)) {
          innerSide = SIDE_INSIDE.get(norms[j] ?? '') ?? innerSide;
          j++;
        }
        if (norms[j] !== term.words[k]) {
          ok = false;
          break;
        }
        j++;
      }
      // "lying on my left side": a filler with a side written inside keeps the side to read.
      if (!ok || (innerSide !== undefined && term.meanings.every((m) => m.t === 'filler'))) continue;
      const last = words[j - 1] as Word;
      // A word that names its own side ("RUQ") counts as a side written inside the term.
      for (const m of term.meanings) if (m.t === 'part' && m.side !== undefined) innerSide ??= m.side;
      match = {
        from: i,
        to: j,
        start: w.start,
        end: last.end,
        meanings: term.meanings,
        term: term.words.join(' '),
        kind: 'term',
        ...(innerSide === undefined ? {} : { innerSide }),
        ...(last.possessive ? { possessive: true } : {}),
      };
      break;
    }
    // "ring and middle fingers", "upper and lower back": a word that makes a term with the later name's
    // last words is that term too (the shared words are written once).
    if (match === undefined || (match.to - match.from === 1 && !match.meanings.some(placeMeaning)))
      match = ellipsisAt(words, norms, i, index) ?? match;
    if (match === undefined) {
      const kind = clock
        ? 'term'
        : w.kind === 'foreign'
          ? 'foreign'
          : w.kind === 'number'
            ? 'number'
            : 'unknown';
      const meanings: Meaning[] =
        kind === 'number' || clock || (w.possessive && kind === 'unknown') ? [{ t: 'det' }] : [];
      match = { from: i, to: i + 1, start: w.start, end: w.end, meanings, term: norms[i] ?? '', kind };
    }
    tagged.push(match);
    i = match.to;
  }
  return { words, tagged: resolveReferences(expandSeries(tagged, words, norms, index)), corrections };
}
