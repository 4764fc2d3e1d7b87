import type { Muscle } from '../../schema/muscle-schema.ts';
import { frontalis } from './frontalis.ts';
import { occipitalis } from './occipitalis.ts';
import { temporalis } from './temporalis.ts';
import { orbicularisOculi } from './orbicularis-oculi.ts';
import { zygomaticusMajor } from './zygomaticus-major.ts';
import { lateralPterygoid } from './lateral-pterygoid.ts';
import { masseterSuperficial } from './masseter-superficial.ts';
import { masseterDeep } from './masseter-deep.ts';
import { buccinator } from './buccinator.ts';
import { medialPterygoid } from './medial-pterygoid.ts';
import { digastricPosterior } from './digastric-posterior.ts';
import { digastricAnterior } from './digastric-anterior.ts';
import { mylohyoid } from './mylohyoid.ts';
import { platysma } from './platysma.ts';
import { superiorObliqueEye } from './superior-oblique-eye.ts';

/** Muscles of the head-jaw area. */
export const HEAD_JAW_MUSCLES: readonly Muscle[] = [
  frontalis,
  occipitalis,
  temporalis,
  orbicularisOculi,
  zygomaticusMajor,
  lateralPterygoid,
  masseterSuperficial,
  masseterDeep,
  buccinator,
  medialPterygoid,
  digastricPosterior,
  digastricAnterior,
  mylohyoid,
  platysma,
  superiorObliqueEye,
];
