import type { Muscle } from '../../schema/muscle-schema.ts';
import { levatorAni } from './levator-ani.ts';
import { coccygeus } from './coccygeus.ts';
import { obturatorInternus } from './obturator-internus.ts';
import { bulbospongiosus } from './bulbospongiosus.ts';
import { ischiocavernosus } from './ischiocavernosus.ts';
import { externalAnalSphincter } from './external-anal-sphincter.ts';

/** Muscles of the pelvis area. */
export const PELVIS_MUSCLES: readonly Muscle[] = [
  levatorAni,
  coccygeus,
  obturatorInternus,
  bulbospongiosus,
  ischiocavernosus,
  externalAnalSphincter,
];
