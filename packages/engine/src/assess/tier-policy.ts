import type { RedFlagTier } from '@myomap/atlas';

/** What a screen tier asks the therapist to do and whether it stops trigger point work. */
export interface TierPolicy {
  /** Short heading shown with a positive answer. */
  readonly title: string;
  /** The action, in plain words. */
  readonly action: string;
  /** True when a positive answer stops trigger point work until a clearance is recorded. */
  readonly blocksTriggerPointWork: boolean;
  /** True when no hands-on work at all may happen today (a clearance lifts it for later visits). */
  readonly stopsTreatmentToday: boolean;
}

/**
 * The four tiers of clinical-notes §5, most serious first, with their actions. Kept as data so a
 * clinic can review them; the wording is ours, the structure follows the IFOMPT red-flag framework
 * (S63) and standard first-aid teaching.
 */
export const TIER_POLICY: Readonly<Record<RedFlagTier, TierPolicy>> = Object.freeze({
  emergency: {
    title: 'Emergency now',
    action: 'Stop. Call emergency services now. Do not treat. Stay with the client until help arrives.',
    blocksTriggerPointWork: true,
    stopsTreatmentToday: true,
  },
  urgent: {
    title: 'Same-day medical assessment',
    action:
      'Stop. The client needs to see a doctor today, before any hands-on work (possible nerve compression, blood-vessel problem or clot).',
    blocksTriggerPointWork: true,
    stopsTreatmentToday: true,
  },
  refer: {
    title: 'Refer before treating',
    action:
      'No trigger point work yet: refer the client to their doctor to rule out a serious cause, and record the clearance.',
    blocksTriggerPointWork: true,
    stopsTreatmentToday: false,
  },
  caution: {
    title: 'Local contraindication or caution',
    action: 'Adapt the treatment: avoid the area or lighten the pressure as noted.',
    blocksTriggerPointWork: false,
    stopsTreatmentToday: false,
  },
});

/** Tiers from most to least serious. */
export const TIER_ORDER: readonly RedFlagTier[] = Object.freeze(['emergency', 'urgent', 'refer', 'caution']);
