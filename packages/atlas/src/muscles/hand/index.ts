import type { Muscle } from '../../schema/muscle-schema.ts';
import { adductorPollicis } from './adductor-pollicis.ts';
import { opponensPollicis } from './opponens-pollicis.ts';
import { abductorPollicisBrevis } from './abductor-pollicis-brevis.ts';
import { flexorPollicisBrevis } from './flexor-pollicis-brevis.ts';
import { firstDorsalInterosseousHand } from './first-dorsal-interosseous-hand.ts';
import { dorsalInterosseiHand } from './dorsal-interossei-hand.ts';
import { palmarInterosseiHand } from './palmar-interossei-hand.ts';
import { lumbricalsHand } from './lumbricals-hand.ts';
import { abductorDigitiMinimiHand } from './abductor-digiti-minimi-hand.ts';

/** Muscles of the hand area, thumb side to little-finger side. */
export const HAND_MUSCLES: readonly Muscle[] = [
  adductorPollicis,
  opponensPollicis,
  abductorPollicisBrevis,
  flexorPollicisBrevis,
  firstDorsalInterosseousHand,
  dorsalInterosseiHand,
  palmarInterosseiHand,
  lumbricalsHand,
  abductorDigitiMinimiHand,
];
