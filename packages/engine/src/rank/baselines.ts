import type { Atlas } from '@myomap/atlas';
import { painGuide, painGuideOf } from '../patterns/pain-guide.ts';
import type { FinderInput } from './finder-input.ts';
import { weighDrawing } from './match-drawing.ts';
import { scoringTables } from './scoring-tables.ts';

/** A baseline's answer: muscle ids, most likely first. */
export interface BaselineRanking {
  readonly muscles: readonly string[];
}

/**
 * Baseline "chasing pain": the muscles lying under the painful regions (their trigger points sit
 * there), ranked by how much of the drawing lies over them.
 */
export function chasingPainBaseline(input: FinderInput, atlas: Atlas): BaselineRanking {
  const tables = scoringTables(atlas);
  const drawing = weighDrawing(input.drawing, tables);
  const score = new Map<string, number>();
  for (const r of drawing.regions) {
    const seen = new Set<string>();
    for (const key of tables.local.get(r.id) ?? []) {
      const id = key.split('|')[0] ?? key;
      if (seen.has(id)) continue;
      seen.add(id);
      score.set(id, (score.get(id) ?? 0) + r.weight);
    }
  }
  const name = (id: string): string => atlas.muscleById.get(id)?.name ?? id;
  return {
    muscles: [...score].sort((a, b) => b[1] - a[1] || name(a[0]).localeCompare(name(b[0]))).map(([id]) => id),
  };
}

type GuideList = readonly { readonly muscleId: string }[];

/** Merges guide lists by the best position a muscle reaches in any of them (ties: listed more often, then name). */
function mergeByBestPosition(lists: readonly GuideList[], atlas: Atlas): BaselineRanking {
  const best = new Map<string, { position: number; count: number }>();
  for (const list of lists) {
    const seen = new Set<string>();
    let position = 0;
    for (const entry of list) {
      if (seen.has(entry.muscleId)) continue;
      seen.add(entry.muscleId);
      const cur = best.get(entry.muscleId);
      if (cur === undefined) best.set(entry.muscleId, { position, count: 1 });
      else best.set(entry.muscleId, { position: Math.min(cur.position, position), count: cur.count + 1 });
      position++;
    }
  }
  const name = (id: string): string => atlas.muscleById.get(id)?.name ?? id;
  return {
    muscles: [...best]
      .sort(
        (a, b) =>
          a[1].position - b[1].position || b[1].count - a[1].count || name(a[0]).localeCompare(name(b[0])),
      )
      .map(([id]) => id),
  };
}

/**
 * Baseline "single-area lookup": each drawn region's pain guide, as one-area-at-a-time sites show
 * them, merged by the best position a muscle reaches in any list (ties: listed in more regions).
 */
export function singleAreaLookupBaseline(input: FinderInput, atlas: Atlas): BaselineRanking {
  const regions = [...new Set(input.drawing.map((d) => d.region))];
  return mergeByBestPosition(
    regions.map((region) => painGuide(atlas, region)),
    atlas,
  );
}

/**
 * Informational baseline "area lookup": the coarser lists reference sites show for a whole body area
 * ("low back", "front of the shoulder"): the pain guide of all regions in the drawn region's parent
 * area on that side (midline included), merged like the single-area lookup.
 */
export function areaLookupBaseline(input: FinderInput, atlas: Atlas): BaselineRanking {
  const areas = new Map<string, string[]>();
  for (const { region } of input.drawing) {
    const r = atlas.regionById.get(region);
    if (r === undefined) continue;
    const key = `${r.parent}|${r.side}`;
    if (areas.has(key)) continue;
    areas.set(
      key,
      atlas.regions
        .filter((o) => o.parent === r.parent && (o.side === r.side || o.side === 'm' || r.side === 'm'))
        .map((o) => o.id),
    );
  }
  return mergeByBestPosition(
    [...areas.values()].map((ids) => painGuideOf(atlas, ids)),
    atlas,
  );
}
