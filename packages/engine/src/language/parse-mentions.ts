import type { Meaning } from './lexicon-index.ts';
import { lexiconIndex } from './lexicon-index.ts';
import { LEXICON } from '@myomap/atlas/language';
import { headPart, type Head } from './place-regions.ts';
import type { Tagged } from './tag-words.ts';
import { ORDINALS } from './words.ts';
import { LEVEL } from './series.ts';

/** A side as written: left, right, both or midline. */
export type SideWord = 'l' | 'r' | 'both' | 'midline';

/** One place named in the text before it is placed on regions. */
export interface Mention {
  /** Tagged-token indexes [from, to) and character offsets covered. */
  from: number;
  to: number;
  start: number;
  end: number;
  head: Head;
  /** The head's words as matched. */
  headTerm: string;
  dirs: string[];
  rel: string | undefined;
  side: SideWord | undefined;
  /** True when the side came after the place ("temple on the left"): it may also reach places before it. */
  sideAfter: boolean;
  negated: boolean;
  /** Named in an activity ("when I lift my ARM"): shown, not painted. */
  activity: boolean;
  whole: boolean;
  /** "heel of the hand": the first part, read as a facet of the second. */
  ofFacet: string | undefined;
  /** Index in the mention list of the start of a range ("from the hip down to the knee"). */
  rangeFrom: number | undefined;
  sentence: number;
  /** "both sides of my jaw": its side halves named with "side of" (a part marked `halves`), no midline. */
  halves?: true;
}

/** A side word with no place in its clause: it carries to places in the same sentence. */
export interface LooseSide {
  readonly side: SideWord;
  readonly order: number;
  readonly sentence: number;
}

/** Mentions, loose sides, unresolved spans, and what happened to every token. */
export interface ParseResult {
  readonly mentions: readonly Mention[];
  readonly looseSides: readonly LooseSide[];
  /** Unresolved spans as [start, end) character offsets. */
  readonly unresolved: readonly (readonly [number, number])[];
  readonly foreign: readonly (readonly [number, number])[];
  readonly emphasis: readonly number[];
  /** Per tagged token: how it ended. */
  readonly fate: readonly ('mention' | 'filler' | 'unresolved')[];
}

const SENTENCE_END = new Set(['.', ';', '\n', '!', '?']);
const has = (t: Tagged | undefined, kind: Meaning['t']): boolean =>
  t?.meanings.some((m) => m.t === kind) ?? false;
const only = (t: Tagged, kinds: readonly Meaning['t'][]): boolean =>
  t.meanings.length > 0 && t.meanings.every((m) => kinds.includes(m.t));
const headOf = (t: Tagged, near?: ReadonlySet<string>): Head | undefined => {
  // A sense that needs its part nearby ("cheek" of the buttock) wins when that part is named, unless a part
  // holding the plain sense is named too ("my cheek, the face one, not my bum").
  const plainHeld = t.meanings.some(
    (m) =>
      m.t === 'part' &&
      m.whenNear === undefined &&
      [m.part, ...(LEXICON.facets.parts[m.part]?.within ?? [])].some((p) => near?.has(p) === true),
  );
  for (const m of t.meanings)
    if (m.t === 'part' && m.whenNear !== undefined && near?.has(m.whenNear) === true && !plainHeld)
      return { kind: 'part', part: m.part, facets: m.facets };
  for (const m of t.meanings) {
    if (m.t === 'part' && m.whenNear !== undefined) continue;
    if (m.t === 'part') return { kind: 'part', part: m.part, facets: m.facets };
    if (m.t === 'region') return { kind: 'region', kinds: m.kinds, broad: m.broad };
  }
  return undefined;
};

/** The parts named by plain senses of the words after token `k`, up to the end of its sentence. */
function partsAhead(tagged: readonly Tagged[], k: number): string[] {
  const parts: string[] = [];
  for (let j = k + 1; j < tagged.length; j++) {
    const t = tagged[j] as Tagged;
    if (only(t, ['join']) && SENTENCE_END.has(t.term)) break;
    for (const m of t.meanings) if (m.t === 'part' && m.whenNear === undefined) parts.push(m.part);
  }
  return parts;
}

/** The next token that says something (skipping determiners, fillers other than "of", and sides). */
function nextContent(tagged: readonly Tagged[], k: number): Tagged | undefined {
  for (let j = k + 1; j < tagged.length; j++) {
    const t = tagged[j] as Tagged;
    if (t.term === 'of') return t;
    if (t.kind === 'number' || only(t, ['det', 'filler', 'side'])) continue;
    return t;
  }
  return undefined;
}

/** The list without its last `word` ("side" asked once, read as a half). */
function dropOne(list: readonly string[], word: string): string[] {
  const at = list.lastIndexOf(word);
  return at < 0 ? [...list] : [...list.slice(0, at), ...list.slice(at + 1)];
}

/**
 * Parses tagged tokens into mentions: `[neg] [side] direction* [relation] part [side]`, "X of Y",
 * "from A (down) to B", lists joined by "and", "or" and commas; a side with no place carries within
 * its sentence, negation lasts to the end of its clause (through "or"), every token gets a fate.
 */
export function parseMentions(tagged: readonly Tagged[]): ParseResult {
  const { emphasisAfterRight, muscleParts, painWords, sources } = lexiconIndex();
  const mentions: Mention[] = [];
  const looseSides: LooseSide[] = [];
  const unresolved: [number, number][] = [];
  const foreign: [number, number][] = [];
  const emphasis: number[] = [];
  const fate: ('mention' | 'filler' | 'unresolved')[] = tagged.map(() => 'filler');
  let sentence = 0;
  let negated = false;
  let activity = false;
  /** The negation word, so the first place it negates shows it: "no pain in the knee". */
  let negFrom: number | undefined;
  let clauseStart = mentions.length;
  let pending = {
    side: undefined as SideWord | undefined,
    dirs: [] as string[],
    dirTokens: [] as number[],
    rel: undefined as string | undefined,
    whole: false,
    from: -1,
    sideAt: -1,
    oneAt: -1,
    /** "left side of": the side word asked for the side of the part (a half on a trunk part). */
    sideOf: false,
  };
  let rangeFrom: number | undefined;
  /** The place a directions-only clause was given to, and its directions before ("front teeth, top"). */
  let dirTarget: { m: Mention; base: string[] } | undefined;
  let lastOf = -1;
  let unknownRun: [number, number] | undefined;
  const resetPending = (): void => {
    pending = {
      side: undefined,
      dirs: [],
      dirTokens: [],
      rel: undefined,
      whole: false,
      from: -1,
      sideAt: -1,
      oneAt: -1,
      sideOf: false,
    };
  };
  const flushUnknown = (): void => {
    if (unknownRun !== undefined) unresolved.push(unknownRun);
    unknownRun = undefined;
  };
  const closeClause = (): void => {
    flushUnknown();
    const inClause = mentions.slice(clauseStart);
    const before = mentions[mentions.length - 1];
    // "shoulder blade, inner edge": directions alone in a clause belong to the place just before.
    const last = inClause[inClause.length - 1] ?? (before?.sentence === sentence ? before : undefined);
    if (pending.side !== undefined) {
      const open = inClause.filter((m) => m.side === undefined);
      if (open.length > 0)
        for (const m of open) {
          m.side = pending.side;
          m.sideAfter = true;
        }
      else if (inClause.length === 0)
        looseSides.push({ side: pending.side, order: mentions.length, sentence });
    }
    // "not the left shoulder, the right one": a side with "one" repeats the place just named.
    if (inClause.length === 0 && pending.side !== undefined && pending.oneAt >= 0 && before !== undefined) {
      const one = tagged[pending.oneAt] as Tagged;
      const side = tagged[pending.sideAt] as Tagged;
      looseSides.pop();
      if (before.side === undefined && before.sentence === sentence && before.negated === negated) {
        // "my knee's inner side, the right one": the place had no side yet, so this names it.
        before.side = pending.side;
        before.sideAfter = true;
        before.end = Math.max(before.end, one.end, side.end);
        fate[pending.oneAt] = 'mention';
        fate[pending.sideAt] = 'mention';
        resetPending();
        rangeFrom = undefined;
        clauseStart = mentions.length;
        return;
      }
      mentions.push({
        ...before,
        dirs: [...before.dirs],
        from: Math.min(pending.oneAt, pending.sideAt),
        to: Math.max(pending.oneAt, pending.sideAt) + 1,
        start: Math.min(one.start, side.start),
        end: Math.max(one.end, side.end),
        side: pending.side,
        negated,
        rangeFrom: undefined,
        sentence,
      });
      fate[pending.oneAt] = 'mention';
      fate[pending.sideAt] = 'mention';
    }
    // "med border scapula, T3-6 level": a trailing "level" makes the place just named a height marker.
    const lastHere = inClause[inClause.length - 1];
    if (pending.rel === 'level' && lastHere !== undefined && lastHere.rel === undefined)
      lastHere.rel = 'level';
    if (pending.dirs.length > 0) {
      const first = tagged[pending.dirTokens[0] ?? -1];
      const end = tagged[pending.dirTokens[pending.dirTokens.length - 1] ?? -1];
      const joined = COORDINATORS.has(prevContent(tagged, pending.dirTokens[0] ?? 0)?.term ?? '');
      if (inClause.length === 0 && last !== undefined && negated && !last.negated && first && end) {
        // "R ant. shoulder, not lateral", "TTP over the lat epicondyle, not medial": a direction cleared
        // after a place names that side of it, cleared; the place keeps its own directions.
        mentions.push({
          ...last,
          dirs: [...last.dirs, ...pending.dirs],
          from: pending.dirTokens[0] ?? last.from,
          to: (pending.dirTokens[pending.dirTokens.length - 1] ?? last.to) + 1,
          start: first.start,
          end: end.end,
          negated: true,
          rangeFrom: undefined,
        });
        for (const k of pending.dirTokens) fate[k] = 'mention';
      } else if (
        inClause.length === 0 &&
        last !== undefined &&
        dirTarget?.m === last &&
        joined &&
        first &&
        end
      ) {
        // "front teeth, top and bottom": a second directions-only clause names the place again, not more of it.
        mentions.push({
          ...last,
          dirs: [...dirTarget.base, ...pending.dirs],
          from: pending.dirTokens[0] ?? last.from,
          to: (pending.dirTokens[pending.dirTokens.length - 1] ?? last.to) + 1,
          start: first.start,
          end: end.end,
          rangeFrom: undefined,
        });
        for (const k of pending.dirTokens) fate[k] = 'mention';
      } else if (last !== undefined) {
        if (inClause.length === 0) dirTarget = { m: last, base: [...last.dirs] };
        last.dirs.push(...pending.dirs);
        for (const k of pending.dirTokens) {
          fate[k] = 'mention';
          const t = tagged[k] as Tagged;
          last.end = Math.max(last.end, t.end);
          last.start = Math.min(last.start, t.start);
          // Trailing directions ("heel ... at the back") belong to the place's span of tokens too.
          if (k >= last.to) last.to = k + 1;
        }
      } else
        for (const k of pending.dirTokens) {
          fate[k] = 'unresolved';
          const t = tagged[k] as Tagged;
          unresolved.push([t.start, t.end]);
        }
    }
    resetPending();
    rangeFrom = undefined;
    clauseStart = mentions.length;
  };

  tagged.forEach((t, k) => {
    if (t.kind === 'foreign') {
      fate[k] = 'unresolved';
      foreign.push([t.start, t.end]);
      return;
    }
    if (t.kind === 'unknown') {
      fate[k] = 'unresolved';
      unknownRun = unknownRun === undefined ? [t.start, t.end] : [unknownRun[0], t.end];
      return;
    }
    flushUnknown();
    if (t.term === 'of') lastOf = k;
    // The parts named in this sentence, only for a word with a sense that needs one ("cheek" of the bum).
    // ... or named later in the same sentence ("along the bra line, left of my spine").
    const near = t.meanings.some((m) => m.t === 'part' && m.whenNear !== undefined)
      ? new Set([
          ...mentions.filter((m) => m.sentence === sentence).map((m) => headPart(m.head) ?? ''),
          ...partsAhead(tagged, k),
        ])
      : undefined;
    const head = headOf(t, near);
    const next = nextContent(tagged, k);
    // "back", "bottom", "heel": a direction when "of" or a place follows, else the part itself.
    // "... hip bone at the back": after "at/on/to the" with no place following, a trailing direction.
    // "back is sore down low just above my belt": a direction with a relation after it is the place's
    // before (the relation's place its landmark), also when the word could name a part.
    const trailing =
      (mentions.length > clauseStart &&
        TRAILING_AFTER.has(prevContent(tagged, k)?.term ?? '') &&
        !nextHeadInClause(tagged, k)) ||
      (mentions.length > clauseStart &&
        mentions[mentions.length - 1]?.sentence === sentence &&
        only(tagged[k + 1] ?? t, ['rel'])) ||
      ownedBy(tagged, k, mentions[mentions.length - 1]);
    // "L hip, lat": an anatomical direction alone after a place and a comma is charted on that place,
    // not the muscle its word also names (the latissimus).
    const charted =
      mentions[mentions.length - 1]?.sentence === sentence &&
      prevContent(tagged, k)?.term === ',' &&
      mentions[mentions.length - 1]?.to === k - 1 &&
      !nextHeadInClause(tagged, k) &&
      t.meanings.some((x) => x.t === 'dir' && x.dirs.every((d) => CHARTED_DIRECTIONS.has(d)));
    // "bottom front teeth", "front inside of my thigh": other direction words may come between.
    let ahead = next;
    for (let j = k + 1; ahead !== undefined && only(ahead, ['dir']) && j < tagged.length; j++)
      if (tagged[j] === ahead) ahead = nextContent(tagged, j);
    // "top and bottom" after a place: a direction coordinated with the directions just given to it.
    const coordinated =
      dirTarget !== undefined &&
      COORDINATORS.has(prevContent(tagged, k)?.term ?? '') &&
      !nextHeadInClause(tagged, k);
    // "ribcage at the front, bottom right", "wisdom teeth bottom left": a direction-or-part word with a
    // side straight after and no place to follow is a corner of the place before, not the buttock.
    const corner =
      mentions[mentions.length - 1]?.sentence === sentence &&
      has(tagged[k + 1], 'side') &&
      !COORDINATORS.has(prevContent(tagged, k)?.term ?? '') &&
      !nextHeadInClause(tagged, k);
    // "front teeth, the bottom ones", "rib cage at the front, at the bottom": a direction-or-part word
    // after a place in its sentence, not "my ...", with no place to follow, is a direction of that place.
    const afterPlace =
      head !== undefined && has(t, 'dir') && directionAfterPlace(tagged, k, mentions, sentence);
    const asDirection =
      has(t, 'dir') &&
      (head === undefined ||
        trailing ||
        corner ||
        afterPlace ||
        coordinated ||
        charted ||
        ahead?.term === 'of' ||
        (headOf(ahead ?? t) !== undefined && ahead !== undefined && !fillerBetween(tagged, k, ahead)));
    if (
      has(t, 'side') &&
      t.term === 'right' &&
      emphasisAfterRight.has(tagged[k + 1]?.term.split(' ')[0] ?? '') &&
      // "the teeth on the bottom right at the back": after a direction said with "the", a corner's side.
      !(
        k > 0 &&
        theDirection(tagged, k - 1) &&
        mentions[mentions.length - 1]?.headTerm !== tagged[k - 1]?.term
      ) &&
      // "right between my shoulder blades": a place named with a relation word first is emphasised too.
      (headOf(tagged[k + 1] ?? t) === undefined ||
        RELATION_LED.has(tagged[k + 1]?.term.split(' ')[0] ?? '')) &&
      tagged[k + 2]?.term !== 'of'
    ) {
      // "right in the middle of my back" (emphasis), but "right inside of the knee" (a side).
      emphasis.push(k);
      return;
    }
    // "my back pocket", "the top drawer": a place-or-direction word between a determiner and an unknown
    // word describes that thing, not the body; both are reported unresolved.
    if (has(t, 'dir') && tagged[k + 1]?.kind === 'unknown' && only(tagged[k - 1] ?? t, ['det', 'filler'])) {
      fate[k] = 'unresolved';
      unknownRun = [t.start, t.end];
      return;
    }
    if (head !== undefined && !asDirection && muscleParts.has(t.term)) {
      // "biceps belly", "R hamstring, mid belly": the belly of the muscle just named.
      const prev = mentions[mentions.length - 1];
      // The muscle's own side written after it ("rec fem L, mid-belly") stands between them.
      const gap = (prev === undefined ? [] : tagged.slice(prev.to, k)).filter(
        (x) => !(prev?.sideAfter === true && only(x, ['side'])),
      );
      const adjacent = gap.every((x) => only(x, ['det', 'filler']));
      const shorthand = gap.some((x) => x.term === ',') && gap.some((x) => only(x, ['dir']));
      // "masseter sup. belly", "digastric post belly": a direction naming which belly of the muscle.
      const whichBelly = gap.length <= 2 && gap.length > 0 && gap.every((x) => only(x, ['dir']));
      if (
        prev !== undefined &&
        prev.sentence === sentence &&
        prev.negated === negated &&
        headPart(prev.head) !== headPart(head) &&
        gap.every((x) => x.term === ',' || only(x, ['det', 'filler', 'dir'])) &&
        (adjacent || shorthand || whichBelly)
      ) {
        for (let j = prev.to; j <= k; j++) fate[j] = 'mention';
        prev.to = k + 1;
        prev.end = t.end;
        resetPending();
        return;
      }
    }
    if (head !== undefined && !asDirection) {
      fate[k] = 'mention';
      const prev = mentions[mentions.length - 1];
      // "heel of the hand", "cheek of my bum": the earlier part is a facet of the later one.
      const ofChain =
        prev !== undefined &&
        mentions.length > clauseStart &&
        lastOf > prev.to - 1 &&
        tagged.slice(prev.to, k).every((x) => x.term === 'of' || only(x, ['det', 'filler', 'side']));
      const halves = pending.sideOf && LEXICON.facets.parts[headPart(head) ?? '']?.halves === true;
      const mention: Mention = {
        from: pending.from >= 0 ? pending.from : k,
        to: k + 1,
        start: (tagged[pending.from >= 0 ? pending.from : k] as Tagged).start,
        end: t.end,
        head,
        headTerm: t.term,
        // "left side of my lower back": on a trunk part marked `halves` (data) the side names the left half.
        dirs: halves ? dropOne(pending.dirs, 'side') : pending.dirs,
        ...(halves ? { halves: true as const } : {}),
        // "2 FB lateral to the L3 SP": beside a spinous process is the paraspinal place a level already reads.
        rel:
          pending.rel !== undefined && BESIDE_LEVEL.has(pending.rel) && LEVEL.test(t.term)
            ? undefined
            : pending.rel,
        side: t.innerSide ?? pending.side,
        sideAfter: false,
        negated,
        activity,
        whole: pending.whole,
        ofFacet: undefined,
        rangeFrom,
        sentence,
      };
      const chained = ofChain && prev !== undefined && pending.dirs.length === 0 && pending.rel === undefined;
      if (chained) {
        mentions.pop();
        mention.from = prev.from;
        mention.start = prev.start;
        mention.dirs = prev.dirs;
        mention.rel = prev.rel;
        mention.side = mention.side ?? prev.side;
        mention.whole = prev.whole;
        mention.rangeFrom = prev.rangeFrom;
        // "knuckles of my hand": a word for a place on the same part lends its facets; another part
        // ("heel of the hand") is read as a facet of this one.
        if (prev.head.kind === 'part' && head.kind === 'part' && prev.head.part === head.part)
          mention.head = { ...head, facets: [...new Set([...prev.head.facets, ...head.facets])] };
        else if (within(headPart(prev.head), headPart(head))) {
          // "the middle toes of my right foot": a part within the later one is the place itself.
          mention.head = prev.head;
          mention.headTerm = prev.headTerm;
        } else mention.ofFacet = prev.head.kind === 'part' ? prev.head.part : prev.headTerm;
      }
      if (negated && negFrom !== undefined && negFrom < mention.from) {
        mention.from = negFrom;
        mention.start = (tagged[negFrom] as Tagged).start;
      }
      negFrom = undefined;
      // "sinuses on the right side of my face": a holder said with its own directions is no "X of Y".
      const merged = chained ? mention : mergeWithin(prev, mention, tagged, mentions.length > clauseStart);
      if (merged !== mention) mentions.pop();
      for (let j = merged.from; j <= k; j++) if (fate[j] === 'filler') fate[j] = 'mention';
      mentions.push(merged);
      rangeFrom = undefined;
      dirTarget = undefined;
      resetPending();
      return;
    }
    // ... and a direction alone there, with none pending, is added to that place straight away.
    const before = mentions[mentions.length - 1];
    if (
      only(t, ['dir']) &&
      only(tagged[k + 1] ?? t, ['rel']) &&
      before?.sentence === sentence &&
      mentions.length > clauseStart &&
      pending.from < 0
    ) {
      const m = t.meanings.find((x) => x.t === 'dir');
      if (m?.t === 'dir') before.dirs.push(...m.dirs);
      before.end = Math.max(before.end, t.end);
      fate[k] = 'mention';
      return;
    }
    if (has(t, 'dir')) {
      const m = t.meanings.find((x) => x.t === 'dir');
      if (m?.t === 'dir') pending.dirs.push(...m.dirs);
      pending.dirTokens.push(k);
      if (pending.from < 0) pending.from = k;
      return;
    }
    // "I left my wallet", "left the house": a side word straight before a determiner is a verb here.
    if (has(t, 'side') && VERB_BEFORE.has(t.term) && DET_AFTER_VERB.has(tagged[k + 1]?.term ?? '')) return;
    if (has(t, 'side')) {
      const m = t.meanings.find((x) => x.t === 'side');
      if (m?.t === 'side') {
        const prev = mentions[mentions.length - 1];
        // "front of my neck and both sides": a side surface coordinated after a place said with a face
        // (directions, or an atlas name such as "front of neck") names the sides of that part, again.
        const facePart =
          prev === undefined || prev.dirs.includes('side')
            ? undefined
            : prev.head.kind === 'region' || prev.dirs.length > 0
              ? headPart(prev.head)
              : undefined;
        if (
          pending.side === undefined &&
          prev !== undefined &&
          facePart !== undefined &&
          prev.sentence === sentence &&
          prev.side === undefined &&
          / sides?$/.test(t.term) &&
          COORDINATORS.has(prevContent(tagged, k)?.term ?? '') &&
          nextHeadInClause(tagged, k) === false
        ) {
          const head: Head = { kind: 'part', part: facePart, facets: [] };
          mentions.push({
            ...prev,
            head,
            dirs: ['side'],
            side: m.side,
            from: k,
            to: k + 1,
            start: t.start,
            end: t.end,
            rangeFrom: undefined,
          });
          fate[k] = 'mention';
          return;
        }
        // A trailing side ("temple on the left") belongs to the place just named; so does one before a range
        // word ("lateral shoulder R radiating to deltoid insertion"), and it carries on along the path.
        if (
          pending.side === undefined &&
          prev !== undefined &&
          mentions.length > clauseStart &&
          prev.side === undefined &&
          (nextHeadInClause(tagged, k) === false || has(next, 'to'))
        ) {
          prev.side = m.side;
          prev.sideAfter = true;
          prev.end = Math.max(prev.end, t.end);
          fate[k] = 'mention';
          // "neck pain on the right side": on an axial part (data), "side" also names its side surface;
          // not "on both sides", and not when the place already says where ("back of neck left side").
          const part = headPart(prev.head);
          const plain = prev.head.kind === 'part' && prev.head.facets.length === 0 && prev.dirs.length === 0;
          const oneSide = m.side === 'l' || m.side === 'r';
          if (/ side$/.test(t.term) && plain && oneSide && LEXICON.facets.parts[part ?? '']?.axial === true)
            prev.dirs = ['side'];
        } else {
          pending.side = m.side;
          pending.sideAt = k;
          if (pending.from < 0) pending.from = k;
        }
        // "left side of the neck": the side word also asks for the side of the part; so does "L side neck",
        // "side" written straight before a part marked `axial` (data).
        const straightAfter = next !== undefined && next === tagged[k + 1] ? headOf(next) : undefined;
        const axialNext =
          / side$/.test(t.term) &&
          straightAfter !== undefined &&
          LEXICON.facets.parts[headPart(straightAfter) ?? '']?.axial === true;
        if ((/ sided?$/.test(t.term) && next?.term === 'of') || axialNext) {
          pending.dirs.push('side');
          if (m.side === 'l' || m.side === 'r' || m.side === 'both') pending.sideOf = true;
          if (pending.from < 0) pending.from = k;
        }
      }
      return;
    }
    if (has(t, 'rel')) {
      const m = t.meanings.find((x) => x.t === 'rel');
      if (m?.t === 'rel') pending.rel = m.rel;
      if (pending.from < 0) pending.from = k;
      return;
    }
    if (t.term === 'one') pending.oneAt = k;
    // "after pulling up the roses I noticed the pain was in my lower back": the pain word ends the activity.
    if (activity && painWords.has(t.term)) activity = false;
    if (has(t, 'act')) {
      // "referred from my lower back into my leg": a source followed by where it spreads is a path.
      if (!(sources.has(t.term) && rangeEndInClause(tagged, k))) activity = true;
      return;
    }
    if (has(t, 'negAfter')) {
      // "knee NAD", "sternum NT": a finding charted after the places of its clause clears them.
      for (const m of mentions.slice(clauseStart)) m.negated = true;
      // "gums and palate NAD", "paraspinals, upper traps, levators - all clear": places coordinated with
      // nothing but "and" between them (or any joiner, before "all ...") share the finding; "L knee TTP,
      // R knee NT" and "SIJ + sacrum, coccyx NT" do not.
      const all = t.term.startsWith('all ');
      const joins = (g: Tagged): boolean => has(g, 'join') && (all || (g.term !== ',' && g.term !== '+'));
      for (let i = clauseStart - 1; i >= 0 && mentions.length > clauseStart; i--) {
        const a = mentions[i] as Mention;
        const b = mentions[i + 1] as Mention;
        if (a.negated || b.sentence !== a.sentence || !tagged.slice(a.to, b.from).every(joins)) break;
        a.negated = true;
      }
      return;
    }
    if (has(t, 'neg')) {
      negated = true;
      negFrom = k;
      return;
    }
    if (has(t, 'qty')) {
      pending.whole = true;
      if (pending.from < 0) pending.from = k;
      return;
    }
    if (has(t, 'to')) {
      // "front of my shoulder when I reach into the back seat": no range runs into an activity.
      if (mentions.length > clauseStart && !activity) rangeFrom = mentions.length - 1;
      return;
    }
    if (has(t, 'stop')) {
      closeClause();
      activity = false;
      negated = false;
      return;
    }
    if (has(t, 'join')) {
      closeClause();
      activity = false;
      if (SENTENCE_END.has(t.term)) {
        sentence++;
        negated = false;
        dirTarget = undefined;
      } else if (t.term !== 'or') negated = false;
      return;
    }
  });
  closeClause();
  mergeAppositions(mentions, tagged);
  // "pain in my left side" and no other place: the side of the trunk (the lexicon's "flank" part).
  const sideWord = tagged.findIndex((t) => has(t, 'side') && / side$/.test(t.term));
  const sideTag = tagged[sideWord];
  const sideMeaning = sideTag?.meanings.find((m) => m.t === 'side');
  if (mentions.length === 0 && sideTag !== undefined && sideMeaning?.t === 'side' && !negated) {
    mentions.push({
      from: sideWord,
      to: sideWord + 1,
      start: sideTag.start,
      end: sideTag.end,
      head: { kind: 'part', part: 'flank', facets: [] },
      headTerm: sideTag.term,
      dirs: [],
      rel: undefined,
      side: sideMeaning.side,
      sideAfter: false,
      negated: false,
      activity: false,
      whole: false,
      ofFacet: undefined,
      rangeFrom: undefined,
      sentence: 0,
    });
    looseSides.length = 0;
    fate[sideWord] = 'mention';
  }
  return { mentions, looseSides, unresolved, foreign, emphasis, fate };
}

/**
 * "the right knee's back", "my lower leg's outside edge": directions right after a place written as an
 * owner are that place's, when no other place follows in the clause.
 */
function ownedBy(tagged: readonly Tagged[], k: number, prev: Mention | undefined): boolean {
  if (prev === undefined || !has(tagged[k], 'dir') || nextHeadInClause(tagged, k)) return false;
  for (let j = k - 1; j >= prev.from; j--) {
    const t = tagged[j] as Tagged;
    if (j < prev.to) return t.possessive === true && j === prev.to - 1;
    if (!only(t, ['dir', 'det', 'filler', 'side'])) return false;
  }
  return false;
}

const TRAILING_AFTER = new Set(['at', 'on', 'to', 'toward', 'towards']);
/** Words after a muscle that name where it attaches ("SCM attachment", "biceps insertion"). */
const ATTACHMENTS = new Set(['attachment', 'attachments', 'insertion', 'origin']);
/** Anatomical directions a note charts after a comma ("L hip, lat"); lay words ("back") stay places. */
const CHARTED_DIRECTIONS = new Set(['lateral', 'medial', 'anterior', 'posterior', 'superior', 'inferior']);
/** Words that join two directions of one place ("top and bottom", "front or back"). */
const COORDINATORS = new Set(['and', 'or', '&', 'n']);
/** First words of place names led by a relation ("between shoulder blades"): "right" before them is emphasis. */
const RELATION_LED = new Set(['between', 'behind', 'above', 'below', 'under', 'beneath', 'underneath']);
/** Owner words: after these a direction-or-part word is the part ("my bottom"). */
const OWNERS = new Set(['my', 'his', 'her', 'their', 'your', 'our', 'its']);
/** Side words that are also verbs or adverbs ("left my keys", "right the boat"), and what follows them then. */
const VERB_BEFORE = new Set(['left', 'right']);
const DET_AFTER_VERB = new Set([
  'my',
  'his',
  'her',
  'their',
  'your',
  'our',
  'the',
  'a',
  'an',
  'it',
  'them',
  'him',
  'me',
]);

/** The previous token that says something, skipping determiners. */
/**
 * "front teeth, the bottom ones", "rib cage at the front, at the bottom", "top and bottom": a
 * direction-or-part word after a place in its sentence, after "the" (not "my") or a coordinated
 * direction, with no place to follow.
 */
function directionAfterPlace(
  tagged: readonly Tagged[],
  k: number,
  mentions: readonly Mention[],
  sentence: number,
): boolean {
  if (mentions[mentions.length - 1]?.sentence !== sentence) return false;
  // "at the very back": words of degree (data) may stand between "the" and the word.
  const { degreeWords } = lexiconIndex();
  let b = k - 1;
  while (b > 0 && degreeWords.has(tagged[b]?.term ?? '')) b--;
  const before = tagged[b];
  if (before !== undefined && OWNERS.has(before.term)) return false;
  let coordinatedDirection = false;
  const prev = prevContent(tagged, k);
  if (prev !== undefined && COORDINATORS.has(prev.term)) {
    const at = tagged.lastIndexOf(prev, k);
    coordinatedDirection = only(prevContent(tagged, at) ?? prev, ['dir']);
  }
  return (before?.term === 'the' || coordinatedDirection) && !nextHeadInClause(tagged, k);
}

/** "heel hurts at the back": a word that says something (not a determiner or side) stands between. */
function fillerBetween(tagged: readonly Tagged[], k: number, ahead: Tagged): boolean {
  for (let j = k + 1; j < tagged.length && tagged[j] !== ahead; j++)
    if (!only(tagged[j] as Tagged, ['det', 'side', 'dir'])) return true;
  return false;
}

function prevContent(tagged: readonly Tagged[], k: number): Tagged | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const t = tagged[j] as Tagged;
    if (has(t, 'det')) continue;
    return t;
  }
  return undefined;
}

const ORDINAL_WORDS = new Set(ORDINALS);
/** Relations to a spinal level that name the level's own paraspinal place (the level reads both sides of it). */
const BESIDE_LEVEL = new Set(['lateral-to', 'medial-to', 'beside']);

/**
 * "ribs 5-7", "2nd-4th ribs" next to a place on a part the counted part names in `countsHeightOn` (data):
 * the count gives the other place's height, so the counted place is not a place of its own.
 */
function countsHeightOf(m: Mention, other: Mention, tagged: readonly Tagged[]): boolean {
  const on = LEXICON.facets.parts[headPart(m.head) ?? '']?.countsHeightOn;
  const part = headPart(other.head);
  if (on === undefined || part === undefined || !on.some((p) => p === part || within(part, p))) return false;
  if (part === headPart(m.head)) return false;
  // Only a narrower place takes the count as its height; beside a bare "chest" or "back" the ribs are a
  // place of their own ("broken ribs 4-6 on the left, chest pain").
  if (other.head.kind === 'part' && other.head.facets.length === 0 && other.dirs.length === 0) return false;
  // The count follows the part, maybe after its side ("intercostals R 7-9"), or an ordinal comes before it.
  let next = m.to;
  while (tagged[next] !== undefined && only(tagged[next] as Tagged, ['side'])) next++;
  return tagged[next]?.kind === 'number' || ORDINAL_WORDS.has(tagged[m.to - 2]?.term ?? '');
}

function within(inner: string | undefined, outer: string | undefined): boolean {
  if (inner === undefined || outer === undefined) return false;
  return LEXICON.facets.parts[inner]?.within?.includes(outer) ?? false;
}

/**
 * "toothache upper right premolar", "fingers on my left hand": two names for one place in a row, one
 * within the other, become one mention with the narrower name and both sides' words.
 */
function mergeWithin(
  prev: Mention | undefined,
  cur: Mention,
  tagged: readonly Tagged[],
  sameClause: boolean,
): Mention {
  if (prev === undefined || !sameClause || prev.rangeFrom !== undefined || cur.rangeFrom !== undefined)
    return cur;
  if (prev.negated !== cur.negated || prev.activity !== cur.activity || prev.rel !== undefined) return cur;
  if (!tagged.slice(prev.to, cur.from).every((x) => only(x, ['det', 'filler', 'side']))) return cur;
  const a = headPart(prev.head);
  const b = headPart(cur.head);
  // "my arm above the elbow": a landmark of another part placed by a relation is not a second name for the
  // place ("lower back, just above my belt" still is).
  if ((cur.rel === 'above' || cur.rel === 'below') && a !== b) return cur;
  // "L rectus femoris mid-thigh", "L parietal scalp": a muscle or region name for a place on a part, then
  // that part said plainly or with a level, keeps the name's facets (the level narrows it further).
  const plainCur = cur.head.kind === 'part' && cur.head.facets.length === 0;
  // "side of my back on the left around the bra line": a word that is a place on this part only by context
  // says where on it the place said before with its own directions (or atlas name) is, not a new place.
  const contextual = tagged[cur.to - 1]?.meanings.some((m) => m.t === 'part' && m.whenNear !== undefined);
  // "ribs 5-6 midaxillary line", "2nd-4th ribs parasternally": a counted rib is the other place's height.
  const heightPrev = countsHeightOf(prev, cur, tagged);
  const heightCur = countsHeightOf(cur, prev, tagged);
  const keepPrev =
    heightCur ||
    (!heightPrev &&
      ((a === b &&
        (prev.dirs.length > 0 || prev.head.kind === 'region') &&
        cur.dirs.length === 0 &&
        contextual === true) ||
        within(a, b) ||
        (a === b &&
          prev.head.kind === 'part' &&
          prev.head.facets.length > 0 &&
          (cur.dirs.length === 0 || plainCur)) ||
        (a === b && prev.head.kind === 'region' && cur.dirs.length === 0 && plainCur)));
  const keepCur = !keepPrev && (heightPrev || within(b, a) || a === b);
  if (!keepPrev && !keepCur) return cur;
  const head = keepPrev ? prev : cur;
  return {
    ...head,
    from: prev.from,
    to: cur.to,
    start: prev.start,
    end: cur.end,
    dirs: [...prev.dirs, ...cur.dirs],
    side: cur.side ?? prev.side,
    // "ring finger on my left hand": the side written with the later name follows the place named first.
    sideAfter: keepPrev && cur.side !== undefined && prev.side === undefined ? true : head.sideAfter,
    whole: prev.whole || cur.whole,
  };
}

function nextHeadInClause(tagged: readonly Tagged[], k: number): boolean {
  for (let j = k + 1; j < tagged.length; j++) {
    const t = tagged[j] as Tagged;
    if (only(t, ['join']) || only(t, ['stop'])) return false;
    if (headOf(t) !== undefined && !theDirection(tagged, j)) return true;
  }
  return false;
}

/** Whether a range end ("into", "down to") follows token `k` in its clause. */
function rangeEndInClause(tagged: readonly Tagged[], k: number): boolean {
  for (let j = k + 1; j < tagged.length; j++) {
    const t = tagged[j] as Tagged;
    if (only(t, ['stop']) || (only(t, ['join']) && SENTENCE_END.has(t.term))) return false;
    if (has(t, 'to')) return true;
  }
  return false;
}

/** "on the bottom right at the very back": a direction-or-part word after "the" (and words of degree), not before "of". */
function theDirection(tagged: readonly Tagged[], j: number): boolean {
  const t = tagged[j] as Tagged;
  if (!has(t, 'dir') || nextContent(tagged, j)?.term === 'of') return false;
  const { degreeWords } = lexiconIndex();
  let b = j - 1;
  while (b > 0 && degreeWords.has(tagged[b]?.term ?? '')) b--;
  return tagged[b]?.term === 'the';
}

/**
 * "L soleus, distal calf", "R peroneals, lateral leg": a place, a comma, then the same part (or a place
 * within it) said more precisely is one place, as clinical notes write it; so is a place, a comma, then a
 * plain broader part that holds it ("golfer's elbow, left arm": the arm only gives the side). Not when the sides differ
 * ("left knee, right knee") or the parts do ("my knee, my hip"): those are lists.
 */
function mergeAppositions(mentions: Mention[], tagged: readonly Tagged[]): void {
  for (let i = mentions.length - 1; i > 0; i--) {
    const a = mentions[i - 1] as Mention;
    const b = mentions[i] as Mention;
    if (a.sentence !== b.sentence || a.negated !== b.negated || a.activity !== b.activity) continue;
    // "in my pinky, left hand": "in" places nothing more than the part itself.
    const relA = a.rel === 'in' ? undefined : a.rel;
    if (a.rangeFrom !== undefined || b.rangeFrom !== undefined || relA !== undefined || b.rel !== undefined)
      continue;
    if (a.side !== undefined && b.side !== undefined && a.side !== b.side) continue;
    // "bilat post neck, bilat suboccipital": each place with its own side word before it is a list item.
    const ownSide = (m: Mention): boolean => {
      const first = tagged[m.from];
      return !m.sideAfter && first !== undefined && only(first, ['side']);
    };
    if (ownSide(a) && ownSide(b)) continue;
    const between = tagged.slice(a.to, b.from);
    // "my palm is killing me after the tree cutting, left hand": a sided holder closing the sentence later on.
    if (holderClosing(a, b, tagged)) {
      mentions.splice(i - 1, 2, { ...a, to: b.to, end: b.end, side: b.side, sideAfter: true });
      continue;
    }
    // One comma, or an opening bracket: "my pinky (left hand)".
    if (between.filter((x) => x.term === ',' || x.term === '(').length !== 1) continue;
    // The second place's own side word may stand before it ("pinky, left hand").
    // ... or the first place's own side written after it ("forearm left, the back of it").
    const sideOfB = (x: Tagged): boolean =>
      only(x, ['side']) &&
      ((b.side !== undefined && a.side === undefined) || (a.side !== undefined && a.sideAfter));
    if (!between.every((x) => x.term === ',' || x.term === '(' || only(x, ['det', 'filler']) || sideOfB(x)))
      continue;
    // "R intercostals 6-8, mid-axillary line", "parasternal L, ribs 3-5": the counted rib is the height.
    const height = countsHeightOf(a, b, tagged) ? b : countsHeightOf(b, a, tagged) ? a : undefined;
    if (height !== undefined) {
      mentions.splice(i - 1, 2, {
        ...height,
        from: a.from,
        to: b.to,
        start: a.start,
        end: b.end,
        side: height.side ?? (height === a ? b : a).side,
      });
      continue;
    }
    // "R mastoid process, SCM attachment": a muscle's attachment after a place is that place, where the
    // muscle attaches, not the muscle's belly.
    if (ATTACHMENTS.has(tagged[b.to]?.term ?? '') && b.dirs.length === 0 && !b.whole) {
      mentions.splice(i - 1, 2, { ...a, to: b.to, end: b.end, side: a.side ?? b.side });
      continue;
    }
    const pa = headPart(a.head);
    const pb = headPart(b.head);
    // More precise: a direction, a narrower name, or ("my arse, right cheek") the side the first lacked.
    const narrower =
      b.dirs.length > 0 ||
      b.head.kind === 'region' ||
      (b.head.kind === 'part' && b.head.facets.length > 0) ||
      (a.side === undefined && b.side !== undefined && pa === pb);
    // "golfer's elbow, left arm": a plain broader part after the comma only says where the first place is.
    // "web between thumb and finger, left hand": the same part said plainly after a precise place on it.
    const precise = a.dirs.length > 0 || a.head.kind === 'region' || a.head.facets.length > 0;
    const broader =
      pa !== undefined &&
      pb !== undefined &&
      ((pa !== pb && within(pa, pb)) ||
        (pa === pb && precise && b.side !== undefined && a.side === undefined)) &&
      b.dirs.length === 0 &&
      !b.whole &&
      b.head.kind === 'part' &&
      b.head.facets.length === 0;
    if (broader) {
      mentions.splice(i - 1, 2, {
        ...a,
        to: b.to,
        end: b.end,
        side: a.side ?? b.side,
        sideAfter: a.side === undefined ? true : a.sideAfter,
      });
      continue;
    }
    if (!narrower || pa === undefined || pb === undefined || !(pa === pb || within(pb, pa))) continue;
    // "Tx: R UT, R levator", "glute med, piriformis": two names that each place themselves on the part,
    // neither holding the other, are a list of places, not one place said twice.
    if (siblings(a, b)) continue;
    // "L plantar heel, medial calcaneal tubercle": a one-region name first keeps what it said; so does a
    // muscle charted on the part ("pronator teres L, proximal volar forearm" stays on the radial side).
    const kept =
      a.head.kind === 'region' && a.head.kinds.length === 1
        ? regionFacets(a.head.kinds[0])
        : a.head.kind === 'part' && pa === pb
          ? a.head.facets
          : [];
    mentions.splice(i - 1, 2, {
      ...b,
      ...(kept.length > 0 && pb !== undefined
        ? {
            head: {
              kind: 'part' as const,
              part: pb,
              facets: [
                ...new Set([
                  ...(b.head.kind === 'part' ? b.head.facets : regionFacets(b.head.kinds[0])),
                  ...kept,
                ]),
              ],
            },
          }
        : {}),
      from: a.from,
      start: a.start,
      side: b.side ?? a.side,
      sideAfter: b.side === undefined ? a.sideAfter : b.sideAfter,
    });
  }
}

/**
 * "my palm is killing me after the tree cutting, left hand": a plain part holding the place before it (or the
 * same part after a precise place on it), with a side, set off by a comma at the end of its sentence, only gives that place its side, however many words
 * stand between (none of them "and"/"or" or the end of a sentence).
 */
function holderClosing(a: Mention, b: Mention, tagged: readonly Tagged[]): boolean {
  if (a.side !== undefined || b.side === undefined || b.side === 'both' || b.dirs.length > 0 || b.whole)
    return false;
  if (b.head.kind !== 'part' || b.head.facets.length > 0 || a.rel !== undefined || b.rel !== undefined)
    return false;
  const pa = headPart(a.head);
  // The same part said plainly after a precise place on it ("the heel of my hand ..., right hand").
  const precise =
    a.dirs.length > 0 || a.head.kind === 'region' || a.head.facets.length > 0 || a.ofFacet !== undefined;
  if (pa === undefined || !(pa === b.head.part ? precise : within(pa, b.head.part))) return false;
  const after = tagged[b.to];
  if (after !== undefined && !(only(after, ['join']) && SENTENCE_END.has(after.term))) return false;
  const between = tagged.slice(a.to, b.from);
  if (!between.some((x) => x.term === ',')) return false;
  return between.every((x) => !COORDINATORS.has(x.term) && !SENTENCE_END.has(x.term) && !has(x, 'stop'));
}

/** Both places are names with facets of their own on one part, and neither set of facets holds the other. */
function siblings(a: Mention, b: Mention): boolean {
  if (a.head.kind !== 'part' || b.head.kind !== 'part' || a.dirs.length > 0 || b.dirs.length > 0)
    return false;
  const fa = a.head.facets;
  const fb = b.head.facets;
  return (
    fa.length > 0 && fb.length > 0 && !fa.every((f) => fb.includes(f)) && !fb.every((f) => fa.includes(f))
  );
}

/** The surface and features a region kind carries, as facets. */
function regionFacets(kind: string | undefined): string[] {
  const r = kind === undefined ? undefined : LEXICON.facets.regions[kind];
  return [...(r?.surface ?? []), ...(r?.features ?? [])];
}
