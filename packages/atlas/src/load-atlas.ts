import { z } from 'zod';
import { ALL_MUSCLES } from './muscles/all-muscles.ts';
import { MuscleSchema, type Muscle, type TriggerPoint } from './schema/muscle-schema.ts';
import { REGIONS } from './regions/regions.ts';
import type { Region } from './regions/region-types.ts';

/** The validated, frozen atlas with lookups. */
export interface Atlas {
  readonly schemaVersion: number;
  readonly regions: readonly Region[];
  readonly muscles: readonly Muscle[];
  readonly muscleById: ReadonlyMap<string, Muscle>;
  readonly regionById: ReadonlyMap<string, Region>;
  readonly triggerPointById: ReadonlyMap<string, { muscle: Muscle; triggerPoint: TriggerPoint }>;
}

/** Version of the atlas data shape; bump when the schema changes incompatibly. */
export const ATLAS_SCHEMA_VERSION = 1;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

let cached: Atlas | undefined;

/** Parses and validates every muscle against the schema, freezes the result and builds lookups. */
export function loadAtlas(): Atlas {
  if (cached !== undefined) return cached;
  const muscles = z.array(MuscleSchema).parse(ALL_MUSCLES);
  const triggerPointById = new Map<string, { muscle: Muscle; triggerPoint: TriggerPoint }>();
  for (const muscle of muscles) {
    for (const triggerPoint of muscle.triggerPoints)
      triggerPointById.set(triggerPoint.id, { muscle, triggerPoint });
  }
  cached = deepFreeze({
    schemaVersion: ATLAS_SCHEMA_VERSION,
    regions: REGIONS,
    muscles,
    muscleById: new Map(muscles.map((m) => [m.id, m])),
    regionById: new Map(REGIONS.map((r) => [r.id, r])),
    triggerPointById,
  });
  return cached;
}
