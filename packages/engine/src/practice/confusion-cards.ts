import type { Atlas } from '@myomap/atlas';
import type { TellApartCard } from './card-types.ts';
import { jaccard, musclePatterns } from './muscle-patterns.ts';

/**
 * Tell-apart cards for pairs of muscles a learner has confused (from the review history), both ways
 * round, at difficulty 1 so they come up soon. Pairs with an unknown muscle, an empty essential zone or
 * identical essential zones (nothing to tell apart) give no card. Ids match the generated tell-apart
 * cards, so a pair already in the deck is the same card.
 */
export function confusionCards(
  atlas: Atlas,
  pairs: readonly { readonly a: string; readonly b: string }[],
): TellApartCard[] {
  const byId = new Map(musclePatterns(atlas).map((p) => [p.muscle.id, p]));
  const cards: TellApartCard[] = [];
  const seen = new Set<string>();
  for (const { a, b } of pairs) {
    const pa = byId.get(a);
    const pb = byId.get(b);
    if (pa === undefined || pb === undefined || a === b) continue;
    if (pa.essential.length === 0 || pb.essential.length === 0) continue;
    if (pa.essential.join(',') === pb.essential.join(',')) continue;
    const overlap = Math.round(jaccard(pa.essential, pb.essential) * 1000) / 1000;
    for (const [shown, other] of [
      [pa, pb],
      [pb, pa],
    ] as const) {
      const id = `tell-apart:${shown.muscle.id}~${other.muscle.id}`;
      if (seen.has(id)) continue;
      seen.add(id);
      cards.push({
        id,
        type: 'tell-apart',
        area: shown.muscle.area,
        difficulty: 1,
        muscleId: shown.muscle.id,
        otherId: other.muscle.id,
        overlap,
        essential: shown.essential,
        spillover: shown.spillover,
      });
    }
  }
  return cards;
}

/** The tell-apart card an id such as "tell-apart:infraspinatus~deltoid-anterior" names, if both muscles can be told apart. */
export function tellApartCardById(atlas: Atlas, id: string): TellApartCard | undefined {
  const m = /^tell-apart:([a-z0-9-]+)~([a-z0-9-]+)$/.exec(id);
  if (m === null) return undefined;
  return confusionCards(atlas, [{ a: m[1] ?? '', b: m[2] ?? '' }])[0];
}
