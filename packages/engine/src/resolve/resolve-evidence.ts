import {
  ACTIVITIES,
  EVIDENCE_WORDS,
  MOVEMENTS,
  RED_FLAG_LEXICON,
  SYMPTOMS,
  type ActivityId,
  type MovementId,
  type RedFlagId,
  type SymptomId,
} from '@myomap/atlas';
import {
  contextOf,
  contextScopes,
  findTriggers,
  type ContextTrigger,
  type FindingStatus,
} from '../language/context.ts';
import { tokensOf, type Token } from '../language/phrase-matcher.ts';
import { readAge, readDurations, type Duration } from '../language/quantities.ts';
import { findSigns } from '../language/read-signs.ts';
import { writtenFor } from '../language/written-for.ts';
import { stem } from '../language/stem.ts';
import { singular } from './normalize-text.ts';

/** The contexts a trigger in a sign's gap can give it, most serious first (as context.ts ranks them). */
const GAP_PRIORITY = ['negated', 'other-person', 'hypothetical', 'historical'] as const;

/** What a finding in the text is: a vocabulary entry, or pain named at a red-flag rule site ("jaw aches"). */
export type FindingKind = 'movement' | 'activity' | 'symptom' | 'redFlag' | 'site';

/** One finding read from the text, with its ConText status and where it was written. */
export interface TextFinding {
  readonly kind: FindingKind;
  readonly id: string;
  readonly status: FindingStatus;
  /** The words as written (the phrase for movements, activities and symptoms; the term for red flags). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly side?: 'l' | 'r';
  /** The words that set a status other than present ("no", "her mother had"), as written. */
  readonly cue?: { readonly text: string; readonly start: number; readonly end: number };
}

/** Evidence read from free text, plus the phrases that matched nothing. */
export interface EvidenceResult {
  /** Present findings only (negated, hypothetical and other-person ones are in `findings`). */
  readonly movements: { id: MovementId; side?: 'l' | 'r' }[];
  readonly activities: ActivityId[];
  readonly symptoms: SymptomId[];
  /** Red flags present now, plus past ones whose sign counts in the past (a cancer history). */
  readonly redFlags: RedFlagId[];
  readonly unresolved: string[];
  /** Every finding with its status: present, negated, hypothetical, historical or other-person. */
  readonly findings: TextFinding[];
  /** Sites where pain is named and present ("pain in my left arm" -> arm), for the red-flag rules. */
  readonly sites: string[];
  /** The client's age when the text gives one. */
  readonly age?: number;
  readonly durations: Duration[];
}

type Entry = {
  kind: 'movement' | 'activity' | 'symptom';
  id: string;
  /** Stems that name the entry: its label, its id and everyday words for it. */
  words: ReadonlySet<string>;
  /** The content stems of its label. */
  label: ReadonlySet<string>;
  /** The content stems of each everyday way to say it (data/context/evidence-words.yaml); each counts only whole. */
  sayings: readonly (readonly string[])[];
  /** The content stems of its id. */
  idWords: readonly string[];
  /** Wordings that mean something else when present ("fell down" the stairs is no stair climbing). */
  unless: readonly (readonly string[])[];
};

/** Words that say nothing about which entry is meant: articles, pronouns, prepositions, pain words. */
const FILLER = (
  'a an the my his her their its your this that these those is are was it i me he she they have ha has had ' +
  'feel feeling felt get got some very really quite bit little lot of in on at over into to from by for under ' +
  'near up down through across along toward towards side sided region area part spot zone and plus also with ' +
  'or then pain painful ache aching achy hurt hurting sore soreness tender tenderness discomfort sharp dull ' +
  'deep throbbing stabbing shooting radiating constant intermittent mild moderate severe sometime sometimes ' +
  'often worse all most every day days hour hours week weeks time times lot after before'
).split(' ');

const STOP = new Set([
  ...FILLER.map(singular),
  'can',
  'cant',
  'cannot',
  'not',
  'no',
  'when',
  'while',
  'during',
  'limited',
  'restricted',
  'painful',
  'reduced',
  'loss',
  'difficulty',
  'trouble',
  'hard',
]);

/** Particles that can change what a verb means ("get up", "look down", "fell down"). */
const PARTICLES = new Set(['up', 'down', 'over', 'back', 'out', 'off', 'round']);

let phrasal: ReadonlySet<string> | undefined;
/** The verb-particle pairs of data/context/evidence-words.yaml, as "verb-stem particle". */
function phrasalPairs(): ReadonlySet<string> {
  phrasal ??= new Set(
    EVIDENCE_WORDS.phrasal.map((p) => {
      const [verb = '', particle = ''] = p.split(' ');
      return `${stem(verb)} ${particle}`;
    }),
  );
  return phrasal;
}

/** Whether a word and the next one are a listed verb and its particle. */
const isPhrasal = (word: string | undefined, next: string | undefined): boolean =>
  word !== undefined &&
  next !== undefined &&
  PARTICLES.has(next) &&
  phrasalPairs().has(`${stem(word)} ${next}`);

/**
 * Content stems of some words: fillers, pain words and numbers dropped, the rest stemmed; a listed verb
 * and its particle become one word ("gets up" -> "get_up"), so "look up" and "look down" stay apart.
 */
function content(norms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i] ?? '';
    const next = norms[i + 1];
    if (isPhrasal(w, next)) {
      out.push(`${stem(w)}_${next ?? ''}`);
      i++;
    } else if (!STOP.has(w) && !STOP.has(singular(w)) && !/^\d/.test(w)) out.push(stem(w));
  }
  return out;
}

function contentWords(text: string): string[] {
  return content(
    tokensOf(text.replace(/[._-]/g, ' '))
      .filter((t) => t.kind === 'word')
      .map((t) => t.norm),
  );
}

/** Everyday words for the joints and motions in movement ids, so "turning the neck" finds cervical.rotation. */
const MOVEMENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  cervical: ['neck', 'head'],
  thoracic: ['upper', 'back', 'mid'],
  trunk: ['back', 'waist', 'low', 'lower'],
  scapula: ['shoulder', 'blade'],
  shoulder: ['arm'],
  jaw: ['mouth'],
  rotation: ['turn', 'turning', 'twist', 'twisting', 'rotate', 'rotating'],
  lateral_flexion: ['tilt', 'tilting', 'side', 'bend', 'bending', 'sidebending'],
  flexion: ['bend', 'bending', 'forward', 'flex'],
  extension: ['straighten', 'straightening', 'backward', 'extend', 'look', 'up'],
  abduction: ['raise', 'raising', 'lift', 'lifting', 'sideways', 'out'],
  internal_rotation: ['behind', 'reach', 'reaching'],
  external_rotation: ['comb', 'combing', 'hair', 'outward'],
  opening: ['open', 'yawn', 'yawning'],
  elevation: ['shrug', 'shrugging'],
};

function movementWords(id: string): string[] {
  const [joint = '', motion = ''] = id.split('.');
  return [...(MOVEMENT_WORDS[joint] ?? []), ...(MOVEMENT_WORDS[motion] ?? [])].map(singular);
}

function entry(kind: Entry['kind'], id: string, label: string, extra: readonly string[] = []): Entry {
  const labelWords = new Set(contentWords(label));
  return {
    kind,
    id,
    words: new Set([...labelWords, ...contentWords(id), ...content([...extra])]),
    label: labelWords,
    // A saying left with nothing but a body place ("on my feet" is "foot") would find the entry in
    // every mention of that place ("pins and needles in my feet"), so it is not kept.
    sayings: (EVIDENCE_WORDS.words[id] ?? [])
      .map((l) => [...new Set(contentWords(l))])
      .filter((l) => l.length > 0 && !l.every((w) => PLACES.has(w))),
    idWords: contentWords(id),
    unless: (EVIDENCE_WORDS.unless[id] ?? []).map((l) => contentWords(l)).filter((l) => l.length > 0),
  };
}

let entries: Entry[] | undefined;
let byWord: Map<string, Entry[]> | undefined;
function vocabulary(): Entry[] {
  entries ??= [
    ...Object.entries(MOVEMENTS).map(([id, label]) => entry('movement', id, label, movementWords(id))),
    ...Object.entries(ACTIVITIES).map(([id, label]) => entry('activity', id, label)),
    ...Object.entries(SYMPTOMS).map(([id, label]) => entry('symptom', id, label)),
  ];
  return entries;
}

/** The entries that have a word (in their label, id, extra words or sayings), built once. */
function entriesWith(word: string): readonly Entry[] {
  if (byWord === undefined) {
    const index = new Map<string, Entry[]>();
    for (const e of vocabulary())
      for (const w of new Set([...e.words, ...e.sayings.flat()])) {
        const list = index.get(w) ?? [];
        list.push(e);
        index.set(w, list);
      }
    byWord = index;
  }
  return byWord.get(word) ?? [];
}

/** Best-scoring entry: 0.6 × share of the phrase's words it names + 0.4 × share of its label (or of an everyday wording) present. */
function best(words: readonly string[]): { e: Entry; score: number } | undefined {
  let top: { e: Entry; score: number } | undefined;
  const set = new Set(words);
  const uniq = [...set];
  const candidates = new Set<Entry>();
  for (const w of uniq) for (const e of entriesWith(w)) candidates.add(e);
  // In vocabulary order, so ties go to the earlier entry as before.
  for (const e of vocabulary().filter((x) => candidates.has(x))) {
    if (e.unless.some((l) => l.every((w) => set.has(w)))) continue;
    // An everyday way of saying the entry counts only when all its words are there ("over my shoulder").
    const said = e.sayings.filter((l) => l.every((w) => set.has(w)));
    let hit = 0;
    for (const w of uniq) if (e.words.has(w) || said.some((l) => l.includes(w))) hit++;
    if (hit === 0) continue;
    let inLabel = 0;
    for (const w of uniq) if (e.label.has(w)) inLabel++;
    const covered = said.length > 0 ? 1 : inLabel / Math.max(1, e.label.size);
    // Naming the entry by its id ("heartburn", "texting") counts for more than sharing a word with its label.
    const byId = e.idWords.length > 0 && e.idWords.every((w) => set.has(w)) ? 0.1 : 0;
    const score = (0.6 * hit) / uniq.length + 0.4 * covered + byId;
    if (top === undefined || score > top.score) top = { e, score };
  }
  return top !== undefined && top.score >= 0.6 - 1e-9 ? top : undefined;
}

/**
 * Other entries said outright in the same phrase ("knee gives way on the stairs": buckling and stairs): an
 * everyday wording of another entry whose words are all present and none of them named the best entry.
 */
function alsoSaid(words: readonly string[], top: Entry): Entry[] {
  const set = new Set(words);
  const used = new Set([...top.words, ...top.sayings.filter((l) => l.every((w) => set.has(w))).flat()]);
  const out: Entry[] = [];
  for (const w of set)
    for (const e of entriesWith(w))
      if (
        e !== top &&
        !out.includes(e) &&
        !e.unless.some((l) => l.every((x) => set.has(x))) &&
        e.sayings.some((l) => l.every((x) => set.has(x) && !used.has(x)))
      )
        out.push(e);
  return out;
}

let pairs: ReadonlySet<string> | undefined;
/** Whether the "and"/"or" at token i joins a fixed pair of data/context/evidence-words.yaml ("pins and needles"). */
function inPair(tokens: readonly Token[], i: number): boolean {
  pairs ??= new Set(EVIDENCE_WORDS.pairs);
  return pairs.has(`${tokens[i - 1]?.norm ?? ''} ${tokens[i]?.norm ?? ''} ${tokens[i + 1]?.norm ?? ''}`);
}

const CLAUSE_END = new Set([',', ';', '.', '\n', '!', '?', ':']);
const AND = new Set(['and', 'plus', '&', 'or']);
/** Places: tried without them when a phrase names nothing ('tingling in the left hand'). */
const PLACES = new Set(
  'hand hands foot feet finger fingers toe toes arm arms leg legs shoulder shoulders hip hips knee knees neck back head face jaw chest calf wrist ankle elbow thumb'
    .split(' ')
    .map(singular)
    .map((w) => stem(w)),
);

/** Splits tokens into clauses (at , ; . and line ends), each a list of token index ranges [first, last]. */
function clauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let first = -1;
  tokens.forEach((t, i) => {
    if (t.kind === 'punct' && CLAUSE_END.has(t.norm)) {
      if (first >= 0) out.push([first, i - 1]);
      first = -1;
    } else if (first < 0) first = i;
  });
  if (first >= 0) out.push([first, tokens.length - 1]);
  return out;
}

/**
 * Reads assessment evidence from free text ("restricted neck rotation to the left; chews gum; no fever")
 * with ConText (NegEx negation, hypothetical, historical, experiencer; data/context/triggers.yaml).
 * Movements, activities and symptoms come phrase by phrase from the controlled vocabularies; red flags
 * from the red-flag lexicon (data/red-flags/signs.yaml). Only present findings fill the id lists;
 * every finding, with its status, is in `findings`. Ages and durations are read too.
 */
export function resolveEvidence(text: string): EvidenceResult {
  const tokens = tokensOf(text);
  const signs = findSigns(tokens);
  // A form filled in for a relative who is the client: their signs are the client's.
  const places = signs.filter((s) => s.kind === 'site').map((s) => Math.min(...s.core));
  const clients = writtenFor(tokens, places);
  const triggers = findTriggers(tokens).filter(
    (t) => !(t.category === 'other-person' && clients?.has(t.phrase) === true),
  );
  const triggerToken = new Set<number>();
  const terminatorToken = new Set<number>();
  for (const t of triggers) {
    // A terminator that ends only another person's context ("my", "I") is an ordinary word of its phrase.
    if (t.category === 'terminator' && t.ends !== undefined) continue;
    for (let i = t.first; i <= t.last; i++) {
      triggerToken.add(i);
      if (t.category === 'terminator') terminatorToken.add(i);
    }
  }
  const signToken = new Set<number>();
  for (const s of signs) for (const i of s.core) signToken.add(i);
  const durations = readDurations(tokens, text);
  const durationToken = new Set<number>();
  for (const t of tokens)
    if (durations.some((d) => t.start >= d.start && t.end <= d.end)) durationToken.add(t.index);

  type Pending = Omit<TextFinding, 'status'> & {
    first: number;
    last: number;
    core?: readonly number[];
    companions?: ReadonlySet<string>;
    /** The onset word that lets a guarded sign count alone, judged in its own context. */
    onset?: number;
  };
  const pending: Pending[] = [];
  const unresolved: string[] = [];
  const span = (first: number, last: number): { text: string; start: number; end: number } => {
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    return { text: text.slice(start, end), start, end };
  };
  const wordsIn = (first: number, last: number): { words: string[]; firstWord: number; lastWord: number } => {
    const norms: string[] = [];
    let firstWord = -1;
    let lastWord = -1;
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      if (t === undefined || t.kind !== 'word' || triggerToken.has(i) || durationToken.has(i)) continue;
      if (t.norm === 'left' || t.norm === 'right') continue;
      const joined = isPhrasal(t.norm, tokens[i + 1]?.norm) || isPhrasal(tokens[i - 1]?.norm, t.norm);
      if (!joined && content([t.norm]).length === 0) continue;
      norms.push(t.norm);
      if (firstWord < 0) firstWord = i;
      lastWord = i;
    }
    return { words: content(norms), firstWord, lastWord };
  };

  for (const [cFirst, cLast] of clauses(tokens)) {
    const whole = wordsIn(cFirst, cLast);
    const wholeMatch = whole.words.length === 0 ? undefined : best(whole.words);
    const parts: [number, number][] = [];
    // A whole clause that names one entry with every word wins ("phone between ear and shoulder").
    const namesAll =
      wholeMatch !== undefined &&
      wholeMatch.score >= 0.75 &&
      whole.words.every((w) => wholeMatch.e.words.has(w));
    if (namesAll) parts.push([cFirst, cLast]);
    else {
      let first = cFirst;
      for (let i = cFirst; i <= cLast; i++)
        if ((AND.has(tokens[i]?.norm ?? '') && !inPair(tokens, i)) || terminatorToken.has(i)) {
          if (i > first) parts.push([first, i - 1]);
          first = i + 1;
        }
      if (first <= cLast) parts.push([first, cLast]);
    }
    for (const [first, last] of parts) {
      const { words, firstWord, lastWord } = wordsIn(first, last);
      if (words.length === 0) continue;
      const match = best(words) ?? best(words.filter((w) => !PLACES.has(w)));
      let anyCovered = false;
      let allCovered = true;
      for (let i = firstWord; i <= lastWord; i++) {
        const n = tokens[i]?.norm;
        if (tokens[i]?.kind !== 'word' || triggerToken.has(i) || durationToken.has(i)) continue;
        if (n === 'left' || n === 'right') continue;
        if (signToken.has(i)) anyCovered = true;
        else if (content([tokens[i]?.norm ?? '']).length > 0) allCovered = false;
      }
      if (match === undefined) {
        if (!anyCovered) unresolved.push(span(firstWord, lastWord).text);
        continue;
      }
      // Words a red-flag term or a pain-site mention already read ("chest pain", "night pain") add no
      // evidence unless they name a symptom outright ("short of breath").
      if (anyCovered && allCovered && (match.e.kind !== 'symptom' || match.score < 0.5)) continue;
      let side: 'l' | 'r' | undefined;
      for (let i = first; i <= last && side === undefined; i++) {
        const n = tokens[i]?.norm;
        if (n === 'left') side = 'l';
        else if (n === 'right') side = 'r';
      }
      // The finding sits on the words that named it, so a context covering the rest of the phrase does not leak in.
      const named: number[] = [];
      for (let i = firstWord; i <= lastWord; i++) {
        const t = tokens[i];
        if (t?.kind === 'word' && !triggerToken.has(i) && content([t.norm]).some((w) => match.e.words.has(w)))
          named.push(i);
      }
      const nFirst = named[0] ?? firstWord;
      const nLast = named[named.length - 1] ?? lastWord;
      pending.push({
        kind: match.e.kind,
        id: match.e.id,
        first: nFirst,
        last: nLast,
        ...span(firstWord, lastWord),
        ...(side === undefined ? {} : { side }),
      });
      for (const e of alsoSaid(words, match.e)) {
        const at: number[] = [];
        for (let i = firstWord; i <= lastWord; i++) {
          const t = tokens[i];
          if (
            t?.kind === 'word' &&
            !triggerToken.has(i) &&
            content([t.norm]).some((w) => e.sayings.some((l) => l.includes(w)))
          )
            at.push(i);
        }
        const aFirst = at[0] ?? firstWord;
        const aLast = at[at.length - 1] ?? lastWord;
        pending.push({ kind: e.kind, id: e.id, first: aFirst, last: aLast, ...span(aFirst, aLast) });
      }
    }
  }
  for (const s of signs)
    pending.push({
      kind: s.kind,
      id: s.id,
      first: s.first,
      last: s.last,
      core: s.core,
      ...(s.companions === undefined ? {} : { companions: s.companions }),
      ...(s.kind === 'redFlag' && s.onset !== undefined ? { onset: s.onset } : {}),
      ...span(s.first, s.last),
    });

  const starts = new Set(pending.map((p) => p.first));
  // Words a said-to-be-all-right scope never covers: places of pain, and signs that count only in a rule.
  const sparedToken = new Set<number>();
  for (const s of signs)
    if (s.kind === 'site' || RED_FLAG_LEXICON.signs[s.id]?.alone === 'none')
      for (const i of s.core) sparedToken.add(i);
  const cover = contextScopes(tokens, triggers, starts, signToken, sparedToken);
  const result: EvidenceResult = {
    movements: [],
    activities: [],
    symptoms: [],
    redFlags: [],
    unresolved,
    findings: [],
    sites: [],
    durations,
  };
  const age = readAge(tokens);
  const out = age === undefined ? result : { ...result, age };
  pending.sort((a, b) => a.start - b.start);
  // A guarded sign that leaned on a companion ("arm went dead" with a drooping face) counts only when the
  // companion itself is present, not denied or hypothetical: judged once every status is known.
  const deferred: { finding: TextFinding; companions: ReadonlySet<string> }[] = [];
  /** Passing words ("gone now") that a sign which still counts after it passed stood under. */
  const passedSignCues = new Set<ContextTrigger>();
  /** Places under passing words: they count when a sign under the same words does. */
  const passedSites: { id: string; trigger: ContextTrigger }[] = [];
  for (const { first, last, core, companions, onset, ...f } of pending) {
    const context = contextOf(cover, first, last);
    // "calf isn't swollen": a negation in the gap between a sign's own words negates it (a trigger that is
    // one of its own words does not: "lost weight without trying"). Any other context counts there only
    // when it opens a clause after a comma the sign's words stepped over ("tight calves, return if hot and
    // swollen"): "chest gets tight if I walk uphill" keeps its "if" as the provoking movement.
    const inGap = (t: ContextTrigger): boolean =>
      core !== undefined &&
      t.first > first &&
      t.last <= last &&
      // a trigger that starts on one of the sign's own words is part of it; one that only ends on a word
      // of the term is not: "of" in "family history of" ("swelling of the calf"), or the last word, as
      // "ruled out" in "knocked off - ruled out" is no "knocked ... out"
      !core.includes(t.first) &&
      (t.category === 'negated' ||
        tokens.slice(first, t.first).some((k) => k.kind === 'punct' && !core.includes(k.index)));
    const gapContext = GAP_PRIORITY.map((c) => triggers.find((t) => t.category === c && inGap(t))).find(
      (t) => t !== undefined,
    );
    const { status, trigger } =
      context.status === 'present' && gapContext !== undefined
        ? { status: gapContext.category as FindingStatus, trigger: gapContext }
        : context;
    const finding: TextFinding =
      trigger === undefined ? { ...f, status } : { ...f, status, cue: span(trigger.first, trigger.last) };
    // "can't hold my cup, came on suddenly" counts alone; "..., return if it comes on suddenly" does not: an
    // onset word said only as a possibility or denied leaves the guarded sign needing a companion sign.
    // An onset said to have passed ("suddenly, it is okay now") was still said: a warning stroke.
    const onsetContext = onset === undefined ? undefined : contextOf(cover, onset, onset);
    const onsetSaid =
      onsetContext !== undefined &&
      (onsetContext.status === 'present' || onsetContext.trigger?.resolution === true);
    if (companions !== undefined && !onsetSaid) {
      deferred.push({ finding, companions });
      continue;
    }
    out.findings.push(finding);
    const passedEpisode = (status === 'negated' || status === 'historical') && trigger?.resolution === true;
    // "my face drooped for ten minutes, gone now": a stroke sign that came and went is still the sign.
    const passedSign =
      passedEpisode && f.kind === 'redFlag' && RED_FLAG_LEXICON.signs[f.id]?.resolved === 'counts';
    if (passedSign) passedSignCues.add(trigger);
    if (passedEpisode && f.kind === 'site') passedSites.push({ id: f.id, trigger });
    const counts =
      status === 'present' ||
      passedSign ||
      (status === 'historical' &&
        f.kind === 'redFlag' &&
        RED_FLAG_LEXICON.signs[f.id]?.history === 'counts') ||
      (status === 'historical' && f.kind !== 'redFlag' && EVIDENCE_WORDS.historyCounts.includes(f.id));
    if (!counts) continue;
    if (f.kind === 'movement') {
      const id = f.id as MovementId;
      if (!out.movements.some((m) => m.id === id))
        out.movements.push(f.side === undefined ? { id } : { id, side: f.side });
    } else if (f.kind === 'activity') {
      if (!out.activities.includes(f.id as ActivityId)) out.activities.push(f.id as ActivityId);
    } else if (f.kind === 'symptom') {
      if (!out.symptoms.includes(f.id as SymptomId)) out.symptoms.push(f.id as SymptomId);
    } else if (f.kind === 'redFlag') {
      if (!out.redFlags.includes(f.id as RedFlagId)) out.redFlags.push(f.id as RedFlagId);
    } else if (!out.sites.includes(f.id)) out.sites.push(f.id);
  }
  // "crushing pain in my chest at lunch, gone now": where a passed episode still counts, so does the place
  // the same passing words cover, so the episode's rule can find its site.
  for (const { id, trigger } of passedSites)
    if (passedSignCues.has(trigger) && !out.sites.includes(id)) out.sites.push(id);
  for (const { finding, companions } of deferred) {
    const backed = out.findings.some(
      (x) => x.kind === 'redFlag' && x.status === 'present' && companions.has(x.id),
    );
    if (!backed) continue;
    out.findings.push(finding);
    const id = finding.id as RedFlagId;
    if (finding.status === 'present' && !out.redFlags.includes(id)) out.redFlags.push(id);
  }
  out.findings.sort((a, b) => a.start - b.start);
  return out;
}
