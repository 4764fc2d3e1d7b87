import { REGIONS, regionId, regionKindByKey } from '@myomap/atlas/regions';
import { singular, tokenize } from './normalize-text.ts';
import { phraseIndex, type PhraseTarget } from './phrase-index.ts';
import {
  FILLER_TOKENS,
  SENTENCE_END_TOKENS,
  SEPARATOR_TOKENS,
  SIDE_PHRASES,
  type SideHint,
} from './side-words.ts';

/** One place named in the text and the regions it became. */
export interface ResolvedMention {
  /** The words as matched (normalised). */
  readonly phrase: string;
  /** The side applied: from the text, carried from a neighbouring phrase, or both by default. */
  readonly side: SideHint | 'midline';
  readonly sideSource: 'text' | 'carried' | 'default' | 'midline';
  readonly regions: readonly string[];
}

/** The regions a description names, what could not be read, and how sides were decided. */
export interface ResolveResult {
  /** Region ids in head-to-toe order, without duplicates. */
  readonly regions: readonly string[];
  /** Phrases that named no known region, never silently dropped. */
  readonly unresolved: readonly string[];
  /** Plain notes on decisions the reader should know about (sides assumed or carried). */
  readonly notes: readonly string[];
  readonly mentions: readonly ResolvedMention[];
}

type Token =
  | { kind: 'place'; phrase: string; target: PhraseTarget; side?: SideHint }
  | { kind: 'side'; side: SideHint }
  | { kind: 'separator'; sentenceEnd: boolean }
  | { kind: 'filler' }
  | { kind: 'word'; word: string };

const SIDE_SINGLE = new Map<string, SideHint>(
  SIDE_PHRASES.filter(([p]) => p.length === 1).map(([p, s]) => [p[0] ?? '', s]),
);
const bodyOrder = new Map<string, number>(REGIONS.map((r, i) => [r.id, i]));

/** Tries to match a phrase at `start`, letting side words sit inside it ("behind the right eye"). */
function matchPlace(
  words: readonly string[],
  start: number,
): { end: number; phrase: string; target: PhraseTarget; side?: SideHint } | undefined {
  const first = words[start];
  if (first === undefined) return undefined;
  for (const candidate of phraseIndex().byFirst.get(first) ?? []) {
    let i = start;
    let side: SideHint | undefined;
    let ok = true;
    for (const want of candidate.tokens) {
      while (i < words.length && words[i] !== want && SIDE_SINGLE.has(words[i] ?? '') && i > start) {
        side = SIDE_SINGLE.get(words[i] ?? '');
        i++;
      }
      if (words[i] !== want) {
        ok = false;
        break;
      }
      i++;
    }
    if (ok)
      return side === undefined
        ? { end: i, phrase: candidate.tokens.join(' '), target: candidate.target }
        : { end: i, phrase: candidate.tokens.join(' '), target: candidate.target, side };
  }
  return undefined;
}

function matchSide(words: readonly string[], start: number): { end: number; side: SideHint } | undefined {
  for (const [phrase, side] of SIDE_PHRASES) {
    if (phrase.every((w, k) => words[start + k] === w)) return { end: start + phrase.length, side };
  }
  return undefined;
}

function lex(words: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] ?? '';
    const place = matchPlace(words, i);
    const side = matchSide(words, i);
    // "left and right temple" is a side phrase, but "between thumb and index finger" is a place: the longer wins.
    if (place !== undefined && (side === undefined || place.end >= side.end)) {
      tokens.push(
        place.side === undefined
          ? { kind: 'place', phrase: place.phrase, target: place.target }
          : { kind: 'place', phrase: place.phrase, target: place.target, side: place.side },
      );
      i = place.end;
    } else if (side !== undefined) {
      tokens.push({ kind: 'side', side: side.side });
      i = side.end;
    } else if (SEPARATOR_TOKENS.has(word)) {
      tokens.push({ kind: 'separator', sentenceEnd: SENTENCE_END_TOKENS.has(word) });
      i++;
    } else if (FILLER_TOKENS.has(word) || /^\d+$/.test(word)) {
      tokens.push({ kind: 'filler' });
      i++;
    } else {
      tokens.push({ kind: 'word', word });
      i++;
    }
  }
  return tokens;
}

interface Segment {
  places: { phrase: string; target: PhraseTarget; side?: SideHint }[];
  sides: SideHint[];
  words: string[];
  sentence: number;
}

function segment(tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = [];
  let sentence = 0;
  let current: Segment = { places: [], sides: [], words: [], sentence };
  const flush = (): void => {
    if (current.places.length > 0 || current.sides.length > 0 || current.words.length > 0)
      segments.push(current);
    current = { places: [], sides: [], words: [], sentence };
  };
  for (const t of tokens) {
    if (t.kind === 'separator') {
      flush();
      if (t.sentenceEnd) sentence++;
      current.sentence = sentence;
    } else if (t.kind === 'place') current.places.push(t);
    else if (t.kind === 'side') current.sides.push(t.side);
    else if (t.kind === 'word') current.words.push(t.word);
  }
  flush();
  return segments;
}

function combine(sides: readonly SideHint[]): SideHint | undefined {
  if (sides.length === 0) return undefined;
  const set = new Set(sides);
  if (set.has('both') || (set.has('l') && set.has('r'))) return 'both';
  return sides[0];
}

function sideIds(key: string, side: SideHint): string[] {
  return side === 'both' ? [regionId(key, 'l'), regionId(key, 'r')] : [regionId(key, side)];
}

/**
 * Turns a free-text pain description into region ids. Handles separators, side words anywhere
 * ("left temple", "temple on the left", "behind the right eye", "both shoulders"), clinical and lay
 * words, and broad areas (which expand to their leaves). Unknown phrases are reported, never dropped.
 * @example resolveRegions('right temple and back of the neck').regions // ['r.temple', 'r.posterior-neck', …]
 */
export function resolveRegions(text: string): ResolveResult {
  const words = tokenize(text).map(singular);
  const segments = segment(lex(words));
  const notes: string[] = [];
  const unresolved: string[] = [];
  const mentions: ResolvedMention[] = [];
  const found = new Set<string>();
  const explicit = segments.map((s) =>
    combine([...s.sides, ...s.places.flatMap((p) => (p.side === undefined ? [] : [p.side]))]),
  );

  segments.forEach((seg, index) => {
    if (seg.words.length > 0) unresolved.push(seg.words.join(' '));
    for (const place of seg.places) {
      const own = place.side ?? explicit[index];
      let side: SideHint | undefined = own;
      let source: ResolvedMention['sideSource'] = 'text';
      if (side === undefined) {
        const before = [...explicit.slice(0, index)]
          .reverse()
          .find((s, k) => s !== undefined && segments[index - 1 - k]?.sentence === seg.sentence);
        const after = explicit
          .slice(index + 1)
          .find((s, k) => s !== undefined && segments[index + 1 + k]?.sentence === seg.sentence);
        side = before ?? after;
        source = side === undefined ? 'default' : 'carried';
      }
      const lateral = place.target.kinds.some((k) => regionKindByKey(k)?.lateral === true);
      const applied: SideHint = side ?? 'both';
      const regions = place.target.kinds.flatMap((k) =>
        regionKindByKey(k)?.lateral === true ? sideIds(k, applied) : [regionId(k, 'm')],
      );
      for (const r of regions) found.add(r);
      const mentionSide: ResolvedMention['side'] = lateral ? applied : 'midline';
      mentions.push({
        phrase: place.phrase,
        side: mentionSide,
        sideSource: lateral ? source : 'midline',
        regions,
      });
      if (lateral && source === 'default')
        notes.push(`no side given for "${place.phrase}": both sides included`);
      if (lateral && source === 'carried')
        notes.push(
          `"${place.phrase}" takes the ${applied === 'both' ? 'both-sides' : applied === 'l' ? 'left' : 'right'} side from the same sentence`,
        );
      if (place.target.broad)
        notes.push(`"${place.phrase}" is a broad area: all ${regions.length} of its regions included`);
    }
  });
  const regions = [...found].sort((a, b) => (bodyOrder.get(a) ?? 0) - (bodyOrder.get(b) ?? 0));
  return { regions, unresolved, notes, mentions };
}
