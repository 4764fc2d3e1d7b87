import type { Muscle } from '../../schema/muscle-schema.ts';
import { serratusPosteriorSuperior } from './serratus-posterior-superior.ts';
import { iliocostalisThoracis } from './iliocostalis-thoracis.ts';
import { thoracicMultifidi } from './thoracic-multifidi.ts';
import { serratusPosteriorInferior } from './serratus-posterior-inferior.ts';
import { longissimusThoracis } from './longissimus-thoracis.ts';
import { iliocostalisLumborum } from './iliocostalis-lumborum.ts';
import { quadratusLumborumSuperficial } from './quadratus-lumborum-superficial.ts';
import { quadratusLumborumDeep } from './quadratus-lumborum-deep.ts';
import { lumbarMultifidi } from './lumbar-multifidi.ts';
import { rotatores } from './rotatores.ts';

/** Muscles of the back area. */
export const BACK_MUSCLES: readonly Muscle[] = [
  serratusPosteriorSuperior,
  iliocostalisThoracis,
  thoracicMultifidi,
  serratusPosteriorInferior,
  longissimusThoracis,
  iliocostalisLumborum,
  quadratusLumborumSuperficial,
  quadratusLumborumDeep,
  lumbarMultifidi,
  rotatores,
];
