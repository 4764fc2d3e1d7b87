import type { Muscle } from '../../schema/muscle-schema.ts';
import { rectusCapitisPosteriorMinor } from './rectus-capitis-posterior-minor.ts';
import { rectusCapitisPosteriorMajor } from './rectus-capitis-posterior-major.ts';
import { obliquusCapitisSuperior } from './obliquus-capitis-superior.ts';
import { obliquusCapitisInferior } from './obliquus-capitis-inferior.ts';
import { longusCapitis } from './longus-capitis.ts';
import { spleniusCapitis } from './splenius-capitis.ts';
import { semispinalisCapitis } from './semispinalis-capitis.ts';
import { sternocleidomastoidSternal } from './sternocleidomastoid-sternal.ts';
import { sternocleidomastoidClavicular } from './sternocleidomastoid-clavicular.ts';
import { spleniusCervicis } from './splenius-cervicis.ts';
import { semispinalisCervicis } from './semispinalis-cervicis.ts';
import { cervicalMultifidi } from './cervical-multifidi.ts';
import { longusColli } from './longus-colli.ts';
import { levatorScapulae } from './levator-scapulae.ts';
import { scalenusAnterior } from './scalenus-anterior.ts';
import { scalenusMedius } from './scalenus-medius.ts';
import { scalenusPosterior } from './scalenus-posterior.ts';
import { scalenusMinimus } from './scalenus-minimus.ts';
import { omohyoid } from './omohyoid.ts';
import { longissimusCapitis } from './longissimus-capitis.ts';

/** Muscles of the neck area. */
export const NECK_MUSCLES: readonly Muscle[] = [
  rectusCapitisPosteriorMinor,
  rectusCapitisPosteriorMajor,
  obliquusCapitisSuperior,
  obliquusCapitisInferior,
  longusCapitis,
  spleniusCapitis,
  semispinalisCapitis,
  sternocleidomastoidSternal,
  sternocleidomastoidClavicular,
  spleniusCervicis,
  semispinalisCervicis,
  cervicalMultifidi,
  longusColli,
  levatorScapulae,
  scalenusAnterior,
  scalenusMedius,
  scalenusPosterior,
  scalenusMinimus,
  omohyoid,
  longissimusCapitis,
];
