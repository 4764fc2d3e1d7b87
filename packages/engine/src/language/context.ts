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
  /** The trigger as listed in the data ("denies", "no history of"). */
  readonly phrase: string;
  /** It says an episode has passed ("went away"), not that it never happened. */
  readonly resolution?: boolean;
  /** Its scope reaches this many words at most (shorter than the data's `scope`). */
  readonly reach?: number;
  /** Words its scope stops at. */
  readonly stopAt?: readonly string[];
  /** Its scope stops at a red-flag sign's own words. */
  readonly sparesSigns?: boolean;
  /** Words after which the phrase is no trigger. */
  readonly notBefore?: readonly string[];
  /** A terminator that ends only these contexts. */
  readonly ends?: readonly ContextCategory[];
}

type TriggerPayload = {
  category: ContextCategory;
  direction: 'forward' | 'backward' | 'both';
  phrase: string;
  resolution?: boolean;
  reach?: number;
  stopAt?: readonly string[];
  sparesSigns?: boolean;
  notBefore?: readonly string[];
  ends?: readonly ContextCategory[];
};

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
      merged.set(key, {
        category: g.category,
        direction,
        phrase: p,
        ...(g.resolution === true ? { resolution: true } : {}),
        ...(g.reach === undefined ? {} : { reach: g.reach }),
        ...(g.stopAt === undefined ? {} : { stopAt: g.stopAt }),
        ...(g.sparesSigns === true ? { sparesSigns: true } : {}),
        ...(g.notBefore === undefined ? {} : { notBefore: g.notBefore }),
        // a phrase listed both as a full terminator and as one that ends some contexts ends them all
        ...(g.ends === undefined || (had !== undefined && had.ends === undefined) ? {} : { ends: g.ends }),
      });
    }
  // Triggers are matched as written (folded), not stemmed: "recent" must not read as "recently".
  index = compilePhrases(
    [...merged].map(([key, payload]) => [key.slice(key.indexOf('|') + 1), payload] as const),
    'norm',
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
 * keeps the chest pain. After a screening verb ("denies a, b and c") "and" closes the list too.
 * Erring this way never hides a sign.
 */
function listAhead(tokens: readonly Token[], from: number, andCloses: boolean): boolean {
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || (t.kind === 'punct' && SENTENCE_END.has(t.norm))) return false;
    if (t.norm === 'or' || t.norm === 'nor' || (andCloses && t.norm === 'and')) return true;
  }
  return false;
}

/** Bare negations, after which "a, b and c" may be a new clause rather than a negated list. */
const BARE = new Set(['no', 'not', 'without', 'never', 'none', 'nil']);

/**
 * Words that may close a short answer after its negation ("None at all.", "No, never.", "No chance."):
 * an answer made of these and nothing else says no to the question before it.
 */
const ANSWER_TAIL = new Set([
  'at',
  'all',
  'whatsoever',
  'never',
  'really',
  'ever',
  'thankfully',
  'so',
  'far',
  // "Pregnant? No chance." / "No way."
  'chance',
  'way',
]);

/**
 * "Numbness? None at all.": a negation that opens the answer to a question, with nothing but
 * ANSWER_TAIL words after it in its clause, negates the findings of the question before it.
 */
function answersQuestion(tokens: readonly Token[], t: ContextTrigger): boolean {
  if (tokens[questionMark(tokens, t)]?.norm !== '?') return false;
  for (let i = t.last + 1; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind === 'punct') return true;
    // "Worst headache ever? No - it built up slowly": a spaced dash (the lexer keeps no token for it) after
    // the answer ends the answer, as a full stop would.
    if (i === t.last + 1 && tok.start - (tokens[t.last]?.end ?? tok.start) > 1) return true;
    if (!ANSWER_TAIL.has(tok.norm) && !BARE.has(tok.norm)) return false;
  }
  return true;
}

/** Labels of an answer written after its question ("Q: Any numbness? A: No."). */
const ANSWER_LABEL = new Set(['a', 'ans', 'answer', 'reply']);

/**
 * Where the question a trigger may answer ends: the token just before it, or before an answer label
 * and its colon ("? A: no"). The caller checks that it is a question mark.
 */
function questionMark(tokens: readonly Token[], t: ContextTrigger): number {
  const before = t.first - 1;
  if (tokens[before]?.norm === ':' && ANSWER_LABEL.has(tokens[before - 1]?.norm ?? '')) return before - 2;
  return before;
}

/**
 * "n/a" written as an answer ("Hx of ca? n/a", "Pregnancy: n/a"): not applicable, that is, no. It is read
 * as a negation only right after a question mark or a colon, where it answers the field before it.
 */
function notApplicableTriggers(tokens: readonly Token[], taken: ReadonlySet<number>): ContextTrigger[] {
  const out: ContextTrigger[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]?.norm !== 'n' || tokens[i + 1]?.norm !== '/' || tokens[i + 2]?.norm !== 'a') continue;
    const prev = tokens[i - 1]?.norm;
    if ((prev !== '?' && prev !== ':') || taken.has(i) || taken.has(i + 2)) continue;
    out.push({ category: 'negated', direction: 'forward', first: i, last: i + 2, phrase: 'n/a' });
  }
  return out;
}

/** A calendar year as written ("2009"). */
const YEAR = /^(19|20)\d\d$/;

/**
 * "in 2009", "back in 2018": an episode dated by a calendar year is a past one (historical, on both sides:
 * "broke his ankle in 2015", "in 2012, whiplash"). The engine has no clock, so the current year reads as
 * past too; "since 2019" is not a date of an episode and is left alone.
 */
function yearTriggers(tokens: readonly Token[], taken: ReadonlySet<number>): ContextTrigger[] {
  const out: ContextTrigger[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const year = tokens[i];
    if (year === undefined || !YEAR.test(year.norm) || tokens[i - 1]?.norm !== 'in') continue;
    const first = tokens[i - 2]?.norm === 'back' ? i - 2 : i - 1;
    if (taken.has(first) || taken.has(i)) continue;
    out.push({ category: 'historical', direction: 'both', first, last: i, phrase: 'in <year>' });
  }
  return out;
}

/** Finds the context triggers in the tokens (longest first, not overlapping), with dated years. */
export function findTriggers(tokens: readonly Token[]): ContextTrigger[] {
  const raw: PhraseMatch<TriggerPayload>[] = longestNonOverlapping(findPhrases(tokens, triggerIndex(), 0));
  const found = raw
    .map((m) => ({ ...m.payload, first: m.first, last: m.last }))
    .filter((t) => t.notBefore?.includes(tokens[t.last + 1]?.norm ?? '') !== true);
  const taken = new Set<number>();
  for (const t of found) for (let i = t.first; i <= t.last; i++) taken.add(i);
  return [...found, ...yearTriggers(tokens, taken), ...notApplicableTriggers(tokens, taken)].sort(
    (a, b) => a.first - b.first,
  );
}

/**
 * A pseudo-trigger that a finding starts inside is no pseudo-trigger: in "not eased when stopped" the
 * words "not eased" mean "still hurts" only when nothing follows them; here the sign "eased when
 * stopped" begins at "eased", so its leading "not" negates the sign (likewise "no better when I stop").
 */
function negationInsidePseudo(
  t: ContextTrigger,
  tokens: readonly Token[],
  findingStarts: ReadonlySet<number>,
): ContextTrigger {
  const head = tokens[t.first]?.norm ?? '';
  if (t.category !== 'pseudo' || !BARE.has(head)) return t;
  for (let i = t.first + 1; i <= t.last; i++)
    if (findingStarts.has(i))
      return { category: 'negated', direction: 'forward', first: t.first, last: t.first, phrase: head };
  return t;
}

/** The contexts covering one token, each with the trigger that set it. */
export type TokenCover = { readonly status: FindingStatus; readonly trigger: ContextTrigger }[];

/**
 * ConText scopes: for each token, the contexts that cover it. A forward trigger covers the words after
 * it, a backward one the words before it, until a terminator, sentence punctuation, a comma that does
 * not continue a list of findings, or the scope length of data/context/triggers.yaml.
 */
export function contextScopes(
  tokens: readonly Token[],
  triggers: readonly ContextTrigger[],
  findingStarts: ReadonlySet<number>,
  findingWords: ReadonlySet<number> = new Set(),
  sparedWords: ReadonlySet<number> = new Set(),
): TokenCover[] {
  const cover: TokenCover[] = tokens.map(() => []);
  // A terminator among a finding's own words ("I'm expecting") does not end a scope; one with `ends`
  // ends only those contexts.
  const terminatorAt = new Map<number, readonly ContextCategory[] | undefined>();
  for (const t of triggers)
    if (t.category === 'terminator')
      // ...but the writer turning to themselves does ("because both my legs went numb": "both" is a sign word).
      for (let i = t.first; i <= t.last; i++)
        if (t.ends !== undefined || !findingWords.has(i)) terminatorAt.set(i, t.ends);
  const ends = (i: number, status: FindingStatus): boolean => {
    if (!terminatorAt.has(i)) return false;
    const only = terminatorAt.get(i);
    return only === undefined || only.includes(status as ContextCategory);
  };
  const { forward: scopeForward, backward: scopeBackward } = CONTEXT_TRIGGERS.scope;
  // A scope that spares signs stops at a sign's words, unless the sign is its own subject, right before it
  // ("bladder control is fine"; a stroke sign so ruled out by a passing still counts, `resolved: counts`),
  // and always at a spared word: a place of pain or a sign that counts only in a rule ("the cold sweat is
  // okay now but the chest pain is still there", "sweating and chest pain is fine now" may be angina).
  const stops = (t: ContextTrigger, i: number): boolean =>
    t.stopAt?.includes(tokens[i]?.norm ?? '') === true ||
    (t.sparesSigns === true && (sparedWords.has(i) || (findingWords.has(i) && i !== t.first - 1)));
  for (const t of triggers.map((x) => negationInsidePseudo(x, tokens, findingStarts))) {
    if (t.category === 'terminator' || t.category === 'pseudo') continue;
    const status = t.category;
    const maxForward = Math.min(scopeForward, t.reach ?? scopeForward);
    const maxBackward = Math.min(scopeBackward, t.reach ?? scopeBackward);
    if (t.direction !== 'backward') {
      let words = 0;
      for (let i = t.last + 1; i < tokens.length; i++) {
        const tok = tokens[i];
        if (tok === undefined || ends(i, status) || stops(t, i)) break;
        if (tok.kind === 'punct') {
          // "Denies: fever, chills or sweats" — a colon right after the trigger opens its list.
          if (tok.norm === ':' && i === t.last + 1) continue;
          if (SENTENCE_END.has(tok.norm) || tok.norm !== ',' || !listAhead(tokens, i, !BARE.has(t.phrase)))
            break;
          let j = i + 1;
          while (tokens[j] !== undefined && LIST_WORDS.has(tokens[j]?.norm ?? '')) j++;
          if (!findingStarts.has(j)) break;
          continue;
        }
        // The scope length counts the words between findings: a long finding ("comes on when I walk and
        // eases when I rest") does not use up the scope of a list it heads ("denies A or B").
        // A trigger with its own short reach counts every word but a list word ("not that I know of any
        // slurred speech": "any" uses up none of its three).
        const counts =
          t.reach !== undefined ? !LIST_WORDS.has(tok.norm) : !findingStarts.has(i) && !findingWords.has(i);
        if (counts && ++words > maxForward) break;
        cover[i]?.push({ status, trigger: t });
      }
    }
    // A forward trigger with nothing after it in its clause answers the field before it ("Pregnancy: no").
    const next = tokens[t.last + 1];
    const endsClause = next === undefined || next.kind === 'punct';
    const answer = status === 'negated' && answersQuestion(tokens, t);
    if (t.direction !== 'forward' || endsClause || answer) {
      let words = 0;
      // "Q: Any numbness? A: No." — an answer label between the question and its answer is skipped.
      const mark = answer ? questionMark(tokens, t) : t.first - 1;
      for (let i = mark; i >= 0; i--) {
        const tok = tokens[i];
        if (tok === undefined || ends(i, status) || stops(t, i)) break;
        // "Fever: nil" — a colon joins a finding to the word that negates it.
        if (tok.kind === 'punct') {
          if (tok.norm === ':' && i === t.first - 1) continue;
          // "Numbness? None at all." — a short negative answer reaches back over its question mark.
          if (tok.norm === '?' && i === mark && answer) continue;
          // "Had a fever last month, fully recovered": a past-tense ending after a comma looks back over it.
          // Only the historical context does: a sign that still counts when past (cancer) keeps counting,
          // and a negation never reaches back over a comma ("chest pain, none of the usual triggers").
          if (tok.norm === ',' && i === t.first - 1 && status === 'historical') continue;
          break;
        }
        if (++words > maxBackward) break;
        cover[i]?.push({ status, trigger: t });
      }
    }
  }
  return cover;
}

/**
 * The status of a finding spanning tokens first..last: the most serious context covering any of its
 * tokens. A trigger inside the finding's own words does not count for it ("lost weight without
 * trying", "never had a headache like this"), though it still counts for other findings.
 */
export function statusOf(cover: readonly TokenCover[], first: number, last: number): FindingStatus {
  return contextOf(cover, first, last).status;
}

/** Like statusOf, with the trigger that set the status (none when present). */
export function contextOf(
  cover: readonly TokenCover[],
  first: number,
  last: number,
): { status: FindingStatus; trigger?: ContextTrigger } {
  for (const s of PRIORITY)
    for (let i = first; i <= last; i++) {
      const c = cover[i]?.find(
        (x) => x.status === s && !(x.trigger.first >= first && x.trigger.last <= last),
      );
      if (c !== undefined) return { status: s, trigger: c.trigger };
    }
  return { status: 'present' };
}
