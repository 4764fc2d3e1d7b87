import { CONTEXT_TRIGGERS, type ContextCategory } from '@myomap/atlas';
import {
  compilePhrases,
  findPhrases,
  longestNonOverlapping,
  type PhraseIndex,
  type PhraseMatch,
  type Token,
} from './phrase-matcher.ts';

/** How a finding stands in the text (ConText): present in the client now, or one of the other contexts. */
export type FindingStatus = 'present' | 'negated' | 'hypothetical' | 'historical' | 'other-person';

/** One context trigger found in the text, and the tokens its scope covers. */
export interface ContextTrigger {
  readonly category: ContextCategory;
  readonly direction: 'forward' | 'backward' | 'both';
  readonly first: number;
  readonly last: number;
}

type TriggerPayload = { category: ContextCategory; direction: 'forward' | 'backward' | 'both' };

let index: PhraseIndex<TriggerPayload> | undefined;
function triggerIndex(): PhraseIndex<TriggerPayload> {
  if (index !== undefined) return index;
  // One phrase listed both forward and backward for a category ("ruled out") governs both sides.
  const merged = new Map<string, TriggerPayload>();
  for (const g of CONTEXT_TRIGGERS.groups)
    for (const p of g.phrases) {
      const key = `${g.category}|${p}`;
      const had = merged.get(key);
      const direction = had === undefined || had.direction === g.direction ? g.direction : 'both';
      merged.set(key, { category: g.category, direction });
    }
  index = compilePhrases(
    [...merged].map(([key, payload]) => [key.slice(key.indexOf('|') + 1), payload] as const),
  );
  return index;
}

const SENTENCE_END = new Set(['.', ';', '!', '?', '\n', ':']);
/** Words that may sit between list items without ending a scope ("no fever, chills or sweats"). */
const LIST_WORDS = new Set(['or', 'and', 'nor', 'any', 'no']);
/** Most serious first: a negated finding stays negated even inside another context. */
const PRIORITY: readonly FindingStatus[] = ['negated', 'other-person', 'hypothetical', 'historical'];

/**
 * A comma continues a negated list only when the sentence goes on to close the list with "or"/"nor"
 * ("no fever, chills or sweats"); otherwise it ends the scope, so "no tinnitus, crushing chest pain"
 * keeps the chest pain. Erring this way never hides a sign.
 */
function listAhead(tokens: readonly Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || (t.kind === 'punct' && SENTENCE_END.has(t.norm))) return false;
    if (t.norm === 'or' || t.norm === 'nor') return true;
  }
  return false;
}

/** Finds the context triggers in the tokens, dropping any that sit inside a finding ("lost weight without trying"). */
export function findTriggers(
  tokens: readonly Token[],
  findings: readonly { first: number; last: number }[],
): ContextTrigger[] {
  const raw: PhraseMatch<TriggerPayload>[] = longestNonOverlapping(findPhrases(tokens, triggerIndex(), 0));
  return raw
    .filter((m) => !findings.some((f) => m.first >= f.first && m.last <= f.last && f.last > f.first))
    .map((m) => ({ ...m.payload, first: m.first, last: m.last }));
}

/**
 * ConText scopes: for each token, the contexts that cover it. A forward trigger covers the words after
 * it, a backward one the words before it, until a terminator, sentence punctuation, a comma that does
 * not continue a list of findings, or the scope length of data/context/triggers.yaml.
 */
export function contextScopes(
  tokens: readonly Token[],
  triggers: readonly ContextTrigger[],
  findingStarts: ReadonlySet<number>,
): Set<FindingStatus>[] {
  const cover = tokens.map(() => new Set<FindingStatus>());
  const terminatorAt = new Set<number>();
  const triggerAt = new Map<number, ContextTrigger>();
  for (const t of triggers) {
    for (let i = t.first; i <= t.last; i++) {
      if (t.category === 'terminator') terminatorAt.add(i);
      triggerAt.set(i, t);
    }
  }
  const { forward: maxForward, backward: maxBackward } = CONTEXT_TRIGGERS.scope;
  for (const t of triggers) {
    if (t.category === 'terminator' || t.category === 'pseudo') continue;
    const status = t.category;
    if (t.direction !== 'backward') {
      let words = 0;
      for (let i = t.last + 1; i < tokens.length; i++) {
        const tok = tokens[i];
        if (tok === undefined || terminatorAt.has(i)) break;
        if (tok.kind === 'punct') {
          if (SENTENCE_END.has(tok.norm) || tok.norm !== ',' || !listAhead(tokens, i)) break;
          let j = i + 1;
          while (tokens[j] !== undefined && LIST_WORDS.has(tokens[j]?.norm ?? '')) j++;
          if (!findingStarts.has(j)) break;
          continue;
        }
        const other = triggerAt.get(i);
        if (other !== undefined && other !== t && other.category !== 'pseudo' && other.category !== status)
          break;
        if (!findingStarts.has(i) && ++words > maxForward) break;
        cover[i]?.add(status);
      }
    }
    if (t.direction !== 'forward') {
      let words = 0;
      for (let i = t.first - 1; i >= 0; i--) {
        const tok = tokens[i];
        if (tok === undefined || terminatorAt.has(i)) break;
        // "Fever: nil" — a colon joins a finding to the word that negates it.
        if (tok.kind === 'punct') {
          if (tok.norm === ':' && i === t.first - 1) continue;
          break;
        }
        if (++words > maxBackward) break;
        cover[i]?.add(status);
      }
    }
  }
  return cover;
}

/** The status of a finding spanning tokens first..last: the most serious context covering any of its tokens. */
export function statusOf(cover: readonly Set<FindingStatus>[], first: number, last: number): FindingStatus {
  for (const s of PRIORITY) for (let i = first; i <= last; i++) if (cover[i]?.has(s) === true) return s;
  return 'present';
}
