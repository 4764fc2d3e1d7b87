import type { Muscle } from '../../schema/muscle-schema.ts';
import { sartorius } from './sartorius.ts';
import { pectineus } from './pectineus.ts';
import { rectusFemoris } from './rectus-femoris.ts';
import { adductorLongus } from './adductor-longus.ts';
import { adductorBrevis } from './adductor-brevis.ts';
import { vastusIntermedius } from './vastus-intermedius.ts';
import { vastusLateralis } from './vastus-lateralis.ts';
import { adductorMagnus } from './adductor-magnus.ts';
import { gracilis } from './gracilis.ts';
import { semitendinosus } from './semitendinosus.ts';
import { semimembranosus } from './semimembranosus.ts';
import { bicepsFemoris } from './biceps-femoris.ts';
import { vastusMedialis } from './vastus-medialis.ts';

/** Muscles of the thigh area. */
export const THIGH_MUSCLES: readonly Muscle[] = [
  sartorius,
  pectineus,
  rectusFemoris,
  adductorLongus,
  adductorBrevis,
  vastusIntermedius,
  vastusLateralis,
  adductorMagnus,
  gracilis,
  semitendinosus,
  semimembranosus,
  bicepsFemoris,
  vastusMedialis,
];
