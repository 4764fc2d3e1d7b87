import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the forearm area. */
export const FOREARM_MUSCLES: readonly Muscle[] = [];
