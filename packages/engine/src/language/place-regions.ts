import { LEXICON, type PartInfo } from '@myomap/atlas/language';

/** What a mention's head names: a lexicon part (with the facets its word carries) or atlas region kinds. */
export type Head =
  | { readonly kind: 'part'; readonly part: string; readonly facets: readonly string[] }
  | { readonly kind: 'region'; readonly kinds: readonly string[]; readonly broad: boolean };

/** How a place was narrowed, for notes and the reading. */
export interface Placement {
  /** Side-less region kind keys. */
  readonly kinds: readonly string[];
  /** The facets asked for (after the part's axes), one list of alternatives per direction. */
  readonly facets: readonly string[];
  readonly how: 'default' | 'whole' | 'narrowed' | 'relation' | 'not-narrowed';
}

const { facets: F } = LEXICON;
const facetSets = new Map<string, Set<string>>(
  Object.entries(F.regions).map(([k, r]) => [
    k,
    new Set([
      ...(r.surface ?? []),
      ...(r.level === undefined ? [] : [r.level]),
      ...(r.border === undefined ? [] : [r.border, 'border']),
      ...(r.features ?? []),
    ]),
  ]),
);
const nearIndex = new Map<string, string[]>();
for (const [k, r] of Object.entries(F.regions))
  for (const n of r.near ?? []) nearIndex.set(n, [...(nearIndex.get(n) ?? []), k]);
const membersOf = new Map<string, string[]>();
for (const [k, r] of Object.entries(F.regions))
  for (const p of r.parts) membersOf.set(p, [...(membersOf.get(p) ?? []), k]);

/** Region kinds listing a part, in atlas order. */
export function partMembers(part: string): readonly string[] {
  return membersOf.get(part) ?? [];
}

function partInfo(part: string): PartInfo {
  return F.parts[part] ?? {};
}

/** The part whose axes apply to a head: the part itself, or the first part of the first region kind. */
export function headPart(head: Head): string | undefined {
  return head.kind === 'part' ? head.part : F.regions[head.kinds[0] ?? '']?.parts[0];
}

function candidates(head: Head, whole: boolean): { all: readonly string[]; plain: readonly string[] } {
  if (head.kind === 'region') return { all: head.kinds, plain: head.kinds };
  const info = partInfo(head.part);
  const all = partMembers(head.part);
  const plain = whole ? (info.whole ?? all) : (info.default ?? all);
  return { all: [...new Set([...all, ...(info.whole ?? [])])], plain };
}

/** Level words: "upper side of the arm" keeps "side" as the side surface. */
const LEVELS = new Set(['upper', 'lower', 'middle']);

/**
 * "inner side of the knee", "top side of the foot": beside a direction that names a face, "side" is the
 * noun for that face, not a second direction (the knee's lateral side).
 */
function asideNoun(dirs: readonly string[]): string[] {
  const faces = dirs.filter((d) => d !== 'side' && !LEVELS.has(d));
  return faces.length > 0 ? dirs.filter((d) => d !== 'side') : [...dirs];
}

/** Turns direction keys into the facets they mean on this part ("top" on the hand -> dorsal). */
export function axisFacets(part: string | undefined, dir: string): readonly string[] {
  return (part === undefined ? undefined : partInfo(part).axes?.[dir]) ?? F.defaultAxes[dir] ?? [dir];
}

/** What placing a mention needs: its head, directions, relation, "whole" and the facet of an "X of Y". */
export interface Placeable {
  readonly head: Head;
  readonly dirs: readonly string[];
  readonly rel?: string | undefined;
  readonly whole: boolean;
  readonly ofFacet?: string | undefined;
}

/**
 * "the left side of my neck at the front": with the faces asked beside "side" dropped, the side surface
 * alone; the caller uses it when those faces leave only a midline region, which has no left or right.
 */
export function sideSurface(m: Placeable): Placement | undefined {
  if (!m.dirs.includes('side')) return undefined;
  const kept = m.dirs.filter((d) => d === 'side' || LEVELS.has(d));
  if (kept.length === m.dirs.length) return undefined;
  const placed = placeRegions(m.head, kept, m.rel, m.whole, m.ofFacet);
  return placed.how === 'narrowed' ? placed : undefined;
}

/** Places a parsed mention as written (placeRegions with its own head, directions, relation and facet). */
export function placeMention(m: Placeable): Placement {
  return placeRegions(m.head, m.dirs, m.rel, m.whole, m.ofFacet);
}

/**
 * Places a mention on the region facets: a relation to the head as landmark first ("behind ear"),
 * then each direction narrows the head's regions to those carrying its facet, best match first.
 */
export function placeRegions(
  named: Head,
  dirs: readonly string[],
  rel: string | undefined,
  whole: boolean,
  ofFacet?: string,
): Placement {
  // "all down the outside of the leg": a one-region name read as its part and surface, made whole.
  // "bottom front teeth", "front inside of the thigh": a one-region name with a direction is read as its
  // part, surface and features, so the direction can move it (to the lower incisors, the anteromedial thigh).
  const only =
    named.kind === 'region' && named.kinds.length === 1 ? F.regions[named.kinds[0] ?? ''] : undefined;
  if (only?.parts[0] !== undefined && !whole && dirs.length > 0) {
    const keep = [
      ...(only.surface ?? []),
      ...(only.features ?? []),
      ...(only.border === undefined ? [] : [only.border]),
    ];
    const moved = placeRegions(
      { kind: 'part', part: only.parts[0], facets: keep },
      dirs,
      rel,
      false,
      ofFacet,
    );
    // Only a move that keeps everything the name said (its surface, features and edge) counts.
    if (
      moved.how === 'narrowed' &&
      keep.length > 0 &&
      moved.kinds.every((k) => keep.every((f) => facetSets.get(k)?.has(f))) &&
      // ... and its place beside a landmark ("above the pubic bone, centre" stays above it).
      moved.kinds.every((k) => (only.near ?? []).every((n) => F.regions[k]?.near?.includes(n)))
    )
      return moved;
  }
  // "my back is sore down low": a direction naming a part within this one (data) is that part.
  const section =
    named.kind === 'part' ? dirs.find((d) => partInfo(named.part).sections?.[d] !== undefined) : undefined;
  if (section !== undefined && named.kind === 'part') {
    const within = partInfo(named.part).sections?.[section] ?? named.part;
    const rest = dirs.filter((d) => d !== section);
    return placeRegions({ ...named, part: within }, rest, rel, whole, ofFacet);
  }
  const head: Head =
    whole && only?.parts[0] !== undefined
      ? { kind: 'part', part: only.parts[0], facets: only.surface ?? [] }
      : named;
  const part = headPart(head);
  const parts =
    head.kind === 'part' ? [head.part] : [...new Set(head.kinds.flatMap((k) => F.regions[k]?.parts ?? []))];
  let directions = asideNoun(dirs);
  let nearOnly: string[] = [];
  if (rel !== undefined) {
    // "under the breastbone": a landmark word's own facet names a spot of its own before the whole part.
    const spot =
      head.kind === 'part' && head.facets.length > 0
        ? head.facets.flatMap((f) => parts.flatMap((p) => nearIndex.get(`${rel} ${p} ${f}`) ?? []))
        : [];
    const near = [
      ...new Set(spot.length > 0 ? spot : parts.flatMap((p) => nearIndex.get(`${rel} ${p}`) ?? [])),
    ];
    if (near.length > 0 && dirs.length === 0) return { kinds: near, facets: [], how: 'relation' };
    nearOnly = near;
    directions = [...(F.relationAxes[rel] ?? []), ...directions];
  }
  const wanted: (readonly string[])[] = directions.map((d) => axisFacets(part, d));
  if (head.kind === 'part') for (const f of head.facets) wanted.push([f]);
  if (ofFacet !== undefined) wanted.push([ofFacet]);
  const { all, plain } = candidates(head, whole);
  if (wanted.length === 0) return { kinds: plain, facets: [], how: whole ? 'whole' : 'default' };
  const facets = wanted.flat();
  // "L lat leg": a part that narrows its default first (the lower leg) reaches its whole only if needed.
  // "the bottom of my ribcage at the back": when the default cannot carry every facet asked for and the
  // whole can, the whole.
  const fromDefault =
    head.kind === 'part' && !whole && partInfo(head.part).narrowsDefault === true
      ? bestOf(plain, wanted)
      : [];
  let best: string[];
  if (fromDefault.length === 0) best = bestOf(all, wanted);
  else {
    const full = (k: string): boolean => wanted.every((alts) => alts.some((f) => facetSets.get(k)?.has(f)));
    const rest = fromDefault.some(full) ? [] : bestOf(all, wanted);
    best = rest.some(full) ? rest : fromDefault;
  }
  // "just above my pubic bone, in the middle": directions that narrow nothing leave the relation's region.
  if (best.length === 0 && nearOnly.length > 0) return { kinds: nearOnly, facets: [], how: 'relation' };
  if (best.length === 0) return { kinds: plain, facets, how: 'not-narrowed' };
  return { kinds: best, facets, how: 'narrowed' };
}

/** The kinds carrying the most wanted facets, then the fewest facets not asked for. */
function bestOf(kinds: readonly string[], wanted: readonly (readonly string[])[]): string[] {
  let best: string[] = [];
  let bestScore = 0;
  let bestExtra = Infinity;
  for (const k of kinds) {
    const set = facetSets.get(k);
    if (set === undefined) continue;
    const score = wanted.filter((alts) => alts.some((f) => set.has(f))).length;
    if (score === 0 || score < bestScore) continue;
    // Fewest surfaces not asked for ("front of the thigh" is the anterior thigh, not the anteromedial
    // one), then fewest level and border facets not asked for (a side of the back before its crest).
    const r = F.regions[k];
    const unasked = (fs: readonly (string | undefined)[]): number =>
      fs.filter((f) => f !== undefined && !wanted.some((alts) => alts.includes(f))).length;
    const extra = unasked(r?.surface ?? []) * 10 + unasked([r?.level, r?.border]);
    if (score > bestScore || extra < bestExtra) {
      best = [k];
      bestScore = score;
      bestExtra = extra;
    } else if (extra === bestExtra) best.push(k);
  }
  return best;
}

/** "calf near the knee": the level of `part` that faces `landmark` along a chain holding both. */
export function levelTowards(part: string, landmark: string): 'upper' | 'lower' | undefined {
  for (const chain of Object.values(F.chains)) {
    const a = chain.indexOf(part);
    const b = chain.indexOf(landmark);
    if (a >= 0 && b >= 0 && a !== b) return b < a ? 'upper' : 'lower';
  }
  return undefined;
}

/**
 * "my arm just below the shoulder": for a part that is not on a chain but holds parts that are (the arm holds
 * the upper arm, elbow and forearm), the one of them next to `landmark` along that chain.
 */
export function sectionTowards(part: string, landmark: string): string | undefined {
  for (const chain of Object.values(F.chains)) {
    const at = chain.indexOf(landmark);
    if (at < 0 || chain.includes(part)) continue;
    const held = chain.filter((p) => F.parts[p]?.within?.includes(part) === true);
    const next = [chain[at + 1], chain[at - 1]].find((p) => p !== undefined && held.includes(p));
    if (next !== undefined) return next;
  }
  return undefined;
}

/** The parts strictly between two parts along a limb or the spine, if one chain holds both. */
export function partsBetween(from: string, to: string): readonly string[] {
  for (const chain of Object.values(F.chains)) {
    const a = chain.indexOf(from);
    const b = chain.indexOf(to);
    if (a >= 0 && b >= 0 && Math.abs(a - b) > 1) return chain.slice(Math.min(a, b) + 1, Math.max(a, b));
  }
  return [];
}

/**
 * "my whole arm above the elbow", "the inside of my leg below the knee": of a place that runs past a
 * landmark along a limb (its whole reaches the far side), the kinds lying beyond the landmark on the side
 * the relation names (the chains of region-facets.yaml give the order). Undefined when the chain does not
 * hold the landmark, the place does not run past it, or nothing of it lies there.
 */
export function kindsBeyond(
  kinds: readonly string[],
  wholeKinds: readonly string[],
  landmark: string,
  rel: string,
): string[] | undefined {
  const down = rel === 'below';
  if (!down && rel !== 'above') return undefined;
  for (const chain of Object.values(F.chains)) {
    const at = chain.indexOf(landmark);
    if (at < 0) continue;
    const beyond = new Set(down ? chain.slice(at + 1) : chain.slice(0, at));
    const lies = (k: string): boolean => {
      const parts = F.regions[k]?.parts ?? [];
      // A part with its own place on the chain is placed by it; others by the parts they lie within.
      const holders = parts.flatMap((p) => (chain.includes(p) ? [p] : [p, ...(F.parts[p]?.within ?? [])]));
      return !parts.includes(landmark) && holders.some((p) => beyond.has(p));
    };
    if (wholeKinds.every(lies)) return undefined;
    // "my arm below the elbow": a bare part that means its near half ("arm" is the upper arm) reaches
    // past the landmark only as a whole.
    const kept = kinds.filter(lies);
    if (kept.length > 0) return kept;
    const far = wholeKinds.filter(lies);
    if (far.length > 0) return far;
  }
  return undefined;
}
