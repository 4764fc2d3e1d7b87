import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the hip-buttock area. */
export const HIP_BUTTOCK_MUSCLES: readonly Muscle[] = [];
