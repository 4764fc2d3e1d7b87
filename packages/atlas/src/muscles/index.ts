import type { Muscle } from '../schema/muscle-schema.ts';
import { HEAD_JAW_MUSCLES } from './head-jaw/index.ts';
import { NECK_MUSCLES } from './neck/index.ts';
import { SHOULDER_GIRDLE_MUSCLES } from './shoulder-girdle/index.ts';
import { ARM_MUSCLES } from './arm/index.ts';
import { FOREARM_MUSCLES } from './forearm/index.ts';
import { HAND_MUSCLES } from './hand/index.ts';
import { CHEST_MUSCLES } from './chest/index.ts';
import { ABDOMEN_MUSCLES } from './abdomen/index.ts';
import { BACK_MUSCLES } from './back/index.ts';
import { PELVIS_MUSCLES } from './pelvis/index.ts';
import { HIP_BUTTOCK_MUSCLES } from './hip-buttock/index.ts';
import { THIGH_MUSCLES } from './thigh/index.ts';
import { LEG_MUSCLES } from './leg/index.ts';
import { FOOT_MUSCLES } from './foot/index.ts';

/** Every muscle in the atlas, head to foot. */
export const ALL_MUSCLES: readonly Muscle[] = [
  ...HEAD_JAW_MUSCLES,
  ...NECK_MUSCLES,
  ...SHOULDER_GIRDLE_MUSCLES,
  ...ARM_MUSCLES,
  ...FOREARM_MUSCLES,
  ...HAND_MUSCLES,
  ...CHEST_MUSCLES,
  ...ABDOMEN_MUSCLES,
  ...BACK_MUSCLES,
  ...PELVIS_MUSCLES,
  ...HIP_BUTTOCK_MUSCLES,
  ...THIGH_MUSCLES,
  ...LEG_MUSCLES,
  ...FOOT_MUSCLES,
];
