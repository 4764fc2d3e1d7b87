import {
  ACTIVITIES,
  BODY_AREA_NAMES,
  MOVEMENTS,
  SYMPTOMS,
  type Atlas,
  type BodyArea,
  type Muscle,
} from '@myomap/atlas';
import { AREAS, regionKindByKey } from '@myomap/atlas/regions';
import { painGuideOf } from '@myomap/engine';
import { referSummary } from './refer-summary.ts';

/** One muscle as the search sees it: every field in plain words. */
export interface MuscleSearchDoc {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly areaKey: BodyArea;
  readonly area: string;
  readonly symptoms: readonly string[];
  readonly movements: readonly string[];
  readonly activities: readonly string[];
  /** Where it refers: region names and their synonyms, and their parent areas. */
  readonly refers: readonly string[];
  /** Where its trigger points sit. */
  readonly locations: readonly string[];
  /** Nerve entrapments, as written. */
  readonly entrapments: readonly string[];
  readonly summary: string;
}

const areaName = new Map(AREAS.map((a) => [a.key, a.name]));

function regionWords(refs: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const ref of refs) {
    const kind = regionKindByKey(ref.replace(/^contra\./, ''));
    if (kind === undefined) continue;
    words.add(kind.name);
    for (const s of kind.synonyms) words.add(s);
    const parent = areaName.get(kind.parent);
    if (parent !== undefined) words.add(parent);
  }
  return [...words];
}

/** A vocabulary key in words: "shoulder.internal_rotation" -> "shoulder internal rotation". */
function keyWords(key: string): string {
  return key.replace(/[._-]+/g, ' ');
}

/** Plain labels of vocabulary keys, plus each key in words when the label does not already say it. */
function labels<T extends Record<string, string>>(vocabulary: T, keys: readonly string[]): string[] {
  return keys.flatMap((k) => {
    if (!(k in vocabulary)) return [];
    const label = vocabulary[k as keyof T] as string;
    const words = keyWords(k);
    return label.toLowerCase().includes(words) ? [label] : [label, words];
  });
}

/** The search document of one muscle. */
export function muscleSearchDoc(muscle: Muscle): MuscleSearchDoc {
  return {
    id: muscle.id,
    name: muscle.name,
    aliases: muscle.aliases,
    areaKey: muscle.area,
    area: BODY_AREA_NAMES[muscle.area],
    symptoms: labels(SYMPTOMS, muscle.symptoms),
    movements: labels(MOVEMENTS, muscle.restricts),
    activities: labels(ACTIVITIES, muscle.perpetuatedBy),
    refers: regionWords(muscle.triggerPoints.flatMap((tp) => tp.referral.map((z) => z.region))),
    locations: regionWords(muscle.triggerPoints.map((tp) => tp.location.region)),
    entrapments: muscle.entrapments,
    summary: referSummary(muscle),
  };
}

/** Search documents for every muscle, in atlas order (head to foot). */
export function muscleSearchDocs(atlas: Atlas): MuscleSearchDoc[] {
  return atlas.muscles.map(muscleSearchDoc);
}

/** Muscle ids referring to any of the regions, in the pain guide's order (most likely cause first). */
export function muscleGuide(atlas: Atlas): (regionIds: readonly string[]) => string[] {
  return (regionIds) => [...new Set(painGuideOf(atlas, regionIds).map((e) => e.muscleId))];
}
