import { RED_FLAG_LEXICON, RED_FLAG_RULES, type RedFlagId } from '@myomap/atlas';
import {
  compilePhrases,
  findPhrases,
  type PhraseIndex,
  type PhraseMatch,
  type Token,
} from './phrase-matcher.ts';
import { stem } from './stem.ts';

/** Up to this many other words may sit between the words of a lexicon term. */
const TERM_GAP = 2;
/** A pain word and a site word this close (in words) make a mention of pain at the site. */
const SITE_WINDOW = 8;

/** A red-flag sign or pain-site mention found in the tokens. */
export type SignHit = (
  { readonly kind: 'redFlag'; readonly id: RedFlagId } | { readonly kind: 'site'; readonly id: string }
) & {
  readonly first: number;
  readonly last: number;
  /** The tokens that are the sign's own words (a term's words; a site word and its pain word). */
  readonly core: readonly number[];
  /** A guarded term: it counts only if one of these signs is present (context judged later)... */
  readonly companions?: ReadonlySet<string>;
  /** ...or if this onset word of its sentence ("suddenly") is itself said as present, not "if" or denied. */
  readonly onset?: number;
};

type Payload =
  | { kind: 'redFlag'; id: RedFlagId; own: readonly string[]; guarded?: true }
  | { kind: 'siteWord'; id: string }
  | { kind: 'selfPain'; id: string };

/** What a guarded term needs: onset words (stems) in its sentence, or one of these signs in the text. */
type Guard = { words: string[][]; signs: ReadonlySet<string> };

let compiled:
  | {
      index: PhraseIndex<Payload>;
      pain: ReadonlySet<string>;
      unless: Map<string, string[][]>;
      guards: Map<string, Guard>;
      readings: Reading[];
    }
  | undefined;

/** A measured value that is a sign (signs.yaml readings): words (as stems) then a number in range. */
type Reading = { id: RedFlagId; words: string[][]; atLeast: number; below: number };

const stems = (phrases: readonly string[]): string[][] =>
  phrases.map((p) => p.split(/\s+/).map((w) => stem(w)));

function lexicon(): NonNullable<typeof compiled> {
  if (compiled !== undefined) return compiled;
  const entries: (readonly [string, Payload])[] = [];
  const unless = new Map<string, string[][]>();
  const guards = new Map<string, Guard>();
  const readings: Reading[] = [];
  for (const [id, sign] of Object.entries(RED_FLAG_LEXICON.signs)) {
    for (const r of sign.readings ?? [])
      readings.push({ id: id as RedFlagId, words: stems(r.words), atLeast: r.atLeast, below: r.below });
    for (const term of sign.terms)
      entries.push([term, { kind: 'redFlag', id: id as RedFlagId, own: ownWords(term) }]);
    const g = sign.onlyWith;
    if (g !== undefined) {
      for (const term of g.terms)
        entries.push([term, { kind: 'redFlag', id: id as RedFlagId, own: ownWords(term), guarded: true }]);
      guards.set(id, { words: stems(g.words), signs: new Set(g.signs) });
    }
    if (sign.unlessNear !== undefined) unless.set(id, stems(sign.unlessNear));
  }
  for (const [id, site] of Object.entries(RED_FLAG_RULES.sites)) {
    for (const w of site.words) entries.push([w, { kind: 'siteWord', id }]);
    for (const w of site.selfPain ?? []) entries.push([w, { kind: 'selfPain', id }]);
  }
  const pain = new Set(RED_FLAG_RULES.painWords.map((w) => stem(w)));
  compiled = { index: compilePhrases(entries), pain, unless, guards, readings };
  return compiled;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

const termStems = new Map<string, ReadonlySet<string>>();

/** The tokens of a term match that are the term's own words (not the words a gap let in). */
function termTokens(tokens: readonly Token[], m: PhraseMatch<Payload>, id: string): number[] {
  let stems = termStems.get(id);
  if (stems === undefined) {
    const set = new Set<string>();
    const sign = RED_FLAG_LEXICON.signs[id];
    for (const t of [...(sign?.terms ?? []), ...(sign?.onlyWith?.terms ?? [])])
      for (const w of t.split(/\s+/)) set.add(stem(w));
    termStems.set(id, set);
    stems = set;
  }
  const own = stems;
  return range(m.first, m.last).filter(
    (i) => i === m.first || i === m.last || own.has(tokens[i]?.stem ?? ''),
  );
}

const SENTENCE_END = new Set(['.', '!', '?', ';', '\n']);

/** Up to this many words may sit between a reading's words and its number ("temp was 38.5"). */
const READING_GAP = 2;

/**
 * Measured values that are signs ("temp 38.4", "temperature was 101"): a number within a reading's range,
 * written just after one of its words in the same clause.
 */
function findReadings(tokens: readonly Token[], readings: readonly Reading[]): SignHit[] {
  const out: SignHit[] = [];
  for (const num of tokens) {
    if (num.kind !== 'number') continue;
    const value = Number(num.norm.replace(',', '.'));
    for (const r of readings) {
      if (!(value >= r.atLeast && value < r.below)) continue;
      let first = -1;
      for (let end = num.index - 1; end >= num.index - 1 - READING_GAP && first < 0; end--) {
        const t = tokens[end];
        if (t === undefined || t.kind === 'punct') break;
        for (const words of r.words) {
          const start = end - words.length + 1;
          if (words.every((w, k) => tokens[start + k]?.stem === w)) first = start;
        }
      }
      if (first < 0 || out.some((h) => h.id === r.id && h.last === num.index)) continue;
      out.push({ kind: 'redFlag', id: r.id, first, last: num.index, core: [first, num.index] });
    }
  }
  return out;
}

/** Whether some phrase (as stems) is written in the sentence around a token. */
function inSentence(tokens: readonly Token[], at: number, phrases: readonly string[][]): number | undefined {
  let a = at;
  while (a > 0 && !(tokens[a - 1]?.kind === 'punct' && SENTENCE_END.has(tokens[a - 1]?.norm ?? ''))) a--;
  for (let i = a; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > at && t?.kind === 'punct' && SENTENCE_END.has(t.norm)) break;
    if (phrases.some((words) => words.every((w, k) => tokens[i + k]?.stem === w))) return i;
  }
  return undefined;
}

/** Token index range of the clause around a token (between sentence or comma punctuation). */
export function clauseOf(tokens: readonly Token[], at: number): [number, number] {
  let a = at;
  while (a > 0 && tokens[a - 1]?.kind !== 'punct') a--;
  let b = at;
  while (b < tokens.length - 1 && tokens[b + 1]?.kind !== 'punct') b++;
  return [a, b];
}

/** Whether `part` is written, word for word, inside `whole` (both as stems). */
function contains(whole: readonly string[], part: readonly string[]): boolean {
  return whole.some((_, s) => part.length > 0 && part.every((w, k) => whole[s + k] === w));
}

/** A term's words as stems, its "..." gaps kept, so an ordinary phrase never spans a gap of the term. */
function ownWords(term: string): string[] {
  return term.split(/\s+/).map((w) => (w === '...' ? w : stem(w)));
}

function nearOrdinary(
  tokens: readonly Token[],
  m: PhraseMatch<Payload>,
  unless: readonly string[][],
  own: readonly string[],
): boolean {
  const [a, b] = clauseOf(tokens, m.first);
  // A final "$" asks for the clause to end there ("im a cancer $": the star sign, not "a cancer survivor").
  // An ordinary phrase the matched term itself spells out, read inside the match, never counts against it:
  // "no matter how I lie" is night pain though "lie" elsewhere in the clause is a positional ache.
  for (let i = a; i <= b; i++)
    for (const marked of unless) {
      // A leading "@" ("@ crushing it") makes an idiom of the sign's own word: it counts only written on
      // the match, so "crushing it at the gym until a crushing pain in my chest" keeps the second.
      const onMatch = marked[0] === '@';
      const words = onMatch ? marked.slice(1) : marked;
      if (!words.every((w, k) => (w === '$' ? i + k === b + 1 : tokens[i + k]?.stem === w && i + k <= b)))
        continue;
      if (onMatch && (i + words.length - 1 < m.first || i > m.last)) continue;
      const plain = words.filter((w) => w !== '$');
      if (i >= m.first && i + plain.length - 1 <= m.last && contains(own, plain)) continue;
      return true;
    }
  return false;
}

/**
 * Finds red-flag signs (data/red-flags/signs.yaml terms, with small gaps) and mentions of pain at the
 * rule sites ("pain in my left arm", "jaw aches", "backache") in the tokens. Context is not judged here.
 */
export function findSigns(tokens: readonly Token[]): SignHit[] {
  const { index, pain, unless, guards, readings } = lexicon();
  const out: SignHit[] = [];
  const guarded: PhraseMatch<Payload>[] = [];
  const seen = new Map<string, { skipped: number; words: number; hit: SignHit }>();
  const siteWords: PhraseMatch<Payload>[] = [];
  for (const m of findPhrases(tokens, index, TERM_GAP)) {
    const p = m.payload;
    if (p.kind === 'siteWord') {
      siteWords.push(m);
      continue;
    }
    if (p.kind === 'selfPain') {
      if (out.some((h) => h.kind === 'site' && h.id === p.id && h.first === m.first)) continue;
      out.push({ kind: 'site', id: p.id, first: m.first, last: m.last, core: range(m.first, m.last) });
      continue;
    }
    const u = unless.get(p.id);
    if (u !== undefined && nearOrdinary(tokens, m, u, p.own)) continue;
    if (p.guarded === true) {
      guarded.push(m);
      continue;
    }
    // Of several matches of one sign ending on the same word, the one that skips fewest words wins, then
    // the longest term ("breast cancer" over "cancer"; "no position eases" over "No | no position eases").
    const key = `${p.id}@${m.last}`;
    const had = seen.get(key);
    const skipped = m.last - m.first + 1 - m.words;
    if (had !== undefined && (had.skipped < skipped || (had.skipped === skipped && had.words >= m.words)))
      continue;
    seen.set(key, {
      skipped,
      words: m.words,
      hit: { kind: 'redFlag', id: p.id, first: m.first, last: m.last, core: termTokens(tokens, m, p.id) },
    });
  }
  for (const m of siteWords) {
    const [a, b] = clauseOf(tokens, m.first);
    let painAt = -1;
    for (let i = Math.max(a, m.first - SITE_WINDOW); i <= Math.min(b, m.last + SITE_WINDOW); i++)
      if (pain.has(tokens[i]?.stem ?? '') && (i < m.first || i > m.last)) {
        painAt = i;
        break;
      }
    if (painAt < 0) continue;
    out.push({
      kind: 'site',
      id: (m.payload as { id: string }).id,
      first: Math.min(m.first, painAt),
      last: Math.max(m.last, painAt),
      core: [...range(m.first, m.last), painAt],
    });
  }
  // A guarded term ("arm went dead") counts only with an onset word in its sentence or a companion sign.
  for (const m of guarded) {
    const p = m.payload as { id: RedFlagId };
    const g = guards.get(p.id);
    if (g === undefined) continue;
    const onset = inSentence(tokens, m.first, g.words);
    if (onset === undefined && ![...seen.values()].some((v) => g.signs.has(v.hit.id))) continue;
    const key = `${p.id}@${m.last}`;
    if (!seen.has(key))
      seen.set(key, {
        skipped: m.last - m.first + 1 - m.words,
        words: m.words,
        hit: {
          kind: 'redFlag',
          id: p.id,
          first: m.first,
          last: m.last,
          core: termTokens(tokens, m, p.id),
          companions: g.signs,
          ...(onset === undefined ? {} : { onset }),
        },
      });
  }
  // A match inside a longer match of the same sign is the same mention ("slurred" in "slurred speech").
  const flags = [...seen.values()].map((v) => v.hit);
  for (const h of findReadings(tokens, readings))
    if (!flags.some((o) => o.id === h.id && o.first <= h.last && o.last >= h.first)) flags.push(h);
  // A longer match that skips more words than the one inside it is not the better reading: in "hot swollen
  // knee came up overnight, my other joints..." the tight "hot swollen knee" stands on its own.
  const skipped = (h: SignHit): number => h.last - h.first + 1 - h.core.length;
  for (const h of flags)
    if (
      !flags.some(
        (o) => o !== h && o.id === h.id && o.first <= h.first && o.last >= h.last && skipped(o) <= skipped(h),
      )
    )
      out.push(h);
  return out.sort((x, y) => x.first - y.first);
}
