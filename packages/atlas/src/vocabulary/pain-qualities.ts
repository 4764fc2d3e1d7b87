/** How pain feels, as a client marks it on the pain drawing. */
export const PAIN_QUALITIES = [
  'aching',
  'sharp',
  'burning',
  'tingling',
  'numbness',
  'stiffness',
  'throbbing',
] as const;

/** One pain quality. */
export type PainQuality = (typeof PAIN_QUALITIES)[number];
