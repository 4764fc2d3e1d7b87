import type { Muscle } from '../../schema/muscle-schema.ts';
import { psoasMajor } from './psoas-major.ts';
import { iliacus } from './iliacus.ts';
import { gluteusMedius } from './gluteus-medius.ts';
import { gluteusMinimusAnterior } from './gluteus-minimus-anterior.ts';
import { gluteusMinimusPosterior } from './gluteus-minimus-posterior.ts';
import { tensorFasciaeLatae } from './tensor-fasciae-latae.ts';
import { gluteusMaximus } from './gluteus-maximus.ts';
import { piriformis } from './piriformis.ts';
import { deepHipRotators } from './deep-hip-rotators.ts';

/** Muscles of the hip-buttock area. */
export const HIP_BUTTOCK_MUSCLES: readonly Muscle[] = [
  psoasMajor,
  iliacus,
  gluteusMedius,
  gluteusMinimusAnterior,
  gluteusMinimusPosterior,
  tensorFasciaeLatae,
  gluteusMaximus,
  piriformis,
  deepHipRotators,
];
