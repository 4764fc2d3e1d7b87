import { LEXICON } from '@myomap/atlas/language';
import { stem } from './stem.ts';
import { foldText, lexWords, type Word } from './words.ts';

/** Short forms whose full stop ends no sentence ("med.", "R."): the one set both readers lex with. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  LEXICON.functionWords.abbreviations.words.map(foldText),
);

/** A word token with its light stem, as the context reader and the lexicons see it. */
export interface Token extends Word {
  readonly stem: string;
  /** Index in the token list. */
  readonly index: number;
}

/** Lexes text into tokens with stems. */
export function tokensOf(text: string): Token[] {
  return lexWords(text, ABBREVIATIONS).map((w, index) => ({
    ...w,
    stem: w.kind === 'word' ? stem(w.norm) : w.norm,
    index,
  }));
}

/** A compiled phrase: its stems in order and what it stands for. */
export interface CompiledPhrase<P> {
  readonly stems: readonly string[];
  readonly payload: P;
}

/** A phrase found in the tokens: first and last token index (inclusive) and its payload. */
export interface PhraseMatch<P> {
  readonly first: number;
  readonly last: number;
  readonly payload: P;
  /** How many words the phrase has (the span minus this is how many words a gap let in). */
  readonly words: number;
}

/** Phrases indexed by their first stem, for matching over token lists. */
export interface PhraseIndex<P> {
  readonly byFirst: ReadonlyMap<string, readonly CompiledPhrase<P>[]>;
  /** Whether words are compared by stem ("drooped" = "droop") or as written, folded ("recent" ≠ "recently"). */
  readonly by: 'stem' | 'norm';
}

/** Compiles phrases ("can't catch my breath") into stem sequences indexed by their first stem. */
export function compilePhrases<P>(
  entries: Iterable<readonly [string, P]>,
  by: 'stem' | 'norm' = 'stem',
): PhraseIndex<P> {
  const byFirst = new Map<string, CompiledPhrase<P>[]>();
  for (const [text, payload] of entries) {
    const stems = text.split(/\s+/).flatMap((w) =>
      w === '...' || w === '$'
        ? [w]
        : tokensOf(w)
            .filter((t) => t.kind !== 'punct')
            .map((t) => (by === 'stem' ? t.stem : t.norm)),
    );
    const first = stems[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ stems, payload });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirst, by };
}

/** In a phrase, "..." lets up to this many words sit at that point ("numbness ... spreading"). */
const WIDE_GAP = 6;

/** Pronouns that open a clause about what the clause before named ("my calf, it is puffy"). */
const RESUMING = new Set(['it', 'its', 'they', 'theyre', 'which']);

/** The index of the bracket closing an aside opened at `open` (no other punctuation inside), else -1. */
function asideEnd(tokens: readonly Token[], open: number): number {
  const closing = tokens[open]?.norm === '(' ? ')' : tokens[open]?.norm === '[' ? ']' : undefined;
  if (closing === undefined) return -1;
  for (let k = open + 1; k < tokens.length && k <= open + 12; k++) {
    const t = tokens[k];
    if (t?.kind !== 'punct') continue;
    return t.norm === closing ? k : -1;
  }
  return -1;
}

/**
 * Tries one phrase at a start token, allowing up to `gap` other words between its words ("..." widens
 * the gap at that point; a final "$" requires the clause to end there).
 */
function matchAt(
  tokens: readonly Token[],
  start: number,
  stems: readonly string[],
  gap: number,
  by: 'stem' | 'norm',
): number {
  let at = start;
  let allowed = gap;
  for (let k = 1; k < stems.length; k++) {
    const want = stems[k];
    if (want === '...') {
      allowed = WIDE_GAP;
      continue;
    }
    if (want === '$') {
      const next = tokens[at + 1];
      return next === undefined || next.kind === 'punct' ? at : -1;
    }
    let skipped = 0;
    // A wide gap may cross the commas of a list that "and"/"or" closes before the word ("calf ... swollen":
    // "calf is tender, red and swollen"); any other punctuation, or a comma left open, ends the match.
    let openComma = false;
    let j = at + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (t === undefined) return -1;
      if (t.kind === 'punct') {
        // A wide gap steps over a bracketed aside whole ("lost 8 kg (over a stone) in two months without").
        const close = allowed === WIDE_GAP ? asideEnd(tokens, j) : -1;
        if (close !== -1) {
          j = close;
          continue;
        }
        if (allowed !== WIDE_GAP || t.norm !== ',') return -1;
        // "my platelets, they run low": a clause that picks the subject up again with a pronoun goes on.
        if (!RESUMING.has(tokens[j + 1]?.norm ?? '')) openComma = true;
        continue;
      }
      if ((by === 'stem' ? t.stem : t.norm) === want) break;
      if (t.norm === 'and' || t.norm === 'or') openComma = false;
      if (++skipped > allowed) return -1;
    }
    if (j >= tokens.length || openComma) return -1;
    at = j;
    allowed = gap;
  }
  return at;
}

/**
 * Every phrase occurrence in the tokens (several phrases may overlap). With `gap` 0 words must be
 * adjacent; longer phrases are tried first at each start.
 */
export function findPhrases<P>(
  tokens: readonly Token[],
  index: PhraseIndex<P>,
  gap: number,
): PhraseMatch<P>[] {
  const out: PhraseMatch<P>[] = [];
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    for (const p of index.byFirst.get(index.by === 'stem' ? t.stem : t.norm) ?? []) {
      const last = matchAt(tokens, t.index, p.stems, gap, index.by);
      if (last >= 0)
        out.push({
          first: t.index,
          last,
          payload: p.payload,
          words: p.stems.filter((x) => x !== '...' && x !== '$').length,
        });
    }
  }
  return out;
}

/** Keeps the longest matches that do not overlap, scanning left to right. */
export function longestNonOverlapping<P>(matches: readonly PhraseMatch<P>[]): PhraseMatch<P>[] {
  const sorted = [...matches].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: PhraseMatch<P>[] = [];
  let end = -1;
  for (const m of sorted) {
    if (m.first <= end) continue;
    out.push(m);
    end = m.last;
  }
  return out;
}
