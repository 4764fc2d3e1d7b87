import type { LexiconIndex, Meaning } from './lexicon-index.ts';
import type { Tagged } from './tag-words.ts';
import { ORDINALS as ORDINAL_WORDS, type Word } from './words.ts';

const JOINS = new Set(['and', 'or', ',', '&', '/']);
const RANGES = new Set(['to', 'through', 'thru']);
/** A series is one phrase: its joiners keep a negation going, as "or" does ("no pain in digits 3 and 4"). */
const SERIES_JOIN = 'or';

/** One number of a series: its tag index, its value, and whether a range joins it to the one before. */
type Item = { readonly at: number; readonly n: number; readonly range: boolean };

/** The meanings of a lexicon term given as its words, if the lexicon has it. */
function termMeanings(index: LexiconIndex, words: readonly string[]): readonly Meaning[] | undefined {
  return index.byFirst
    .get(words[0] ?? '')
    ?.find((t) => t.words.length === words.length && t.words.every((w, k) => w === words[k]))?.meanings;
}

/**
 * Coordinated and ranged counts share the place they count: "3rd and 4th digits", "2nd-4th toes",
 * "toes 2-5". Each number is read as that place with its own ordinal when the lexicon has the term
 * ("third digit", "second toe"); a range adds the places in between as items with no words of their own
 * (zero width, spanning the series), and the joining words become joiners. Anything else is left as tagged.
 */
export function expandSeries(
  tagged: readonly Tagged[],
  words: readonly Word[],
  norms: readonly string[],
  index: LexiconIndex,
): Tagged[] {
  const single = (k: number): string | undefined => {
    const t = tagged[k];
    return t !== undefined && t.to - t.from === 1 ? norms[t.from] : undefined;
  };
  /** The count a tag says: an ordinal word the lexicon does not read alone, or a whole number. */
  const countAt = (k: number): number => {
    const t = tagged[k];
    const n = single(k) ?? '';
    if (t?.kind === 'number') return /^\d{1,2}$/.test(n) ? Number(n) : 0;
    return t?.kind === 'unknown' ? ORDINAL_WORDS.indexOf(n) + 1 : 0;
  };
  const hyphenated = (k: number): boolean => words[tagged[k]?.from ?? -1]?.hyphenated === true;
  /** Numbers joined to the one at k, going forward: [k, ...]. */
  const runFrom = (k: number): Item[] => {
    const run: Item[] = [{ at: k, n: countAt(k), range: false }];
    let i = k;
    for (;;) {
      if (countAt(i + 1) > 0 && hyphenated(i + 1)) run.push({ at: (i += 1), n: countAt(i), range: true });
      else if (countAt(i + 2) > 0 && (JOINS.has(single(i + 1) ?? '') || RANGES.has(single(i + 1) ?? '')))
        run.push({ at: (i += 2), n: countAt(i), range: RANGES.has(single(i - 1) ?? '') });
      else return run;
    }
  };
  /** The tags that replace a series: a term per number, joiners between, places in between for ranges. */
  const series = (
    items: readonly Item[],
    rest: readonly string[],
    own: (it: Item) => Tagged,
  ): Tagged[] | undefined => {
    const termOf = (n: number): readonly Meaning[] | undefined =>
      n >= 1 && n <= ORDINAL_WORDS.length
        ? termMeanings(index, [ORDINAL_WORDS[n - 1] as string, ...rest])
        : undefined;
    const first = own(items[0] as Item);
    const last = own(items[items.length - 1] as Item);
    const zero = (meanings: readonly Meaning[], term: string): Tagged => ({
      from: first.from,
      to: first.from,
      start: first.start,
      end: last.end,
      meanings,
      term,
      kind: 'term',
    });
    const out: Tagged[] = [];
    let prev: Item | undefined;
    for (const it of items) {
      if (termOf(it.n) === undefined) return undefined;
      if (prev !== undefined) {
        if (it.range && it.n <= prev.n) return undefined;
        for (let n = prev.n + 1; it.range && n < it.n; n++) {
          const m = termOf(n);
          if (m === undefined) return undefined;
          out.push(zero([{ t: 'join' }], SERIES_JOIN), zero(m, [ORDINAL_WORDS[n - 1], ...rest].join(' ')));
        }
        const between = tagged[prev.at + 1];
        if (between !== undefined && it.at === prev.at + 2)
          out.push({ ...between, meanings: [{ t: 'join' }], term: SERIES_JOIN });
        else out.push(zero([{ t: 'join' }], SERIES_JOIN));
      }
      out.push({ ...own(it), meanings: termOf(it.n) ?? [], kind: 'term' });
      prev = it;
    }
    return out;
  };

  const out: Tagged[] = [];
  let k = 0;
  let slash = false;
  while (k < tagged.length) {
    const t = tagged[k] as Tagged;
    // "3rd and 4th digits": counts, then a term whose first word is the last count ("fourth digit").
    if (countAt(k) > 0) {
      const run = runFrom(k);
      const endAt = (run[run.length - 1] as Item).at;
      const gap = single(endAt + 1) ?? '';
      const nextAt = JOINS.has(gap) || RANGES.has(gap) ? endAt + 2 : hyphenated(endAt + 1) ? endAt + 1 : -1;
      const next = tagged[nextAt];
      const lastN = ORDINAL_WORDS.indexOf(norms[next?.from ?? -1] ?? '') + 1;
      if (next !== undefined && next.kind === 'term' && lastN > 0) {
        const rest = next.term.split(' ').slice(1);
        const items = [...run, { at: nextAt, n: lastN, range: nextAt === endAt + 1 || RANGES.has(gap) }];
        const own = (it: Item): Tagged => tagged[it.at] as Tagged;
        const made = rest.length > 0 ? series(items, rest, own) : undefined;
        if (made !== undefined) {
          out.push(...made);
          k = nextAt + 1;
          continue;
        }
      }
    }
    // "C5/6", "L4/5": a motion segment written with a slash is one place at those levels, as "C5-6" is,
    // not the level and a second, bare place after it.
    const segment = tagged[k + 2];
    if (LEVEL.test(t.term) && tagged[k + 1]?.term === '/' && segment?.kind === 'number') {
      out.push(t, { ...(tagged[k + 1] as Tagged), meanings: [{ t: 'filler' }] });
      k += 2;
      continue;
    }
    // "TTP T4-T8", "R paraspinals T4-8": a range of spinal levels across two parts of the spine is every level
    // in it, not the first alone. One whose levels read alike ("neck C3-C5") stays one place, and so does a
    // range that gives a height ("med border scapula, T3-6 level").
    const upTo = tagged[k + 1];
    const level = upTo !== undefined && t.term.length <= 4 && hyphenated(k + 1) ? LEVEL.exec(t.term) : null;
    // "rhomboid maj L, lvl T3-T4": a range of levels after (or before) a relation is one height, not a level
    // and a second place.
    if (
      level !== null &&
      t.kind === 'term' &&
      upTo?.kind === 'term' &&
      (isRel(tagged[k - 1]) || isRel(tagged[k + 2])) &&
      LEVEL.test(upTo.term)
    ) {
      out.push({ ...t, to: upTo.to, end: upTo.end });
      k += 2;
      continue;
    }
    if (
      level !== null &&
      t.kind === 'term' &&
      upTo !== undefined &&
      !isRel(tagged[k - 1]) &&
      !isRel(tagged[k + 2])
    ) {
      const letter = level[1] as string;
      const first = Number(level[2]);
      const end = upTo.kind === 'number' ? `${letter} ${single(k + 1) ?? ''}` : upTo.term;
      const last = end.startsWith(`${letter} `) ? Number(end.slice(2)) : 0;
      const same = JSON.stringify(t.meanings);
      const spans = (): boolean =>
        Array.from({ length: last - first }, (_, d) =>
          termMeanings(index, [letter, String(first + d + 1)]),
        ).some((m) => m !== undefined && JSON.stringify(m) !== same);
      if (last > first && last - first < 12 && spans()) {
        const zero = { from: upTo.from, to: upTo.from, start: t.start, end: upTo.end, kind: 'term' } as const;
        out.push(t);
        for (let n = first + 1; n <= last; n++) {
          const m = termMeanings(index, [letter, String(n)]);
          if (m === undefined) continue;
          out.push({ ...zero, meanings: [{ t: 'join' }], term: SERIES_JOIN });
          out.push({ ...(n === last ? upTo : zero), meanings: m, term: `${letter} ${n}`, kind: 'term' });
        }
        k += 2;
        continue;
      }
    }
    // "toes 2-5", "digits 3 and 4": a place, then the counts of it.
    if (t.kind === 'term' && countAt(k + 1) > 0 && tagged[k + 1]?.kind === 'number') {
      const run = runFrom(k + 1);
      const rest = t.term.split(' ');
      // The place word carries the first count; the number itself stays a filler.
      const own = (it: Item): Tagged => (it.at === k + 1 ? t : (tagged[it.at] as Tagged));
      const made = run.length > 1 ? series(run, rest, own) : undefined;
      if (made !== undefined) {
        out.push(made[0] as Tagged, tagged[k + 1] as Tagged, ...made.slice(1));
        k = (run[run.length - 1] as Item).at + 1;
        continue;
      }
    }
    if (t.term === '/') slash = true;
    out.push(t);
    k++;
  }
  const shared = shareCoordinatedDirections(out, index);
  return slash ? shareDirectionOverSlash(shared, index) : shared;
}

const namesPart = (meanings: readonly Meaning[] | undefined): boolean =>
  meanings?.some((m) => m.t === 'part') === true;
/** A one-word part that is no direction ("hip", not "lat" or "lower back"). */
function plainPart(t: Tagged | undefined): boolean {
  return t?.kind === 'term' && !isDir(t) && t.meanings.some((m) => m.t === 'part') && !t.term.includes(' ');
}
/** A spinal level as the lexicon lists it: "t 4". */
export const LEVEL = /^([ctls]) (\d{1,2})$/;
const isRel = (x: Tagged | undefined): boolean => x?.meanings.some((m) => m.t === 'rel') === true;
const isDir = (t: Tagged | undefined): boolean => t?.kind === 'term' && t.meanings.some((m) => m.t === 'dir');
const isJoin = (t: Tagged | undefined): boolean =>
  t?.kind === 'term' && t.meanings.length > 0 && t.meanings.every((m) => m.t === 'join');

/**
 * Coordinated directions share the part after the last of them: "ant & lat thigh", "med and lat joint line",
 * "ant/lat/post delt" read as "ant thigh & lat thigh". Each earlier direction gets a copy of the part with no
 * words of its own (zero width), so it reads as that face of the part. When the last direction is the first
 * word of a term ("anterior and lateral thigh", "lat & med epicondyles"), the rest of that term is the part.
 */
function shareCoordinatedDirections(tagged: readonly Tagged[], index: LexiconIndex): Tagged[] {
  /** The part a tag names for the directions before it: the tag itself, or a term after its direction word. */
  const afterDir = (t: Tagged | undefined): readonly Meaning[] | undefined => {
    const [first, ...rest] = t?.kind === 'term' ? t.term.split(' ') : [];
    if (rest.length === 0 || termMeanings(index, [first ?? ''])?.some((m) => m.t === 'dir') !== true)
      return undefined;
    const tail = termMeanings(index, rest);
    return namesPart(tail) ? tail : undefined;
  };
  const partOf = (t: Tagged | undefined): readonly Meaning[] | undefined =>
    afterDir(t) ?? (t?.kind === 'term' && namesPart(t.meanings) ? t.meanings : undefined);
  const out: Tagged[] = [];
  let k = 0;
  while (k < tagged.length) {
    // The directions of a run, each followed by one or two joiners; `at` is the tag that names their part:
    // a part straight after the last direction, or a term that opens with a direction after a joiner.
    const dirs: number[] = [];
    let i = k;
    let at = -1;
    while (isDir(tagged[i])) {
      dirs.push(i);
      const gap = isJoin(tagged[i + 1]) ? (isJoin(tagged[i + 2]) ? 2 : 1) : 0;
      const next = i + 1 + gap;
      if (gap === 0 || !isDir(tagged[next])) {
        at = gap === 0 || afterDir(tagged[next]) !== undefined ? next : -1;
        break;
      }
      i = next;
    }
    const part = tagged[at];
    const meanings = partOf(part);
    // a term opening with a direction counts as one more direction of the run
    const count = dirs.length + (at === (dirs[dirs.length - 1] ?? 0) + 1 ? 0 : 1);
    if (count < 2 || part === undefined || meanings === undefined) {
      out.push(tagged[k] as Tagged);
      k++;
      continue;
    }
    for (let j = k; j < at; j++) {
      const t = tagged[j] as Tagged;
      out.push(t);
      if (dirs.includes(j) && j + 1 !== at) out.push({ ...part, meanings, from: t.to, to: t.to });
    }
    k = at;
  }
  return out;
}

/**
 * A direction before two parts joined by a slash is the face of both: "lat hip/thigh", "dorsal wrist/hand"
 * read as "lat hip / lat thigh", as notes write one face across neighbouring parts. The second part gets a
 * copy of the direction with no words of its own (zero width). Only a slash: "lower back and neck" says
 * nothing of the neck's level.
 */
function shareDirectionOverSlash(tagged: readonly Tagged[], index: LexiconIndex): Tagged[] {
  const out: Tagged[] = [];
  for (let k = 0; k < tagged.length; k++) {
    const t = tagged[k] as Tagged;
    const next = tagged[k + 1];
    const second = tagged[k + 2];
    if (t.kind === 'term' && next?.term === '/' && plainPart(second) && tagged[k + 3]?.term !== '/') {
      // the direction: the word before a plain part ("lat hip"), or the first word of a region's name
      // ("dorsal wrist"; not of a part's own name, "lower back")
      const words = t.term.split(' ');
      const before = tagged[k - 1];
      const dir =
        plainPart(t) && isDir(before) && !plainPart(before)
          ? before
          : words.length === 2 &&
              t.meanings.some((m) => m.t === 'region') &&
              termMeanings(index, [words[0] ?? ''])?.some((m) => m.t === 'dir') === true
            ? { ...t, term: words[0] ?? '', meanings: termMeanings(index, [words[0] ?? '']) ?? [] }
            : undefined;
      const meanings = dir?.meanings.filter((m) => m.t === 'dir') ?? [];
      if (meanings.length > 0 && second !== undefined) {
        out.push(t, next, { ...second, to: second.from, end: second.start, meanings, term: dir?.term ?? '' });
        k += 1;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
