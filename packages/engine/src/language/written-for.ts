import { CONTEXT_TRIGGERS, RED_FLAG_RULES } from '@myomap/atlas';
import { clauseOf } from './read-signs.ts';
import { stem } from './stem.ts';
import { foldText } from './words.ts';
import type { Token } from './phrase-matcher.ts';

type Words = {
  people: Set<string>;
  self: Set<string>;
  firstPerson: Set<string>;
  other: Set<string>;
  notWhen: Set<string>;
  cues: string[][];
  kin: readonly (readonly string[])[];
  sites: Set<string>;
  pain: Set<string>;
};
let words: Words | null | undefined;
function wordSets(): Words | null {
  if (words !== undefined) return words;
  const w = CONTEXT_TRIGGERS.writtenFor;
  if (w === undefined) return (words = null);
  const sites = new Set<string>();
  for (const site of Object.values(RED_FLAG_RULES.sites))
    for (const s of [...site.words, ...(site.selfPain ?? [])]) if (!s.includes(' ')) sites.add(s);
  for (const b of w.body) sites.add(b);
  words = {
    people: new Set(w.people),
    self: new Set(w.self),
    firstPerson: new Set(w.firstPerson),
    other: new Set(w.other),
    notWhen: new Set(w.notWhen),
    cues: w.cues.map((c) => foldText(c).split(/\s+/)),
    kin: w.kin,
    sites,
    pain: new Set(RED_FLAG_RULES.painWords.map((p) => stem(p))),
  };
  return words;
}

/** Words a site word may be from its owner ("my own tight calves", "his left arm"). */
const OWNER_REACH = 3;

/** Whose a body place at token `at` is: the nearest owner word before it in its clause (its index). */
function ownerOf(
  tokens: readonly Token[],
  at: number,
  w: Words,
): { owner: 'self' | 'unknown' } | { owner: 'other'; word: number } {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t === undefined || t.kind === 'punct') break;
    if (w.self.has(t.norm) || w.firstPerson.has(t.norm)) return { owner: 'self' };
    if (w.other.has(t.norm) || w.people.has(t.norm)) return { owner: 'other', word: i };
  }
  return { owner: 'unknown' };
}

/** The relative a word stands for: itself, or for "his"/"her"/"he" the relative named last before it. */
function relativeAt(tokens: readonly Token[], i: number, w: Words): string | undefined {
  for (let k = i; k >= 0; k--) {
    const n = tokens[k]?.norm ?? '';
    if (w.people.has(n)) return n;
  }
  return undefined;
}

/** A pain word this close (in words, same clause) to a body word makes it a pain place. */
const PAIN_WINDOW = 6;

/** Whether a token is a body word: a red-flag site word or one of `body` ("arm", "hip"). */
const isBodyWord = (t: Token, w: Words): boolean =>
  t.kind === 'word' && (w.sites.has(t.norm) || w.sites.has(t.stem));

/** Body words with a pain word near them in their clause ("his knee aches", "a sore hip"). */
function bodyPain(tokens: readonly Token[], w: Words): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    if (!isBodyWord(t, w)) continue;
    const [a, b] = clauseOf(tokens, t.index);
    for (let i = Math.max(a, t.index - PAIN_WINDOW); i <= Math.min(b, t.index + PAIN_WINDOW); i++)
      if (i !== t.index && w.pain.has(tokens[i]?.stem ?? '')) {
        out.push(t.index);
        break;
      }
  }
  return out;
}

/** Where a phrase is written (the index of its last word), or -1. */
function saidAt(tokens: readonly Token[], phrase: readonly string[]): number {
  const start = tokens.findIndex((_, s) => phrase.every((p, k) => tokens[s + k]?.norm === p));
  return start < 0 ? -1 : start + phrase.length - 1;
}

/** Whether the writer speaks of someone else's relative ("her husband"): a note about the client. */
const someoneElsesRelative = (tokens: readonly Token[], w: Words): boolean =>
  tokens.some((t, i) => w.people.has(t.norm) && w.other.has(tokens[i - 1]?.norm ?? ''));

/**
 * The relatives a form is written for, when it is written for a relative who is the client: a cue says so
 * ("writing for my mum", "he came in for his back") or some pain in the text is a relative's ("my wife ...
 * has sciatica", "her back has started hurting"); no pain or body place is the writer's or nobody's in
 * particular, the writer does not speak of themselves ("I") unless a cue says the form is for someone
 * else, and nothing marks a therapist's note ("pt", "her husband"), a family history or a relative who
 * died. Only the relatives who own the pain (or follow the cue) are the client: "my daughter's knee hurts;
 * my son had a DVT" leaves the son's clot his. `places` are the token indexes of pain mentions found by
 * the sign reader. Undefined when the form is the writer's own.
 */
export function writtenFor(
  tokens: readonly Token[],
  places: readonly number[],
): ReadonlySet<string> | undefined {
  const w = wordSets();
  if (w === null || tokens.some((t) => w.notWhen.has(t.norm)) || someoneElsesRelative(tokens, w))
    return undefined;
  // A cue counts only with the relative it names after it ("booking for my mum"; "booking for myself" is no cue).
  const cueEnd = Math.max(-1, ...w.cues.map((c) => saidAt(tokens, c)));
  const named = tokens.slice(cueEnd + 1, cueEnd + 3).findIndex((t) => w.people.has(t.norm));
  const cueAt = cueEnd >= 0 && (named >= 0 || w.other.has(tokens[cueEnd]?.norm ?? '')) ? cueEnd : -1;
  if (tokens.some((t) => w.firstPerson.has(t.norm)) && cueAt < 0) return undefined;
  const clients = new Set<string>();
  const add = (i: number): void => {
    const who = relativeAt(tokens, i, w);
    if (who !== undefined) clients.add(who);
  };
  // A cue ("writing for my mum", "he came in for his back") names the client outright.
  if (cueAt >= 0) add(named < 0 ? cueAt : cueAt + 1 + named);
  for (const at of [...places, ...bodyPain(tokens, w)]) {
    const owned = ownerOf(tokens, at, w);
    if (owned.owner !== 'other') return undefined;
    add(owned.word);
  }
  // A body word of the writer's own ("my own tight calves") says the writer is the client.
  for (const t of tokens) {
    if (!isBodyWord(t, w)) continue;
    const near = tokens.slice(Math.max(0, t.index - OWNER_REACH), t.index);
    if (near.some((n) => w.self.has(n.norm)) && ownerOf(tokens, t.index, w).owner === 'self')
      return undefined;
  }
  if (clients.size === 0) return undefined;
  // The client named one way is the client named the other ("my father ... Dad's speech").
  for (const group of w.kin) if (group.some((k) => clients.has(k))) for (const k of group) clients.add(k);
  return clients;
}
