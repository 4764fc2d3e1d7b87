import { RED_FLAG_RULES } from '@myomap/atlas';
import { tokensOf, type Token } from './phrase-matcher.ts';

const SENTENCE_END = new Set(['.', '!', '?', ';', '\n']);

let compiled: { words: string[][]; unless: string[][] } | undefined;

/** rules.yaml settledPain as stems, lexed like the text ("it's" loses its "'s" in both). */
function phrases(): NonNullable<typeof compiled> {
  if (compiled !== undefined) return compiled;
  const lex = (list: readonly string[]): string[][] => list.map((p) => tokensOf(p).map((t) => t.stem));
  compiled = {
    words: lex(RED_FLAG_RULES.settledPain.words),
    unless: lex(RED_FLAG_RULES.settledPain.unlessWords),
  };
  return compiled;
}

/** The starts of a phrase's occurrences in tokens a..b. */
function* occurrences(
  tokens: readonly Token[],
  a: number,
  b: number,
  words: readonly string[],
): Generator<number> {
  for (let i = a; i + words.length - 1 <= b; i++)
    if (words.every((w, k) => tokens[i + k]?.stem === w)) yield i;
}

/**
 * Whether the pain mentioned at a token is called long-standing in its sentence ("this neck stiffness is
 * the same as it's always been"; "stiff neck, nothing new"): a settledPain phrase is there and no onset
 * word ("new", "since", "started") is, outside those phrases ("nothing new" is no new pain).
 */
export function settledAt(tokens: readonly Token[], at: number): boolean {
  const end = (t: Token | undefined): boolean => t?.kind === 'punct' && SENTENCE_END.has(t.norm);
  let a = at;
  while (a > 0 && !end(tokens[a - 1])) a--;
  let b = at;
  while (b < tokens.length - 1 && !end(tokens[b + 1])) b++;
  const { words, unless } = phrases();
  const settled = new Set<number>();
  for (const w of words)
    for (const i of occurrences(tokens, a, b, w)) for (let k = 0; k < w.length; k++) settled.add(i + k);
  if (settled.size === 0) return false;
  for (const u of unless) for (const i of occurrences(tokens, a, b, u)) if (!settled.has(i)) return false;
  return true;
}
