import type { Muscle } from '../../schema/muscle-schema.ts';
import { brachioradialis } from './brachioradialis.ts';
import { extensorCarpiRadialisLongus } from './extensor-carpi-radialis-longus.ts';
import { extensorCarpiRadialisBrevis } from './extensor-carpi-radialis-brevis.ts';
import { supinator } from './supinator.ts';
import { extensorDigitorum } from './extensor-digitorum.ts';
import { extensorDigitiMinimi } from './extensor-digiti-minimi.ts';
import { extensorCarpiUlnaris } from './extensor-carpi-ulnaris.ts';
import { extensorIndicis } from './extensor-indicis.ts';
import { abductorPollicisLongus } from './abductor-pollicis-longus.ts';
import { pronatorTeres } from './pronator-teres.ts';
import { palmarisLongus } from './palmaris-longus.ts';
import { flexorCarpiRadialis } from './flexor-carpi-radialis.ts';
import { flexorCarpiUlnaris } from './flexor-carpi-ulnaris.ts';
import { flexorDigitorumSuperficialis } from './flexor-digitorum-superficialis.ts';
import { flexorDigitorumProfundus } from './flexor-digitorum-profundus.ts';
import { flexorPollicisLongus } from './flexor-pollicis-longus.ts';
import { pronatorQuadratus } from './pronator-quadratus.ts';

/** Muscles of the forearm area, from the elbow down (back of the forearm first, then the front). */
export const FOREARM_MUSCLES: readonly Muscle[] = [
  brachioradialis,
  extensorCarpiRadialisLongus,
  extensorCarpiRadialisBrevis,
  supinator,
  extensorDigitorum,
  extensorDigitiMinimi,
  extensorCarpiUlnaris,
  extensorIndicis,
  abductorPollicisLongus,
  pronatorTeres,
  palmarisLongus,
  flexorCarpiRadialis,
  flexorCarpiUlnaris,
  flexorDigitorumSuperficialis,
  flexorDigitorumProfundus,
  flexorPollicisLongus,
  pronatorQuadratus,
];
