import type { CulpritRating } from '../schema/culprit-schema.ts';
import type { Culprit } from '../schema/muscle-schema.ts';

const RANK: Record<Culprit, number> = { primary: 0, common: 1, occasional: 2 };
const GUIDES = new Set(['pain-guide', 'area-list']);

/**
 * What the region guides alone say about a muscle: `primary` when a manual's pain guide (or a page
 * reproducing one) names it first or as a main source, or at least two area lists from different
 * works do; `common` when a guide names it otherwise; undefined when no guide names it.
 */
export function guideVerdict(rating: CulpritRating): 'primary' | 'common' | undefined {
  const guides = rating.sources.filter((s) => GUIDES.has(s.basis));
  if (guides.length === 0) return undefined;
  const manualMain = guides.some((s) => s.basis === 'pain-guide' && s.supports === 'primary');
  const listMainWorks = new Set(
    guides.filter((s) => s.basis === 'area-list' && s.supports === 'primary').map((s) => s.work),
  );
  return manualMain || listMainWorks.size >= 2 ? 'primary' : 'common';
}

/** Whether the guides of a region make at least one of its muscles primary. */
export function regionHasGuidePrimary(ratings: readonly CulpritRating[]): boolean {
  return ratings.some((r) => guideVerdict(r) === 'primary');
}

/**
 * The one rule that turns a rating's sources into its rating (docs/ranking.md, "Culprit ratings and
 * their sources"):
 * - primary when the guides make it primary (see `guideVerdict`);
 * - when the region's guides make some muscle primary, every other muscle is at most common: common if
 *   a guide names it or its chapter rates it primary or common, occasional otherwise;
 * - when no guide makes anyone primary, a guide naming a muscle lifts it to at least common, and the
 *   muscle-chapter rating otherwise stands (a study alone gives occasional).
 */
export function ruleRating(rating: CulpritRating, regionGuidePrimary: boolean): Culprit {
  const verdict = guideVerdict(rating);
  if (verdict === 'primary') return 'primary';
  const chapter =
    rating.sources
      .filter((s) => s.basis === 'muscle-chapter')
      .map((s) => s.supports)
      .sort((a, b) => RANK[a] - RANK[b])[0] ?? 'occasional';
  if (regionGuidePrimary) return verdict === 'common' || chapter !== 'occasional' ? 'common' : 'occasional';
  return verdict === 'common' && chapter === 'occasional' ? 'common' : chapter;
}
