import type { Muscle } from '../../schema/muscle-schema.ts';
import { subclavius } from './subclavius.ts';
import { pectoralisMajorClavicular } from './pectoralis-major-clavicular.ts';
import { sternalis } from './sternalis.ts';
import { pectoralisMajorSternal } from './pectoralis-major-sternal.ts';
import { pectoralisMinor } from './pectoralis-minor.ts';
import { pectoralisMajorCostal } from './pectoralis-major-costal.ts';
import { serratusAnterior } from './serratus-anterior.ts';
import { intercostals } from './intercostals.ts';
import { diaphragm } from './diaphragm.ts';

/** Muscles of the chest area. */
export const CHEST_MUSCLES: readonly Muscle[] = [
  subclavius,
  pectoralisMajorClavicular,
  sternalis,
  pectoralisMajorSternal,
  pectoralisMinor,
  pectoralisMajorCostal,
  serratusAnterior,
  intercostals,
  diaphragm,
];
