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
const SITE_WINDOW = 6;

/** A red-flag sign or pain-site mention found in the tokens. */
export type SignHit =
  | { readonly kind: 'redFlag'; readonly id: RedFlagId; readonly first: number; readonly last: number }
  | { readonly kind: 'site'; readonly id: string; readonly first: number; readonly last: number };

type Payload =
  { kind: 'redFlag'; id: RedFlagId } | { kind: 'siteWord'; id: string } | { kind: 'selfPain'; id: string };

let compiled:
  { index: PhraseIndex<Payload>; pain: ReadonlySet<string>; unless: Map<string, string[][]> } | undefined;

function lexicon(): NonNullable<typeof compiled> {
  if (compiled !== undefined) return compiled;
  const entries: (readonly [string, Payload])[] = [];
  const unless = new Map<string, string[][]>();
  for (const [id, sign] of Object.entries(RED_FLAG_LEXICON.signs)) {
    for (const term of sign.terms) entries.push([term, { kind: 'redFlag', id: id as RedFlagId }]);
    if (sign.unlessNear !== undefined)
      unless.set(
        id,
        sign.unlessNear.map((p) => p.split(/\s+/).map((w) => stem(w))),
      );
  }
  for (const [id, site] of Object.entries(RED_FLAG_RULES.sites)) {
    for (const w of site.words) entries.push([w, { kind: 'siteWord', id }]);
    for (const w of site.selfPain ?? []) entries.push([w, { kind: 'selfPain', id }]);
  }
  const pain = new Set(RED_FLAG_RULES.painWords.map((w) => stem(w)));
  compiled = { index: compilePhrases(entries), pain, unless };
  return compiled;
}

/** Token index range of the clause around a token (between sentence or comma punctuation). */
function clauseOf(tokens: readonly Token[], at: number): [number, number] {
  let a = at;
  while (a > 0 && tokens[a - 1]?.kind !== 'punct') a--;
  let b = at;
  while (b < tokens.length - 1 && tokens[b + 1]?.kind !== 'punct') b++;
  return [a, b];
}

function nearOrdinary(
  tokens: readonly Token[],
  m: PhraseMatch<Payload>,
  unless: readonly string[][],
): boolean {
  const [a, b] = clauseOf(tokens, m.first);
  for (let i = a; i <= b; i++)
    for (const words of unless)
      if (words.every((w, k) => tokens[i + k]?.stem === w && i + k <= b)) return true;
  return false;
}

/**
 * Finds red-flag signs (data/red-flags/signs.yaml terms, with small gaps) and mentions of pain at the
 * rule sites ("pain in my left arm", "jaw aches", "backache") in the tokens. Context is not judged here.
 */
export function findSigns(tokens: readonly Token[]): SignHit[] {
  const { index, pain, unless } = lexicon();
  const out: SignHit[] = [];
  const seen = new Set<string>();
  const siteWords: PhraseMatch<Payload>[] = [];
  for (const m of findPhrases(tokens, index, TERM_GAP)) {
    const p = m.payload;
    if (p.kind === 'siteWord') {
      siteWords.push(m);
      continue;
    }
    if (p.kind === 'selfPain') {
      if (out.some((h) => h.kind === 'site' && h.id === p.id && h.first === m.first)) continue;
      out.push({ kind: 'site', id: p.id, first: m.first, last: m.last });
      continue;
    }
    const u = unless.get(p.id);
    if (u !== undefined && nearOrdinary(tokens, m, u)) continue;
    const key = `${p.id}@${m.first}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'redFlag', id: p.id, first: m.first, last: m.last });
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
    });
  }
  return out.sort((x, y) => x.first - y.first);
}
