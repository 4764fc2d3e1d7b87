import type { z } from 'zod';
import type { RegionReadingSchema } from './region-reading-schema.ts';
import { REGIONS, regionId, regionKindByKey } from '@myomap/atlas/regions';
import { junctionKinds, touches } from './junction.ts';
import { parseMentions, type Mention, type SideWord } from './parse-mentions.ts';
import {
  headPart,
  kindsBeyond,
  levelTowards,
  partMembers,
  sectionTowards,
  partsBetween,
  placeMention,
  placeRegions,
  sideSurface,
  type Placement,
} from './place-regions.ts';
import { tagWords } from './tag-words.ts';
import { lexiconIndex } from './lexicon-index.ts';

/** How a reading's side was decided. */
export type SideSource = 'text' | 'carried' | 'default' | 'midline';

/** How one phrase of the text was read: the mention tree the Finder shows as a chip. */
export type RegionReading = z.infer<typeof RegionReadingSchema>;

/** Every reading, the corrections and the accounting of every token. */
export interface RegionReadResult {
  readonly readings: readonly RegionReading[];
  readonly unresolved: readonly string[];
  readonly notes: readonly string[];
  /** Per input token (punctuation included): 'mention', 'filler' or 'unresolved'. */
  readonly tokenFates: readonly {
    readonly text: string;
    readonly start: number;
    readonly fate: 'mention' | 'filler' | 'unresolved';
  }[];
}

const bodyOrder = new Map<string, number>(REGIONS.map((r, i) => [r.id, i]));

/** Orders region ids head to toe and removes duplicates. */
export function bodyOrdered(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (bodyOrder.get(a) ?? 0) - (bodyOrder.get(b) ?? 0));
}

/**
 * Region ids of kinds on a side. One side named on a place that spans the midline keeps that side's
 * regions only ("my jaw on the right" is no chin; "top right teeth" no front teeth).
 */
function idsFor(kinds: readonly string[], side: SideWord): string[] {
  const oneSide = side === 'l' || side === 'r';
  const sided = oneSide ? kinds.filter((k) => regionKindByKey(k)?.lateral === true) : [];
  return (sided.length > 0 ? sided : kinds).flatMap((k) => {
    if (regionKindByKey(k)?.lateral !== true) return [regionId(k, 'm')];
    if (side === 'l' || side === 'r') return [regionId(k, side)];
    return [regionId(k, 'l'), regionId(k, 'r')];
  });
}

/** Whether any of the kinds has a left and a right. */
function anyLateral(kinds: readonly string[]): boolean {
  return kinds.some((k) => regionKindByKey(k)?.lateral === true);
}

/** The reading of one mention: what the text said, the side applied, how it was placed, the regions painted. */
function readingOf(
  m: Mention,
  phrase: string,
  placement: Placement,
  side: SideWord,
  sideSource: SideSource,
  regions: string[],
): RegionReading {
  return {
    text: phrase,
    start: m.start,
    end: m.end,
    side,
    sideSource,
    negated: m.negated,
    activity: m.activity,
    part: m.head.kind === 'part' ? m.head.part : m.headTerm,
    directions: m.dirs,
    ...(m.rel === undefined ? {} : { relation: m.rel }),
    facets: placement.facets,
    how: placement.how,
    regions,
  };
}

function sideName(side: SideWord): string {
  return side === 'both' ? 'both-sides' : side === 'l' ? 'left' : side === 'r' ? 'right' : 'midline';
}

/**
 * Reads the places a free-text description names: lexes, tags with the lay and clinical lexicon,
 * parses mentions and places them on the region facets. Nothing is dropped silently: every token is
 * part of a reading, a known filler, or reported as unresolved.
 */
export function readRegions(text: string): RegionReadResult {
  const { words, tagged, corrections } = tagWords(text);
  const parsed = parseMentions(tagged);
  const notes: string[] = corrections.map((c) => `read "${c.from}" as "${c.to}"`);
  for (const k of parsed.emphasis)
    notes.push(
      `read "${tagged[k]?.term ?? ''}" in "${text.slice(tagged[k]?.start, tagged[k + 2]?.end ?? text.length)}" as emphasis, not a side`,
    );
  for (const [s, e] of parsed.foreign)
    notes.push(`"${text.slice(s, e)}" is in another script and was not read`);
  const { mentions, looseSides } = parsed;

  // Sides: the mention's own, else carried from the nearest side in its sentence (before, then after).
  const events = [
    ...mentions.flatMap((m, i) =>
      m.side === undefined || m.negated
        ? []
        : [{ side: m.side, order: i, sentence: m.sentence, backwards: m.sideAfter }],
    ),
    ...looseSides.map((s) => ({
      side: s.side,
      order: s.order - 0.5,
      // "It's my neck. Right side.": a side alone in a sentence with no place answers the sentence before.
      sentence: mentions.some((m) => m.sentence === s.sentence) ? s.sentence : s.sentence - 1,
      backwards: true,
    })),
  ].sort((a, b) => a.order - b.order);
  const sideOf = (m: Mention, i: number): { side: SideWord | undefined; source: SideSource } => {
    if (m.side !== undefined) return { side: m.side, source: 'text' };
    const same = events.filter((e) => e.sentence === m.sentence);
    const before = [...same].reverse().find((e) => e.order < i);
    // A side written before its place ("my left leg") reaches forward only; one written after ("temple and
    // jaw on the left") or on its own reaches back too.
    const after = same.find((e) => e.order > i && e.backwards);
    const side = (before ?? after)?.side;
    return side === undefined ? { side: undefined, source: 'default' } : { side, source: 'carried' };
  };

  const landmarks = findLandmarks(mentions, text);
  /** The regions a cleared place would have been painted with, by mention. */
  const clearedRegions = new Map<number, readonly string[]>();
  const place = (m: Mention, i: number): RegionReading => {
    let placement = landmarks.placement.get(i) ?? placeMention(m);
    const locates = landmarks.locates.get(i);
    if (locates !== undefined) {
      const of = mentions[locates] as Mention;
      const phrase = text.slice(m.start, m.end);
      notes.push(`"${phrase}" locates "${text.slice(of.start, of.end)}": not painted on its own`);
      return {
        ...readingOf(m, phrase, placement, m.side ?? 'both', m.side === undefined ? 'default' : 'text', []),
        landmarkFor: text.slice(of.start, of.end),
      };
    }
    const { side, source } = sideOf(m, i);
    // "both sides of my jaw": its left and right halves, not the chin between them.
    if (m.halves === true && side === 'both' && anyLateral(placement.kinds))
      placement = {
        ...placement,
        kinds: placement.kinds.filter((k) => regionKindByKey(k)?.lateral === true),
      };
    // "the left side of my neck at the front": a side on a place its faces left midline is its side surface.
    const sidedSurface = side === 'l' || side === 'r' || side === 'both' ? sideSurface(m) : undefined;
    if (!anyLateral(placement.kinds) && sidedSurface !== undefined && anyLateral(sidedSurface.kinds))
      placement = sidedSurface;
    const lateral = anyLateral(placement.kinds);
    const applied: SideWord = lateral
      ? side === 'midline' || side === undefined
        ? 'both'
        : side
      : 'midline';
    const phrase = text.slice(m.start, m.end);
    const painted = !m.negated && !m.activity;
    if (painted) {
      if (lateral && source === 'default') notes.push(`no side given for "${phrase}": both sides included`);
      if (lateral && source === 'carried')
        notes.push(`"${phrase}" takes the ${sideName(applied)} side from the same sentence`);
      if (placement.how === 'not-narrowed')
        notes.push(
          `"${phrase}": the direction did not narrow the ${headPart(m.head) ?? 'place'}, all of it included`,
        );
      if ((placement.how === 'default' || placement.how === 'whole') && placement.kinds.length > 2)
        notes.push(
          `"${phrase}" is a broad area: all ${idsFor(placement.kinds, applied).length} of its regions included`,
        );
    } else if (m.negated) {
      notes.push(`"${phrase}" is negated: not painted`);
      if (!m.activity) clearedRegions.set(i, idsFor(placement.kinds, applied));
    } else notes.push(`"${phrase}" names an activity, not where it hurts: not painted`);
    const regions = painted ? bodyOrdered(idsFor(placement.kinds, applied)) : [];
    return readingOf(m, phrase, placement, applied, lateral ? source : 'midline', regions);
  };

  const placed = takeOutCleared(mentions, mentions.map(place), clearedRegions, text, notes);
  const inRange = new Set<number>();
  const readings: RegionReading[] = [];
  mentions.forEach((m, i) => {
    const reading = placed[i] as RegionReading;
    if (m.rangeFrom === undefined) return;
    const from = placed[m.rangeFrom] as RegionReading;
    const a = mentions[m.rangeFrom] as Mention;
    inRange.add(m.rangeFrom).add(i);
    const between = partsBetween(headPart(a.head) ?? '', headPart(m.head) ?? '');
    const side: SideWord = from.side === 'midline' ? reading.side : from.side;
    const dirs = a.dirs.length > 0 ? a.dirs : m.dirs;
    const middle = between.flatMap((p) =>
      idsFor(placeRegions({ kind: 'part', part: p, facets: [] }, dirs, undefined, false).kinds, side),
    );
    readings.push({
      text: text.slice(a.start, m.end),
      start: a.start,
      end: m.end,
      side,
      sideSource: from.sideSource,
      negated: m.negated && a.negated,
      activity: m.activity && a.activity,
      part: `${from.part} to ${reading.part}`,
      directions: dirs,
      facets: [],
      how: 'default',
      regions: m.negated || m.activity ? [] : bodyOrdered([...from.regions, ...middle, ...reading.regions]),
      range: { from, to: reading, between },
    });
  });
  placed.forEach((r, i) => {
    if (!inRange.has(i)) readings.push(r);
  });
  readings.sort((x, y) => x.start - y.start);

  const unresolved = [...parsed.unresolved, ...parsed.foreign]
    .sort((x, y) => x[0] - y[0])
    .map(([s, e]) => text.slice(s, e));
  const tokenFates = tagged.flatMap((t, k) =>
    words
      .slice(t.from, t.to)
      .map((w) => ({ text: w.text, start: w.start, fate: parsed.fate[k] ?? 'filler' })),
  );
  return { readings, unresolved, notes, tokenFates };
}

/**
 * "my right knee, not the kneecap", "R knee NT over patella": a place cleared in the same sentence as a
 * broader place that holds it is taken out of that place (never a whole reading: "knee sore, knee NAD").
 */
function takeOutCleared(
  mentions: readonly Mention[],
  placed: readonly RegionReading[],
  cleared: ReadonlyMap<number, readonly string[]>,
  text: string,
  notes: string[],
): RegionReading[] {
  if (cleared.size === 0) return [...placed];
  return placed.map((r, j) => {
    const m = mentions[j] as Mention;
    let regions = r.regions;
    for (const [i, out] of cleared) {
      const c = mentions[i] as Mention;
      if (c.sentence !== m.sentence || out.length === 0) continue;
      if (!out.every((id) => regions.includes(id)) || out.length >= regions.length) continue;
      regions = regions.filter((id) => !out.includes(id));
      notes.push(`"${text.slice(c.start, c.end)}" is taken out of "${text.slice(m.start, m.end)}"`);
    }
    return regions === r.regions ? r : { ...r, regions };
  });
}

/**
 * "the corner of my jaw, under the ear", "high in my calf near the knee": a relation to another part right
 * after a place (same sentence, no "and"/"or" between) locates that place instead of naming a second one.
 * A landmark that names its own region ("behind the ear" = mastoid) stays a place unless it overlaps the
 * first (then the overlap is the answer). The first place takes the landmark's side when it has none, and
 * with no direction of its own the level facing the landmark along a limb ("calf near the knee" = upper).
 */
function findLandmarks(
  mentions: readonly Mention[],
  text: string,
): { locates: Map<number, number>; placement: Map<number, Placement> } {
  const locates = new Map<number, number>();
  const placement = new Map<number, Placement>();
  mentions.forEach((b, i) => {
    const a = mentions[i - 1];
    if (a !== undefined && headsDetails(a, b, text) && !locates.has(i - 1)) {
      // "L knee: medial joint line tender", "R hand: thenar and thumb web": a place written as a heading,
      // then a colon and a place within it, is only where the findings are; the findings are painted.
      locates.set(i - 1, i);
      return;
    }
    if (a !== undefined && spineOfBack(a, b, text) && !locates.has(i - 1)) {
      // "middle of my back along the spine", "lumbar area, both sides of the spine": the spine says the
      // place is by the spine (the paraspinal regions), not a second, longer place.
      const own = placeMention(a);
      const spine = new Set(placeRegions(b.head, [], undefined, true).kinds);
      const by = own.kinds.filter((k) => spine.has(k));
      placement.set(i - 1, by.length > 0 ? { ...own, kinds: by, how: 'narrowed' } : own);
      locates.set(i, i - 1);
      if (b.side !== 'both') takeLandmarkSide(a, b);
      return;
    }
    if (a !== undefined && narrowsByApposition(a, b, text) && !locates.has(i - 1)) {
      placement.set(i - 1, {
        ...placeMention(a),
        kinds: placeMention(b).kinds,
        how: 'narrowed',
      });
      locates.set(i, i - 1);
      takeLandmarkSide(a, b);
      return;
    }
    // "sinus area under my left eye": an atlas name that is itself "under" a landmark ("under eye") after a
    // place locates it, as "the corner of my jaw, under the ear" does: the overlap, or where the place
    // touches it. ("My left neck behind my ear" still names the spot behind the ear as a place of its own.)
    const underName = b.rel === undefined && b.head.kind === 'region' && relationLed(b.headTerm) === 'below';
    if (a === undefined || (b.rel === undefined && !underName) || locates.has(i - 1)) return;
    if (a.rangeFrom !== undefined || b.rangeFrom !== undefined || a.sentence !== b.sentence) return;
    if (a.negated !== b.negated || a.activity !== b.activity) return;
    if (listedApart(text, a, b)) return;
    if (underName || b.rel === undefined) {
      if (b.head.kind !== 'region' || headPart(a.head) === headPart(b.head)) return;
      const name = b.head.kinds;
      const own = placeMention(a);
      const overlap = own.kinds.filter((k) => name.includes(k));
      if (overlap.length > 0) placement.set(i - 1, { ...own, kinds: overlap, how: 'narrowed' });
      else if (!touches(own.kinds, name)) return;
      locates.set(i, i - 1);
      takeLandmarkSide(a, b);
      return;
    }
    // "where my bum meets the back of my leg": the place where the first meets the second.
    if (b.rel === 'meets') {
      const kinds = junctionKinds(a, b);
      if (kinds.length === 0) return;
      placement.set(i - 1, {
        ...placeMention(a),
        kinds,
        how: 'narrowed',
      });
      locates.set(i, i - 1);
      takeLandmarkSide(a, b);
      return;
    }
    // "in the back of my knee" is a place of its own; "just under the back of my hip bone" is a landmark.
    if (b.dirs.length > 0 && (b.rel === undefined || b.rel === 'in')) return;
    const pa = headPart(a.head);
    const pb = headPart(b.head);
    if (pa === undefined || pb === undefined || pa === pb) return;
    const own = placeMention(a);
    const mark = placeMention(b);
    // "my whole left arm above the elbow": the part of the place beyond the landmark, not the spot by it.
    const beyond =
      b.head.kind === 'part'
        ? kindsBeyond(own.kinds, placeRegions(a.head, a.dirs, a.rel, true, a.ofFacet).kinds, pb, b.rel)
        : undefined;
    if (beyond !== undefined) placement.set(i - 1, { ...own, kinds: beyond, how: 'narrowed' });
    else if (mark.how === 'relation') {
      // "top of my belly just under the breastbone": a spot on the place's own part that its directions
      // alone did not reach (the epigastrium is the top of the belly in the middle) is where it is, when it
      // lies on that part only (not "between neck and AC", a spot shared with the landmark).
      const onPart = own.kinds.some((k) => mark.kinds.includes(k))
        ? []
        : mark.kinds.filter((k) => partMembers(pa).includes(k) && !partMembers(pb).includes(k));
      const overlap = onPart.length > 0 ? onPart : own.kinds.filter((k) => mark.kinds.includes(k));
      if (overlap.length > 0) placement.set(i - 1, { ...own, kinds: overlap, how: 'narrowed' });
      else {
        // "back of my leg just below the knee", "calf just below the knee": the landmark's own region lies
        // outside the place, so it gives the place's level facing it along a limb, with the place's directions.
        const level = a.rel === undefined ? levelTowards(pa, pb) : undefined;
        // "outside of my arm just below the shoulder": a limb off the chain is its section next to the landmark.
        const section = a.rel === undefined && a.head.kind === 'part' ? sectionTowards(pa, pb) : undefined;
        const narrowed =
          level !== undefined
            ? placeRegions(a.head, [...a.dirs, level], undefined, a.whole, a.ofFacet)
            : section !== undefined
              ? placeRegions({ kind: 'part', part: section, facets: [] }, a.dirs, undefined, a.whole)
              : undefined;
        // "side of my chest under the right arm": no level along a limb, but the spot the landmark names
        // touches the place, so the landmark only says where the place is (and which side).
        if (narrowed?.how !== 'narrowed') {
          if (!touches(own.kinds, mark.kinds)) return;
        } else placement.set(i - 1, narrowed);
      }
    } else if (a.dirs.length === 0 && a.rel === undefined && a.head.kind === 'part') {
      const level = levelTowards(pa, pb);
      const narrowed =
        level === undefined ? undefined : placeRegions(a.head, [level], undefined, a.whole, a.ofFacet);
      if (narrowed?.how === 'narrowed') placement.set(i - 1, narrowed);
      else if (NEXT_TO.has(b.rel ?? '')) {
        // "my ribs under my right armpit": the place's regions that touch the landmark's are where it is.
        const landmark = placeRegions(b.head, [], undefined, false).kinds;
        const touching = own.kinds.filter((k) => touches([k], landmark));
        if (touching.length > 0 && touching.length < own.kinds.length)
          placement.set(i - 1, { ...own, kinds: touching, how: 'narrowed' });
      }
    }
    locates.set(i, i - 1);
    takeLandmarkSide(a, b);
  });
  return { locates, placement };
}

/** Relations that put a place next to its landmark (not "in", not a level). */
const NEXT_TO = new Set(['below', 'above', 'beside', 'behind', 'in-front-of']);

/** A place with no side takes the side written with the landmark after it ("the corner of my jaw, under the right ear"). */
function takeLandmarkSide(a: Mention, b: Mention): void {
  if (a.side === undefined && b.side !== undefined) {
    a.side = b.side;
    a.sideAfter = true;
  }
}

const ledBy = new Map<string, string | undefined>();

/** The relation a term begins with ("under eye" -> below), if it begins with a relation word (remembered). */
function relationLed(term: string): string | undefined {
  if (ledBy.has(term)) return ledBy.get(term);
  const space = term.indexOf(' ');
  const first = space < 0 ? term : term.slice(0, space);
  let rel: string | undefined;
  for (const t of lexiconIndex().byFirst.get(first) ?? [])
    for (const m of t.meanings) if (rel === undefined && t.words.length === 1 && m.t === 'rel') rel = m.rel;
  ledBy.set(term, rel);
  return rel;
}

/** Words between two places that make them a list or separate them ("knee and hip", "knee. Hip"). */
const LIST_BETWEEN = /\b(and|or|but|plus|also|then)\b|[.;!?\n]/i;

/** Whether the text between two mentions lists them apart rather than naming one place. */
function listedApart(text: string, a: Mention, b: Mention): boolean {
  return LIST_BETWEEN.test(text.slice(a.end, b.start));
}

/**
 * "L knee: medial joint line tender; lateral joint line NT": a place, a colon, then a place within it (found
 * or cleared) in the same sentence. The first place heads the findings written after it.
 */
function headsDetails(a: Mention, b: Mention, text: string): boolean {
  // A cleared place after the heading ("Left knee: no pain at the kneecap") leaves the heading painted.
  if (a.sentence !== b.sentence || a.negated || b.negated || a.activity || b.activity) return false;
  if (a.rangeFrom !== undefined || b.rangeFrom !== undefined || a.rel !== undefined) return false;
  if (!/^\s*:/.test(text.slice(a.end, b.start))) return false;
  const whole = new Set([
    ...placeRegions(a.head, a.dirs, a.rel, true, a.ofFacet).kinds,
    ...placeMention(a).kinds,
  ]);
  const inner = placeMention(b).kinds;
  return inner.length > 0 && inner.every((k) => whole.has(k));
}

/** "mid back ... next to the spine": a spine named after a place on the back in the same sentence. */
function spineOfBack(a: Mention, b: Mention, text: string): boolean {
  if (a.sentence !== b.sentence || a.negated !== b.negated || a.activity !== b.activity) return false;
  // "both sides of the spine" keeps its "side"; "my back and spine" is a list.
  if (b.head.kind !== 'part' || b.head.part !== 'spine' || b.dirs.some((d) => d !== 'side')) return false;
  if (b.rangeFrom !== undefined || listedApart(text, a, b)) return false;
  const pa = headPart(a.head);
  return pa === 'back' || pa === 'upper-back' || pa === 'low-back';
}

/** Words that name the place written last ("just under it"). */
const PRONOUN_HEADS = new Set(['it', 'them']);

/**
 * "R plantar fascia, med calcaneal tubercle": a place, one comma, then a place whose regions all lie
 * strictly inside the first's names where on the first it is, so only the precise place is painted (the
 * first place is narrowed to it); so is "both feet, the arches", and a place said of the first with "it"
 * ("collarbone area, just under it"). Different parts that only touch ("my knee, my hip") stay a list, and so
 * do different sides, a negation on one of them, ranges and other relations.
 */
function narrowsByApposition(a: Mention, b: Mention, text: string): boolean {
  if (a.sentence !== b.sentence || a.negated !== b.negated || a.activity !== b.activity) return false;
  const ofFirst = b.rel !== undefined && PRONOUN_HEADS.has(b.headTerm);
  if (
    a.rangeFrom !== undefined ||
    b.rangeFrom !== undefined ||
    a.rel !== undefined ||
    (b.rel !== undefined && !ofFirst)
  )
    return false;
  if (a.side !== undefined && b.side !== undefined && a.side !== b.side) return false;
  if (!/^\s*,\s*(?:(?:the|my|his|her|their|your)\s+)?$/i.test(text.slice(a.end, b.start))) return false;
  const own = placeMention(a).kinds;
  const inner = placeMention(b).kinds;
  return inner.length > 0 && inner.length < own.length && inner.every((k) => own.includes(k));
}
