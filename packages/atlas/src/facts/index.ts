import type { AtlasFact } from './fact-types.ts';
import { HEAD_NECK_FACTS } from './head-neck.facts.ts';
import { SHOULDER_ARM_FACTS } from './shoulder-arm.facts.ts';
import { FOREARM_HAND_FACTS } from './forearm-hand.facts.ts';
import { TRUNK_FACTS } from './trunk.facts.ts';
import { PELVIS_HIP_THIGH_FACTS } from './pelvis-hip-thigh.facts.ts';
import { LEG_FOOT_FACTS } from './leg-foot.facts.ts';

/** Every textbook fact, collected from the per-area fact files. */
export const ATLAS_FACTS: readonly AtlasFact[] = [
  ...HEAD_NECK_FACTS,
  ...SHOULDER_ARM_FACTS,
  ...FOREARM_HAND_FACTS,
  ...TRUNK_FACTS,
  ...PELVIS_HIP_THIGH_FACTS,
  ...LEG_FOOT_FACTS,
];
