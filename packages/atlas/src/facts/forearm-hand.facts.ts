import type { AtlasFact } from './fact-types.ts';

/** Textbook facts for the forearm-hand muscles. */
export const FOREARM_HAND_FACTS: readonly AtlasFact[] = [];
