import type { Muscle } from '../../schema/muscle-schema.ts';
import { upperTrapezius } from './upper-trapezius.ts';
import { middleTrapezius } from './middle-trapezius.ts';
import { lowerTrapezius } from './lower-trapezius.ts';
import { rhomboidMinor } from './rhomboid-minor.ts';
import { rhomboidMajor } from './rhomboid-major.ts';
import { supraspinatus } from './supraspinatus.ts';
import { infraspinatus } from './infraspinatus.ts';
import { teresMinor } from './teres-minor.ts';
import { teresMajor } from './teres-major.ts';
import { subscapularis } from './subscapularis.ts';
import { latissimusDorsi } from './latissimus-dorsi.ts';
import { deltoidAnterior } from './deltoid-anterior.ts';
import { deltoidMiddle } from './deltoid-middle.ts';
import { deltoidPosterior } from './deltoid-posterior.ts';

/** Muscles of the shoulder-girdle area. */
export const SHOULDER_GIRDLE_MUSCLES: readonly Muscle[] = [
  upperTrapezius,
  middleTrapezius,
  rhomboidMinor,
  supraspinatus,
  deltoidAnterior,
  deltoidMiddle,
  deltoidPosterior,
  rhomboidMajor,
  infraspinatus,
  teresMinor,
  subscapularis,
  teresMajor,
  lowerTrapezius,
  latissimusDorsi,
];
