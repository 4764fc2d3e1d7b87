import { bodyOrdered, readRegions, type RegionReading } from '../language/read-regions.ts';
import type { SideHint } from './side-words.ts';

/** One place named in the text and the regions it became (kept for callers of the first resolver). */
export interface ResolvedMention {
  /** The words as written. */
  readonly phrase: string;
  /** The side applied: from the text, carried from a neighbouring phrase, or both by default. */
  readonly side: SideHint | 'midline';
  readonly sideSource: 'text' | 'carried' | 'default' | 'midline';
  readonly regions: readonly string[];
}

/** The regions a description names, what could not be read, how sides were decided, and each reading. */
export interface ResolveResult {
  /** Region ids in head-to-toe order, without duplicates (negated places and places named in an activity excluded). */
  readonly regions: readonly string[];
  /** Phrases that named no known region, never silently dropped. */
  readonly unresolved: readonly string[];
  /** Plain notes on decisions the reader should know about (sides, spellings, negation, emphasis). */
  readonly notes: readonly string[];
  readonly mentions: readonly ResolvedMention[];
  /** How each phrase was read: the mention trees (side, negated, part, facets, regions). */
  readonly readings: readonly RegionReading[];
}

/**
 * Turns a free-text pain description into region ids with the language layer (lay and clinical lexicon,
 * directions placed on region facets, sides anywhere, negation, ranges, spelling). Unknown phrases are
 * reported, never dropped.
 * @example resolveRegions('right temple and back of the neck').regions // ['r.temple', 'r.posterior-neck', …]
 */
export function resolveRegions(text: string): ResolveResult {
  const { readings, unresolved, notes } = readRegions(text);
  const live = readings.filter((r) => !r.negated && !r.activity);
  return {
    regions: bodyOrdered(live.flatMap((r) => r.regions)),
    unresolved,
    notes,
    mentions: live.map((r) => ({
      phrase: r.text,
      side: r.side,
      sideSource: r.sideSource,
      regions: r.regions,
    })),
    readings,
  };
}
