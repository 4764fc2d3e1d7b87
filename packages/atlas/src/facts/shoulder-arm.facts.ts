import type { AtlasFact } from './fact-types.ts';

/** Textbook facts for the shoulder-arm muscles. */
export const SHOULDER_ARM_FACTS: readonly AtlasFact[] = [];
