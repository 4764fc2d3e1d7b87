import type { Atlas, Region, Side } from '@myomap/atlas';
import { applyEvidence } from './apply-evidence.ts';
import { explainingSet } from './explaining-set.ts';
import type { FinderInput, RankOptions } from './finder-input.ts';
import { matchDrawing, weighDrawing, type WeightedDrawing } from './match-drawing.ts';
import type { EvidenceEffect, RankedCandidate, RankResult, RegionMatch } from './rank-types.ts';
import { scoringTables, type Candidate } from './scoring-tables.ts';
import { screenRedFlags } from './screen-red-flags.ts';
import { summarize } from './summarize.ts';
import { WEIGHTS } from './weights.ts';

interface Scored {
  readonly candidate: Candidate;
  readonly side: Side | 'both';
  readonly muscle: RankedCandidate['muscle'];
  readonly explains: RegionMatch[];
  readonly coverage: number;
  readonly score: number;
  readonly effects: EvidenceEffect[];
}

function patternScore(
  candidate: Candidate,
  matches: readonly RegionMatch[],
  drawing: WeightedDrawing,
  weights: ReadonlyMap<string, number>,
): { score: number; coverage: number } {
  let explained = 0;
  let essentialHit = 0;
  for (const m of matches) {
    explained += (weights.get(m.region) ?? 0) * m.credit;
    if (candidate.essential.has(m.region)) essentialHit++;
  }
  const coverage = drawing.total === 0 ? 0 : explained / drawing.total;
  const precision = candidate.essential.size === 0 ? 1 : essentialHit / candidate.essential.size;
  const score =
    coverage ** WEIGHTS.coverageExponent *
    (1 - WEIGHTS.precisionWeight + WEIGHTS.precisionWeight * precision);
  return { score, coverage };
}

function mergeMatches(a: readonly RegionMatch[], b: readonly RegionMatch[]): RegionMatch[] {
  const best = new Map<string, RegionMatch>();
  for (const m of [...a, ...b]) {
    const cur = best.get(m.region);
    if (cur === undefined || m.credit > cur.credit) best.set(m.region, m);
  }
  return [...best.values()];
}

const byCredit = (a: RegionMatch, b: RegionMatch): number =>
  b.credit - a.credit || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0);

/** The public form of a scored candidate: sorted matches, what it leaves unexplained, its summary. */
function toCandidate(
  s: Scored,
  drawing: WeightedDrawing,
  regionById: ReadonlyMap<string, Region>,
): RankedCandidate {
  const explains = s.explains.slice().sort(byCredit);
  const unexplained: string[] = [];
  for (const r of drawing.regions) {
    if (!explains.some((m) => m.region === r.id && m.how !== 'nearby')) unexplained.push(r.id);
  }
  const triggerPoints: string[] = [];
  for (const m of explains) {
    if (m.triggerPointId !== undefined && !triggerPoints.includes(m.triggerPointId))
      triggerPoints.push(m.triggerPointId);
  }
  const candidate = {
    muscle: s.muscle,
    side: s.side,
    score: Math.round(Math.min(1, s.score) * 1000) / 10,
    coverage: Math.round(s.coverage * 1000) / 1000,
    explains,
    unexplained,
    evidence: s.effects,
    triggerPoints,
    summary: '',
  };
  candidate.summary = summarize(candidate, regionById);
  return candidate;
}

/**
 * Ranks the muscles (per side) whose trigger points best explain a pain drawing, adjusted by
 * movement, activity, symptom and palpation evidence. Deterministic; every weight is in weights.ts
 * and explained in docs/ranking.md.
 * @example rankSources({ drawing: [{ region: 'r.temple', intensity: 6 }] }, loadAtlas()).ranked[0]
 */
export function rankSources(input: FinderInput, atlas: Atlas, options: RankOptions = {}): RankResult {
  const tables = scoringTables(atlas, options.includeLatent ?? true);
  const drawing = weighDrawing(input.drawing, tables);
  const weights = new Map(drawing.regions.map((r) => [r.id, r.weight]));
  const areas = options.areas === undefined ? undefined : new Set<string>(options.areas);
  const bySide = new Map<string, Scored>();
  for (const [key, matches] of matchDrawing(drawing, tables)) {
    const candidate = tables.candidates.get(key);
    if (candidate === undefined || (areas !== undefined && !areas.has(candidate.muscle.area))) continue;
    const base = patternScore(candidate, matches, drawing, weights);
    const { score, effects } = applyEvidence(base.score, candidate, candidate.side, input);
    const muscle = { id: candidate.muscle.id, name: candidate.muscle.name, area: candidate.muscle.area };
    bySide.set(key, {
      candidate,
      side: candidate.side,
      muscle,
      explains: matches,
      coverage: base.coverage,
      score,
      effects,
    });
  }
  const merged: Scored[] = [];
  for (const s of bySide.values()) {
    const mirror = s.candidate.mirrorKey;
    if (s.side === 'r' && mirror !== undefined && bySide.has(mirror)) continue;
    const other = s.side === 'l' && mirror !== undefined ? bySide.get(mirror) : undefined;
    if (other === undefined) {
      merged.push(s);
      continue;
    }
    const explains = mergeMatches(s.explains, other.explains);
    const base = patternScore(s.candidate, explains, drawing, weights);
    const both = applyEvidence(base.score, s.candidate, 'both', input);
    const better = s.score >= other.score ? s : other;
    const tie = Math.abs(s.score - other.score) <= 1e-9 * Math.max(1, s.score);
    if (tie || both.score > better.score * WEIGHTS.bothSidesGain) {
      merged.push({
        ...s,
        side: 'both',
        explains,
        coverage: base.coverage,
        score: both.score,
        effects: both.effects,
      });
    } else merged.push(better);
  }
  const sideOrder = { l: 0, r: 1, m: 2, both: 3 } as const;
  merged.sort(
    (a, b) =>
      b.score - a.score ||
      a.candidate.nameOrder - b.candidate.nameOrder ||
      sideOrder[a.side] - sideOrder[b.side],
  );

  const top = options.top ?? 10;
  const ranked: RankedCandidate[] = [];
  for (const s of merged.slice(0, top)) ranked.push(toCandidate(s, drawing, tables.regionById));

  const anyExplains = new Set<string>();
  for (const s of merged) for (const m of s.explains) if (m.how !== 'nearby') anyExplains.add(m.region);
  const unexplainedRegions = drawing.regions.map((r) => r.id).filter((id) => !anyExplains.has(id));
  const { findings, notice } = screenRedFlags({
    drawing: input.drawing,
    flags: input.redFlags ?? [],
    symptoms: input.symptoms ?? [],
  });
  return {
    ranked,
    explainingSet: explainingSet(merged, drawing),
    unexplainedRegions,
    redFlags: findings,
    stop: notice,
    unknownRegions: drawing.unknown,
  };
}
