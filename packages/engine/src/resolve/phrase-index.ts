import { AREAS, REGION_KINDS } from '@myomap/atlas/regions';
import { singular, tokenize } from './normalize-text.ts';

/** What a matched phrase names: region kinds (side-less keys). */
export interface PhraseTarget {
  /** Side-less kind keys the phrase resolves to. */
  readonly kinds: readonly string[];
  /** true when the phrase names a broad area that expands to several leaves. */
  readonly broad: boolean;
}

/** Phrases grouped by their first token, longest first, for greedy matching. */
export interface PhraseIndex {
  readonly byFirst: ReadonlyMap<string, readonly { tokens: readonly string[]; target: PhraseTarget }[]>;
}

function keyOf(tokens: readonly string[]): string {
  return tokens.join(' ');
}

/** Builds the phrase index from region kind names and synonyms and area names and synonyms. */
export function buildPhraseIndex(): PhraseIndex {
  const kindsByPhrase = new Map<string, Set<string>>();
  const broadPhrases = new Set<string>();
  const add = (phrase: string, kinds: readonly string[], broad: boolean): void => {
    const tokens = tokenize(phrase).map(singular);
    if (tokens.length === 0) return;
    const key = keyOf(tokens);
    // A phrase naming one exact region wins over the same phrase naming a broad area.
    if (!broad && broadPhrases.has(key)) {
      broadPhrases.delete(key);
      kindsByPhrase.delete(key);
    }
    if (broad && kindsByPhrase.has(key) && !broadPhrases.has(key)) return;
    const set = kindsByPhrase.get(key) ?? new Set<string>();
    for (const k of kinds) set.add(k);
    kindsByPhrase.set(key, set);
    if (broad) broadPhrases.add(key);
  };
  for (const kind of REGION_KINDS) {
    add(kind.key.replace(/-/g, ' '), [kind.key], false);
    add(kind.name, [kind.key], false);
    for (const s of kind.synonyms) add(s, [kind.key], false);
  }
  for (const area of AREAS) {
    const leaves = REGION_KINDS.filter((k) => k.parent === area.key).map((k) => k.key);
    for (const s of [area.name, ...area.synonyms]) add(s, leaves, true);
  }
  const byFirst = new Map<string, { tokens: readonly string[]; target: PhraseTarget }[]>();
  for (const [key, kinds] of kindsByPhrase) {
    const tokens = key.split(' ');
    const first = tokens[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push({ tokens, target: { kinds: [...kinds], broad: broadPhrases.has(key) } });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

let cached: PhraseIndex | undefined;

/** The phrase index, built once. */
export function phraseIndex(): PhraseIndex {
  cached ??= buildPhraseIndex();
  return cached;
}
