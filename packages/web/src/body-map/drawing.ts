import type { PainQuality } from '@myomap/atlas/regions';

/** One painted region: how strong (0–10) and how it feels. */
export interface PainMark {
  readonly intensity: number;
  readonly quality: PainQuality;
}

/** A pain drawing: region id -> mark. Immutable; every edit returns a new map. */
export type Drawing = ReadonlyMap<string, PainMark>;

/** The drawing with one region set, or removed when intensity is 0. */
export function paintRegion(drawing: Drawing, regionId: string, mark: PainMark): Drawing {
  const current = drawing.get(regionId);
  if (mark.intensity <= 0) {
    if (current === undefined) return drawing;
    const next = new Map(drawing);
    next.delete(regionId);
    return next;
  }
  if (current !== undefined && current.intensity === mark.intensity && current.quality === mark.quality)
    return drawing;
  const next = new Map(drawing);
  next.set(regionId, mark);
  return next;
}

/** The drawing without one region. */
export function eraseRegion(drawing: Drawing, regionId: string): Drawing {
  return paintRegion(drawing, regionId, { intensity: 0, quality: 'aching' });
}
