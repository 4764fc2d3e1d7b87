import type { AtlasFact } from './fact-types.ts';

/** Textbook facts for the pelvis-hip-thigh muscles. */
export const PELVIS_HIP_THIGH_FACTS: readonly AtlasFact[] = [];
