import { RED_FLAGS, type RedFlagId, type RedFlagTier, type Region, type SymptomId } from '@myomap/atlas';
import type { DrawnRegion } from './finder-input.ts';

/** One warning sign found in the input, with what to do. */
export interface RedFlagFinding {
  readonly id: RedFlagId | 'saddle-numbness-drawn';
  readonly label: string;
  readonly tier: RedFlagTier;
}

/** The notice shown above the ranked list when any red flag is present. */
export interface StopNotice {
  readonly tier: RedFlagTier;
  readonly message: string;
}

const TIER_ORDER: readonly RedFlagTier[] = ['emergency', 'urgent', 'refer', 'caution'];

const MESSAGES: Record<RedFlagTier, string> = {
  emergency:
    'Stop. Call emergency services now: these signs may mean a heart attack, stroke or another emergency. Do not treat.',
  urgent:
    'Stop. Same-day medical assessment is needed before any hands-on work (possible nerve compression, vascular problem or clot).',
  refer: 'No trigger point work yet: refer to a doctor to rule out a serious cause first.',
  caution: 'Go gently: adapt pressure and positioning and check clearance with the client’s clinician.',
};

const CHEST_KEYS = new Set([
  'sternum',
  'pectoral',
  'infraclavicular',
  'breast',
  'lateral-chest',
  'epigastric',
  'axilla',
]);
const SADDLE_KEYS = new Set(['perineum', 'genital', 'rectal']);

/** Symptoms that are chest-pain companions: with chest pain they count as the red flag. */
const CHEST_COMPANIONS: Partial<Record<SymptomId, RedFlagId>> = {
  'shortness-of-breath': 'breathlessness',
  nausea: 'nausea-with-pain',
  vomiting: 'nausea-with-pain',
  sweating: 'cold-sweat',
};

/**
 * Screens the input for red flags (clinical-notes §5): signs alone by their tier; chest-pain
 * companions (breathlessness, cold sweat, nausea, crushing pain at rest, exertional pain) are an
 * emergency when the drawing includes the chest and a referral otherwise; numbness drawn in the
 * saddle area counts as saddle numbness; breathlessness, nausea or sweating given as symptoms count
 * as the red flag when the chest hurts.
 */
export function screenRedFlags(
  drawing: readonly DrawnRegion[],
  flags: readonly RedFlagId[],
  regionById: ReadonlyMap<string, Region>,
  symptoms: readonly SymptomId[] = [],
): { findings: RedFlagFinding[]; notice: StopNotice | undefined } {
  const chestPain = drawing.some(
    (d) => d.intensity > 0 && CHEST_KEYS.has(regionById.get(d.region)?.key ?? ''),
  );
  const all = new Set<RedFlagId>(flags);
  if (chestPain)
    for (const s of symptoms) {
      const flag = CHEST_COMPANIONS[s];
      if (flag !== undefined) all.add(flag);
    }
  const findings: RedFlagFinding[] = [];
  for (const id of all) {
    const flag = RED_FLAGS[id];
    const tier: RedFlagTier =
      flag.tier === 'with-chest-pain' ? (chestPain ? 'emergency' : 'refer') : flag.tier;
    findings.push({ id, label: flag.label, tier });
  }
  const saddleNumb = drawing.some(
    (d) => d.quality === 'numbness' && SADDLE_KEYS.has(regionById.get(d.region)?.key ?? ''),
  );
  if (saddleNumb && !flags.includes('saddle-numbness')) {
    findings.push({
      id: 'saddle-numbness-drawn',
      label: 'numbness drawn in the saddle area',
      tier: 'urgent',
    });
  }
  findings.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));
  const top = findings[0];
  return {
    findings,
    notice: top === undefined ? undefined : { tier: top.tier, message: MESSAGES[top.tier] },
  };
}
