import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the arm area. */
export const ARM_MUSCLES: readonly Muscle[] = [];
