import type { Atlas, RedFlagId, RedFlagTier, SymptomId } from '@myomap/atlas';
import { screenRedFlags } from '../rank/screen-red-flags.ts';
import type { DrawingMark, StopOrGoDecision } from './card-types.ts';

/**
 * What each red-flag tier asks of a therapist deciding whether to work today (clinical-notes §5, the
 * screen's own messages): emergency, urgent and refer all mean no trigger point work now (refer);
 * caution means adapt pressure and positioning (modify); no flag means treat.
 */
export const TIER_DECISION: Readonly<Record<RedFlagTier | 'none', StopOrGoDecision>> = {
  emergency: 'refer',
  urgent: 'refer',
  refer: 'refer',
  caution: 'modify',
  none: 'treat',
};

/** The decision the engine's red-flag screen calls for on an intake, with the tier it found. */
export function stopOrGoDecision(
  atlas: Atlas,
  drawing: readonly DrawingMark[],
  redFlags: readonly RedFlagId[],
  symptoms: readonly SymptomId[],
): { decision: StopOrGoDecision; tier: RedFlagTier | 'none' } {
  const { notice } = screenRedFlags({ drawing, flags: redFlags, symptoms });
  const tier = notice?.tier ?? 'none';
  return { decision: TIER_DECISION[tier], tier };
}
