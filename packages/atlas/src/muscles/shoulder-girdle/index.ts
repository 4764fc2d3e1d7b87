import type { Muscle } from '../../schema/muscle-schema.ts';
import { upperTrapezius } from './upper-trapezius.ts';

/** Muscles of the shoulder-girdle area. */
export const SHOULDER_GIRDLE_MUSCLES: readonly Muscle[] = [upperTrapezius];
