import type { Muscle } from '../../schema/muscle-schema.ts';
import { extensorDigitorumBrevis } from './extensor-digitorum-brevis.ts';
import { extensorHallucisBrevis } from './extensor-hallucis-brevis.ts';
import { quadratusPlantae } from './quadratus-plantae.ts';
import { abductorHallucis } from './abductor-hallucis.ts';
import { flexorDigitorumBrevis } from './flexor-digitorum-brevis.ts';
import { abductorDigitiMinimiFoot } from './abductor-digiti-minimi-foot.ts';
import { lumbricalsFoot } from './lumbricals-foot.ts';
import { flexorHallucisBrevis } from './flexor-hallucis-brevis.ts';
import { adductorHallucis } from './adductor-hallucis.ts';
import { flexorDigitiMinimiBrevisFoot } from './flexor-digiti-minimi-brevis-foot.ts';
import { interosseiFoot } from './interossei-foot.ts';

/** Muscles of the foot area. */
export const FOOT_MUSCLES: readonly Muscle[] = [
  extensorDigitorumBrevis,
  extensorHallucisBrevis,
  quadratusPlantae,
  abductorHallucis,
  flexorDigitorumBrevis,
  abductorDigitiMinimiFoot,
  lumbricalsFoot,
  flexorHallucisBrevis,
  adductorHallucis,
  flexorDigitiMinimiBrevisFoot,
  interosseiFoot,
];
