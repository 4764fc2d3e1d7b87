import type { Muscle } from '../../schema/muscle-schema.ts';
import { rectusAbdominisUpper } from './rectus-abdominis-upper.ts';
import { externalOblique } from './external-oblique.ts';
import { transversusAbdominis } from './transversus-abdominis.ts';
import { internalOblique } from './internal-oblique.ts';
import { rectusAbdominisLower } from './rectus-abdominis-lower.ts';
import { pyramidalis } from './pyramidalis.ts';

/** Muscles of the abdomen area. */
export const ABDOMEN_MUSCLES: readonly Muscle[] = [
  rectusAbdominisUpper,
  externalOblique,
  transversusAbdominis,
  internalOblique,
  rectusAbdominisLower,
  pyramidalis,
];
