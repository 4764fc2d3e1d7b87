import {
  BODY_AREAS,
  RED_FLAGS,
  RED_FLAG_LEXICON,
  type Atlas,
  type BodyArea,
  type RedFlagId,
  type SymptomId,
} from '@myomap/atlas';
import { rankSources } from '../rank/rank-sources.ts';
import type {
  Difficulty,
  DrawingEvidence,
  DrawingMark,
  PracticeCard,
  ReadDrawingCard,
  StopOrGoCard,
  TellApartCard,
  WhichMuscleCard,
} from './card-types.ts';
import { jaccard, musclePatterns, type MusclePattern } from './muscle-patterns.ts';
import { stopOrGoDecision } from './stop-or-go.ts';

/**
 * A finder evaluation case offered to practice. Only cases with split "tune" become cards; the
 * holdout and blind cases must never be shown, so anything else is dropped here as well as by callers.
 */
export interface PracticeCaseInput {
  readonly id: string;
  readonly split: string;
  readonly description: string;
  readonly drawing: readonly DrawingMark[];
  readonly evidence?: Partial<DrawingEvidence> & { readonly redFlags?: readonly RedFlagId[] };
  readonly expected: readonly string[];
  readonly expectedRedFlagTier?: string;
}

/** Intensity of regions in generated drawings. */
const DRAWN_INTENSITY = 6;

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function whichMuscleCards(patterns: readonly MusclePattern[]): WhichMuscleCard[] {
  const byPattern = new Map<string, Set<string>>();
  for (const p of patterns)
    for (const tp of p.triggerPoints) {
      if (tp.essential.length === 0) continue;
      const key = `${tp.essential.join(',')}|${tp.spillover.join(',')}`;
      const set = byPattern.get(key) ?? new Set<string>();
      set.add(p.muscle.id);
      byPattern.set(key, set);
    }
  const cards: WhichMuscleCard[] = [];
  for (const p of patterns) {
    const seen = new Set<string>();
    for (const tp of p.triggerPoints) {
      const key = `${tp.essential.join(',')}|${tp.spillover.join(',')}`;
      if (tp.essential.length === 0 || seen.has(key)) continue;
      seen.add(key);
      cards.push({
        id: `which-muscle:${tp.id}`,
        type: 'which-muscle',
        area: p.muscle.area,
        difficulty: tp.difficulty,
        muscleId: p.muscle.id,
        triggerPointId: tp.id,
        essential: tp.essential,
        spillover: tp.spillover,
        accepted: [...(byPattern.get(key) ?? [])].sort(),
      });
    }
  }
  return cards;
}

function tellApartCards(patterns: readonly MusclePattern[]): TellApartCard[] {
  const cards: TellApartCard[] = [];
  const done = new Set<string>();
  for (const a of patterns) {
    if (a.essential.length === 0) continue;
    let best: { p: MusclePattern; overlap: number } | undefined;
    for (const b of patterns) {
      if (b === a || b.essential.length === 0 || sameList(a.essential, b.essential)) continue;
      const overlap = jaccard(a.essential, b.essential);
      if (overlap > 0 && (best === undefined || overlap > best.overlap)) best = { p: b, overlap };
    }
    if (best === undefined) continue;
    const b = best.p;
    const pair = [a.muscle.id, b.muscle.id].sort().join('~');
    if (done.has(pair)) continue;
    done.add(pair);
    for (const [shown, other] of [
      [a, b],
      [b, a],
    ] as const)
      cards.push({
        id: `tell-apart:${shown.muscle.id}~${other.muscle.id}`,
        type: 'tell-apart',
        area: shown.muscle.area,
        difficulty: best.overlap >= 0.5 ? 3 : 2,
        muscleId: shown.muscle.id,
        otherId: other.muscle.id,
        overlap: Math.round(best.overlap * 1000) / 1000,
        essential: shown.essential,
        spillover: shown.spillover,
      });
  }
  return cards;
}

function atlasDrawing(p: MusclePattern): { drawing: DrawingMark[]; evidence: DrawingEvidence } {
  const m = p.muscle;
  const side = p.side === 'm' ? 'both' : p.side;
  return {
    drawing: p.essential.map((region) => ({ region, intensity: DRAWN_INTENSITY, quality: 'aching' })),
    evidence: {
      movements: m.restricts.slice(0, 1).map((id) => ({ id, side })),
      activities: m.perpetuatedBy.slice(0, 1),
      symptoms: m.symptoms.slice(0, 1),
    },
  };
}

function topThree(atlas: Atlas, drawing: readonly DrawingMark[], evidence: DrawingEvidence): string[] {
  const result = rankSources(
    {
      drawing: [...drawing],
      movements: [...evidence.movements],
      activities: [...evidence.activities],
      symptoms: [...evidence.symptoms],
    },
    atlas,
    { top: 6 },
  );
  const ids: string[] = [];
  for (const c of result.ranked) if (!ids.includes(c.muscle.id) && ids.length < 3) ids.push(c.muscle.id);
  return ids;
}

function readDrawingCards(
  atlas: Atlas,
  patterns: readonly MusclePattern[],
  cases: readonly PracticeCaseInput[],
): ReadDrawingCard[] {
  const cards: ReadDrawingCard[] = [];
  for (const p of patterns) {
    if (p.essential.length === 0) continue;
    const { drawing, evidence } = atlasDrawing(p);
    const expected = topThree(atlas, drawing, evidence);
    const at = expected.indexOf(p.muscle.id);
    if (at < 0) continue;
    cards.push({
      id: `read-drawing:atlas.${p.muscle.id}`,
      type: 'read-drawing',
      origin: 'atlas',
      area: p.muscle.area,
      difficulty: (at + 1) as Difficulty,
      description: 'A client drew this pain; the evidence is below.',
      drawing,
      evidence,
      expected,
    });
  }
  for (const c of cases) {
    if (c.split !== 'tune' || c.expected.length === 0) continue;
    const first = atlas.muscleById.get(c.expected[0] ?? '');
    if (first === undefined) continue;
    cards.push({
      id: `read-drawing:case.${c.id}`,
      type: 'read-drawing',
      origin: 'case',
      area: first.area,
      difficulty: c.drawing.length <= 3 ? 2 : 3,
      description: c.description,
      drawing: c.drawing,
      evidence: {
        movements: c.evidence?.movements ?? [],
        activities: c.evidence?.activities ?? [],
        symptoms: c.evidence?.symptoms ?? [],
      },
      expected: c.expected.slice(0, 3),
    });
  }
  return cards;
}

function intakeText(atlas: Atlas, drawing: readonly DrawingMark[], flags: readonly RedFlagId[]): string {
  const names = drawing.map((d) => atlas.regionById.get(d.region)?.name ?? d.region);
  const where = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and nearby`;
  const told = flags.map((f) => RED_FLAGS[f].label);
  return told.length === 0
    ? `Aching pain in the ${where}. Nothing else of note in the intake.`
    : `Aching pain in the ${where}. The client also reports: ${told.join('; ')}.`;
}

function stopOrGoCard(
  atlas: Atlas,
  key: string,
  area: BodyArea,
  drawing: readonly DrawingMark[],
  redFlags: readonly RedFlagId[],
  symptoms: readonly SymptomId[],
  intake?: string,
): StopOrGoCard {
  const { decision, tier } = stopOrGoDecision(atlas, drawing, redFlags, symptoms);
  return {
    id: `stop-or-go:${key}`,
    type: 'stop-or-go',
    area,
    difficulty: tier === 'none' || tier === 'emergency' ? 1 : 2,
    intake: intake ?? intakeText(atlas, drawing, redFlags),
    drawing,
    redFlags,
    symptoms,
    expected: decision,
  };
}

const CHEST_REGION_KEYS = ['sternum', 'pectoral'];

function stopOrGoCards(
  atlas: Atlas,
  patterns: readonly MusclePattern[],
  cases: readonly PracticeCaseInput[],
): StopOrGoCard[] {
  const drawn = (p: MusclePattern): DrawingMark[] =>
    p.essential.slice(0, 4).map((region) => ({ region, intensity: DRAWN_INTENSITY, quality: 'aching' }));
  const usable = patterns.filter((p) => p.essential.length > 0);
  const chest = usable.find((p) =>
    p.essential.some((id) => CHEST_REGION_KEYS.includes(atlas.regionById.get(id)?.key ?? '')),
  );
  const cards: StopOrGoCard[] = [];
  // One "go" card per body area: the area's first muscle pattern with a clear intake.
  for (const area of BODY_AREAS) {
    const p = usable.find((x) => x.muscle.area === area);
    if (p !== undefined) cards.push(stopOrGoCard(atlas, `clear.${p.muscle.id}`, area, drawn(p), [], []));
  }
  // Every red flag, with a drawing taken from the muscle list in turn; chest-pain companions twice.
  const flags = Object.keys(RED_FLAGS) as RedFlagId[];
  flags.forEach((flag, i) => {
    const p = usable[(i * 7) % usable.length];
    if (p === undefined) return;
    cards.push(stopOrGoCard(atlas, `${flag}.${p.muscle.id}`, p.muscle.area, drawn(p), [flag], []));
    // Caution flags change how to treat, not whether: two more drawings so "modify" is practised too.
    if (RED_FLAG_LEXICON.signs[flag]?.alone === 'caution')
      for (const step of [40, 80]) {
        const q = usable[(i * 7 + step) % usable.length];
        if (q !== undefined && q !== p)
          cards.push(stopOrGoCard(atlas, `${flag}.${q.muscle.id}`, q.muscle.area, drawn(q), [flag], []));
      }
    // a sign that counts only in a combination rule (a chest-pain companion): practise it with chest pain too
    if (RED_FLAG_LEXICON.signs[flag]?.alone === 'none' && chest !== undefined && chest !== p)
      cards.push(
        stopOrGoCard(atlas, `${flag}.${chest.muscle.id}`, chest.muscle.area, drawn(chest), [flag], []),
      );
  });
  for (const c of cases) {
    if (c.split !== 'tune' || c.expectedRedFlagTier === undefined) continue;
    const first = atlas.muscleById.get(c.expected[0] ?? '');
    const area = first?.area ?? usable[0]?.muscle.area ?? 'neck';
    cards.push(
      stopOrGoCard(
        atlas,
        `case.${c.id}`,
        area,
        c.drawing,
        c.evidence?.redFlags ?? [],
        c.evidence?.symptoms ?? [],
        c.description,
      ),
    );
  }
  return cards;
}

/**
 * Every practice card, generated from the atlas (and from the finder's tuning cases for drawing and
 * stop-or-go cards): which-muscle per distinct trigger point pattern, paint and find per muscle,
 * read-drawing per muscle the finder ranks in its own top three, tell-apart for each muscle's most
 * overlapping neighbour, stop-or-go per red flag and per body area. Deterministic and id-stable.
 */
export function generateCards(atlas: Atlas, cases: readonly PracticeCaseInput[] = []): PracticeCard[] {
  const patterns = musclePatterns(atlas);
  const cards: PracticeCard[] = [...whichMuscleCards(patterns)];
  for (const p of patterns) {
    if (p.essential.length > 0)
      cards.push({
        id: `paint-pattern:${p.muscle.id}`,
        type: 'paint-pattern',
        area: p.muscle.area,
        difficulty: p.difficulty,
        muscleId: p.muscle.id,
        essential: p.essential,
      });
    if (p.locations.length > 0)
      cards.push({
        id: `find-trigger-point:${p.muscle.id}`,
        type: 'find-trigger-point',
        area: p.muscle.area,
        difficulty: p.difficulty,
        muscleId: p.muscle.id,
        locations: p.locations,
      });
  }
  cards.push(...readDrawingCards(atlas, patterns, cases));
  cards.push(...tellApartCards(patterns));
  cards.push(...stopOrGoCards(atlas, patterns, cases));
  return cards;
}
