import type { Muscle } from '../schema/muscle-schema.ts';
import muscles from '../generated/muscles.json' with { type: 'json' };

/** Every muscle in the atlas, head to foot: src/generated/muscles.json, built from data/muscles/. */
export const ALL_MUSCLES: readonly Muscle[] = muscles;
