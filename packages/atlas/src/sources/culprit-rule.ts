import type { CulpritRating } from '../schema/culprit-schema.ts';
import type { Culprit } from '../schema/muscle-schema.ts';

const RANK: Record<Culprit, number> = { primary: 0, common: 1, occasional: 2 };
const GUIDES = new Set(['pain-guide', 'area-list']);

/**
 * The one rule that turns a rating's sources into its rating (docs/ranking.md, "Culprit ratings and
 * their sources"). When any muscle of the region is named by a guide:
 * - primary: a manual's pain guide (or a page reproducing one) names it first or as a main source, or
 *   at least two area lists from different works do;
 * - common: any guide names it (but not as above);
 * - otherwise its muscle-chapter rating, at most common (the region's guides name others first).
 * In a region no guide covers, the muscle-chapter rating stands; a study alone gives occasional.
 */
export function ruleRating(rating: CulpritRating, regionHasGuide: boolean): Culprit {
  const guides = rating.sources.filter((s) => GUIDES.has(s.basis));
  if (regionHasGuide && guides.length > 0) {
    const manualMain = guides.some((s) => s.basis === 'pain-guide' && s.supports === 'primary');
    const listMainWorks = new Set(
      guides.filter((s) => s.basis === 'area-list' && s.supports === 'primary').map((s) => s.work),
    );
    return manualMain || listMainWorks.size >= 2 ? 'primary' : 'common';
  }
  const chapter = rating.sources
    .filter((s) => s.basis === 'muscle-chapter')
    .map((s) => s.supports)
    .sort((a, b) => RANK[a] - RANK[b])[0];
  if (chapter === undefined) return 'occasional';
  return regionHasGuide && chapter === 'primary' ? 'common' : chapter;
}

/** Whether any rating of a region cites a guide (a pain guide or an area list). */
export function regionHasGuide(ratings: readonly CulpritRating[]): boolean {
  return ratings.some((r) => r.sources.some((s) => GUIDES.has(s.basis)));
}
