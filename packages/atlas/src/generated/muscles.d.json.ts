// Type of muscles.json (built by scripts/build-muscles.ts from data/muscles/**/*.yaml; do not edit).
import type { Muscle } from '../schema/muscle-schema.ts';

/** Every atlas muscle, head to foot, validated at build time. */
declare const muscles: readonly Muscle[];
export = muscles;
