import type { Atlas, Region, Side } from '@myomap/atlas';
import { applyEvidence } from './apply-evidence.ts';
import { explainingSet } from './explaining-set.ts';
import type { FinderInput, RankOptions } from './finder-input.ts';
import { matchDrawing, weighDrawing, type WeightedDrawing } from './match-drawing.ts';
import type { EvidenceEffect, RankedCandidate, RankResult, RegionMatch } from './rank-types.ts';
import { scoringTables, type Candidate } from './scoring-tables.ts';
import { screenRedFlags } from './screen-red-flags.ts';
import { summarize } from './summarize.ts';
import { DEFAULT_WEIGHTS, type RankWeights } from './weights.ts';

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
  w: RankWeights,
  bothSides = false,
): { score: number; coverage: number } {
  // a both-sides candidate is measured against the essential regions of both sides (mirror symmetric)
  const essential = bothSides ? candidate.essentialBothSides : candidate.essential;
  let explained = 0;
  let essentialHit = 0;
  for (const m of matches) {
    explained += (weights.get(m.region) ?? 0) * m.credit;
    if (essential.has(m.region)) essentialHit++;
  }
  const coverage = drawing.total === 0 ? 0 : explained / drawing.total;
  const precision = essential.size === 0 ? 1 : essentialHit / essential.size;
  const score = coverage ** w.coverageExponent * (1 - w.precisionWeight + w.precisionWeight * precision);
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

/** The one side a drawing's lateral regions are on; undefined when both sides or only the midline are drawn. */
function oneDrawnSide(drawing: WeightedDrawing): 'l' | 'r' | undefined {
  let side: 'l' | 'r' | undefined;
  for (const { id } of drawing.regions) {
    const s = id.startsWith('l.') ? 'l' : id.startsWith('r.') ? 'r' : undefined;
    if (s === undefined) continue;
    if (side !== undefined && side !== s) return undefined;
    side = s;
  }
  return side;
}

const byCredit = (a: RegionMatch, b: RegionMatch): number =>
  b.credit - a.credit || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0);

/**
 * The public form of a scored candidate: sorted matches, what it leaves unexplained, its summary.
 * Scores (and evidence points) are shown on 0–100 divided by `scale` = max(1, best raw score): the
 * order is the raw order, and no clamp makes several candidates tie at 100.
 */
function toCandidate(
  s: Scored,
  drawing: WeightedDrawing,
  regionById: ReadonlyMap<string, Region>,
  scale: number,
): RankedCandidate {
  const explains = s.explains.slice().sort(byCredit);
  const unexplained: string[] = [];
  const near: string[] = [];
  for (const r of drawing.regions) {
    const m = explains.find((x) => x.region === r.id);
    if (m === undefined) unexplained.push(r.id);
    else if (m.how === 'nearby') near.push(r.id);
  }
  const triggerPoints: string[] = [];
  for (const m of explains) {
    if (m.triggerPointId !== undefined && !triggerPoints.includes(m.triggerPointId))
      triggerPoints.push(m.triggerPointId);
  }
  const candidate = {
    muscle: s.muscle,
    side: s.side,
    score: Math.round((s.score / scale) * 1000) / 10,
    coverage: Math.round(s.coverage * 1000) / 1000,
    explains,
    unexplained,
    near,
    evidence:
      s.effects.length === 0
        ? s.effects
        : s.effects.map((e) => ({ ...e, effect: Math.round((e.effect / scale) * 10) / 10 })),
    triggerPoints,
    summary: '',
  };
  candidate.summary = summarize(candidate, regionById);
  return candidate;
}

/**
 * Ranks the muscles (per side) whose trigger points best explain a pain drawing, adjusted by
 * movement, activity, symptom and palpation evidence. Deterministic; the weights are an input
 * (`options.weights`, default DEFAULT_WEIGHTS in weights.ts, explained in docs/ranking.md).
 * @example rankSources({ drawing: [{ region: 'r.temple', intensity: 6 }] }, loadAtlas()).ranked[0]
 */
export function rankSources(input: FinderInput, atlas: Atlas, options: RankOptions = {}): RankResult {
  const w = options.weights ?? DEFAULT_WEIGHTS;
  const tables = scoringTables(atlas, options.includeLatent ?? true, w, options.includeExperimental ?? true);
  const drawing = weighDrawing(input.drawing, tables);
  const weights = new Map(drawing.regions.map((r) => [r.id, r.weight]));
  const areas = options.areas === undefined ? undefined : new Set<string>(options.areas);
  const bySide = new Map<string, Scored>();
  for (const [key, matches] of matchDrawing(drawing, tables)) {
    const candidate = tables.candidates.get(key);
    if (candidate === undefined || (areas !== undefined && !areas.has(candidate.muscle.area))) continue;
    const base = patternScore(candidate, matches, drawing, weights, w);
    const { score, effects } = applyEvidence(base.score, candidate, candidate.side, input, w);
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
  const drawnSide = oneDrawnSide(drawing);
  for (const s of bySide.values()) {
    const mirror = s.candidate.mirrorKey;
    if (s.side === 'r' && mirror !== undefined && bySide.has(mirror)) continue;
    const other = s.side === 'l' && mirror !== undefined ? bySide.get(mirror) : undefined;
    if (other === undefined) {
      merged.push(s);
      continue;
    }
    const explains = mergeMatches(s.explains, other.explains);
    const base = patternScore(s.candidate, explains, drawing, weights, w, true);
    const both = applyEvidence(base.score, s.candidate, 'both', input, w);
    const better = s.score >= other.score ? s : other;
    const tie = Math.abs(s.score - other.score) <= 1e-9 * Math.max(1, s.score);
    if (tie && drawnSide !== undefined) {
      // both sides explain the drawing alike only through midline regions: the drawn side is the source
      merged.push(drawnSide === s.side ? s : other);
    } else if (tie || both.score > better.score * w.bothSidesGain) {
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
  // Scores equal up to floating-point rounding (sums taken in another order, as a mirrored drawing
  // does) count as a tie, so the order is mirror symmetric; ties break by name, then side.
  merged.sort((a, b) => {
    const d = b.score - a.score;
    // scores are below ~10, so an absolute tolerance of 1e-8 is relative rounding noise
    if (d > 1e-8 || d < -1e-8) return d;
    return a.candidate.nameOrder - b.candidate.nameOrder || sideOrder[a.side] - sideOrder[b.side];
  });

  const top = options.top ?? 10;
  const ranked: RankedCandidate[] = [];
  const scale = Math.max(1, merged[0]?.score ?? 0);
  for (const s of merged.slice(0, top)) ranked.push(toCandidate(s, drawing, tables.regionById, scale));

  const anyExplains = new Set<string>();
  for (const s of merged) for (const m of s.explains) if (m.how !== 'nearby') anyExplains.add(m.region);
  const unexplainedRegions = drawing.regions.map((r) => r.id).filter((id) => !anyExplains.has(id));
  const { findings, notice } = screenRedFlags({
    drawing: input.drawing,
    flags: input.redFlags ?? [],
    symptoms: input.symptoms ?? [],
    ...(options.screen?.text === undefined ? {} : { text: options.screen.text }),
    ...(options.screen?.age === undefined ? {} : { age: options.screen.age }),
  });
  return {
    ranked,
    explainingSet: explainingSet(merged, drawing, w),
    unexplainedRegions,
    redFlags: findings,
    stop: notice,
    unknownRegions: drawing.unknown,
  };
}
