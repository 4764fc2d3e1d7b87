import type { PreparedQuery } from './finder-query.ts';
import type { RegionReading } from '../language/read-regions.ts';
import type { RankResult } from './rank-types.ts';
import type { TextFinding } from '../resolve/resolve-evidence.ts';
import type { FiredRule, StopNotice } from './screen-red-flags.ts';

/** The public JSON shape of a finder answer (CLI --json, POST /api/find). */
export interface FinderJson {
  readonly stop: StopNotice | null;
  readonly ranked: readonly {
    muscle: { id: string; name: string };
    side: string;
    score: number;
    coverage: number;
    summary: string;
    explains: RankResult['ranked'][number]['explains'];
    unexplained: readonly string[];
    near: readonly string[];
    evidence: RankResult['ranked'][number]['evidence'];
    triggerPoints: readonly string[];
  }[];
  readonly explainingSet: RankResult['explainingSet'];
  readonly unexplainedRegions: readonly string[];
  readonly redFlags: RankResult['redFlags'];
  /** Red-flag combination rules that fired. */
  readonly redFlagRules: readonly FiredRule[];
  /** Findings read from the evidence text with their status; negated ones show as "ruled out". */
  readonly findings: readonly TextFinding[];
  /** Red-flag signs in the texts that do not count (negated, hypothetical, another person, past). */
  readonly ruledOut: readonly TextFinding[];
  readonly drawing: readonly { region: string; intensity: number; quality?: string | undefined }[];
  readonly unresolved: readonly string[];
  readonly notes: readonly string[];
  /** How each phrase of the text was read: the chips the Finder shows before painting. */
  readonly readings: readonly RegionReading[];
}

/** Maps a ranking result and its prepared query to the public JSON answer; the stop notice and red flags come from the query's full screen. */
export function toFinderJson(result: RankResult, prepared: PreparedQuery): FinderJson {
  return {
    stop: prepared.screen.notice ?? result.stop ?? null,
    ranked: result.ranked.map((c) => ({
      muscle: { id: c.muscle.id, name: c.muscle.name },
      side: c.side,
      score: c.score,
      coverage: c.coverage,
      summary: c.summary,
      explains: c.explains,
      unexplained: c.unexplained,
      near: c.near,
      evidence: c.evidence,
      triggerPoints: c.triggerPoints,
    })),
    explainingSet: result.explainingSet,
    unexplainedRegions: result.unexplainedRegions,
    redFlags: prepared.screen.findings,
    redFlagRules: prepared.screen.rules,
    findings: prepared.findings,
    ruledOut: prepared.screen.ruledOut,
    drawing: prepared.input.drawing,
    unresolved: prepared.unresolved,
    notes: prepared.notes,
    readings: prepared.readings,
  };
}
