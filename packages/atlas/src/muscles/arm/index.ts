import type { Muscle } from '../../schema/muscle-schema.ts';
import { coracobrachialis } from './coracobrachialis.ts';
import { bicepsBrachii } from './biceps-brachii.ts';
import { brachialis } from './brachialis.ts';
import { tricepsLongHead } from './triceps-long-head.ts';
import { tricepsLateralHead } from './triceps-lateral-head.ts';
import { tricepsMedialHead } from './triceps-medial-head.ts';
import { anconeus } from './anconeus.ts';

/** Muscles of the arm area. */
export const ARM_MUSCLES: readonly Muscle[] = [
  coracobrachialis,
  bicepsBrachii,
  tricepsLongHead,
  tricepsLateralHead,
  brachialis,
  tricepsMedialHead,
  anconeus,
];
