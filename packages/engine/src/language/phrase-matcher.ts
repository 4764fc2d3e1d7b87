import { stem } from './stem.ts';
import { lexWords, type Word } from './words.ts';

/** A word token with its light stem, as the context reader and the lexicons see it. */
export interface Token extends Word {
  readonly stem: string;
  /** Index in the token list. */
  readonly index: number;
}

/** Lexes text into tokens with stems. */
export function tokensOf(text: string): Token[] {
  return lexWords(text).map((w, index) => ({ ...w, stem: w.kind === 'word' ? stem(w.norm) : w.norm, index }));
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
}

/** Phrases indexed by their first stem, for matching over token lists. */
export interface PhraseIndex<P> {
  readonly byFirst: ReadonlyMap<string, readonly CompiledPhrase<P>[]>;
}

/** Compiles phrases ("can't catch my breath") into stem sequences indexed by their first stem. */
export function compilePhrases<P>(entries: Iterable<readonly [string, P]>): PhraseIndex<P> {
  const byFirst = new Map<string, CompiledPhrase<P>[]>();
  for (const [text, payload] of entries) {
    const stems = tokensOf(text)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.stem);
    const first = stems[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ stems, payload });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return { byFirst };
}

/** Tries one phrase at a start token, allowing up to `gap` other words between its words. */
function matchAt(tokens: readonly Token[], start: number, stems: readonly string[], gap: number): number {
  let at = start;
  for (let k = 1; k < stems.length; k++) {
    let skipped = 0;
    let j = at + 1;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      if (t === undefined || t.kind === 'punct') return -1;
      if (t.stem === stems[k]) break;
      if (++skipped > gap) return -1;
    }
    if (j >= tokens.length) return -1;
    at = j;
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
    for (const p of index.byFirst.get(t.stem) ?? []) {
      const last = matchAt(tokens, t.index, p.stems, gap);
      if (last >= 0) out.push({ first: t.index, last, payload: p.payload });
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
