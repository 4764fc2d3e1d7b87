import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the leg area. */
export const LEG_MUSCLES: readonly Muscle[] = [];
