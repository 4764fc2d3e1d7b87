import type { Muscle } from '../../schema/muscle-schema.ts';
import { popliteus } from './popliteus.ts';
import { plantaris } from './plantaris.ts';
import { gastrocnemiusMedial } from './gastrocnemius-medial.ts';
import { gastrocnemiusLateral } from './gastrocnemius-lateral.ts';
import { soleus } from './soleus.ts';
import { tibialisAnterior } from './tibialis-anterior.ts';
import { extensorDigitorumLongus } from './extensor-digitorum-longus.ts';
import { fibularisLongus } from './fibularis-longus.ts';
import { tibialisPosterior } from './tibialis-posterior.ts';
import { flexorDigitorumLongus } from './flexor-digitorum-longus.ts';
import { extensorHallucisLongus } from './extensor-hallucis-longus.ts';
import { fibularisBrevis } from './fibularis-brevis.ts';
import { fibularisTertius } from './fibularis-tertius.ts';
import { flexorHallucisLongus } from './flexor-hallucis-longus.ts';

/** Muscles of the leg area. */
export const LEG_MUSCLES: readonly Muscle[] = [
  popliteus,
  plantaris,
  gastrocnemiusMedial,
  gastrocnemiusLateral,
  soleus,
  tibialisAnterior,
  extensorDigitorumLongus,
  fibularisLongus,
  tibialisPosterior,
  flexorDigitorumLongus,
  extensorHallucisLongus,
  fibularisBrevis,
  fibularisTertius,
  flexorHallucisLongus,
];
