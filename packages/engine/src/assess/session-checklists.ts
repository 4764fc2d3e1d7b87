/**
 * Controlled lists of the session screen as data: posture observations, adjunct work, and the
 * perpetuating-factor checklist (clinical-notes §6). Labels are ours; each group cites its source.
 */

/** A posture observation the therapist can tick on the figure. */
export interface PostureObservation {
  readonly id: string;
  readonly label: string;
  /** Whether the observation has a side (left/right). */
  readonly sided: boolean;
}

/** Posture observations (clinical-notes §6 mechanical factors; S3, S71). */
export const POSTURE_OBSERVATIONS: readonly PostureObservation[] = Object.freeze([
  { id: 'forward-head', label: 'forward head', sided: false },
  { id: 'rounded-shoulders', label: 'rounded shoulders', sided: false },
  { id: 'elevated-shoulder', label: 'elevated shoulder', sided: true },
  { id: 'head-tilt', label: 'head tilted', sided: true },
  { id: 'increased-thoracic-kyphosis', label: 'increased upper-back rounding', sided: false },
  { id: 'increased-lumbar-lordosis', label: 'increased low-back curve', sided: false },
  { id: 'flat-low-back', label: 'flattened low back', sided: false },
  { id: 'anterior-pelvic-tilt', label: 'pelvis tilted forward', sided: false },
  { id: 'lateral-pelvic-tilt', label: 'pelvis higher on one side', sided: true },
  { id: 'leg-length-difference', label: 'apparent leg length difference', sided: true },
  { id: 'scoliosis', label: 'sideways spinal curve', sided: false },
  { id: 'winged-scapula', label: 'shoulder blade lifting off the ribs', sided: true },
  { id: 'flat-feet', label: 'flattened arches', sided: true },
]);

/** Adjunct work that may follow trigger point pressure (clinical-notes §3.3). */
export const ADJUNCTS: readonly { readonly id: string; readonly label: string }[] = Object.freeze([
  { id: 'range-of-motion', label: 'range of motion work' },
  { id: 'myofascial', label: 'myofascial release' },
  { id: 'stretching', label: 'stretching (about 30 s)' },
  { id: 'heat', label: 'moist heat' },
  { id: 'posture-advice', label: 'posture advice' },
  { id: 'workstation-advice', label: 'workstation advice' },
  { id: 'self-pressure', label: 'self-pressure taught (30–90 s)' },
]);

/** A perpetuating factor the plan asks about. */
export interface PerpetuatingFactor {
  readonly id: string;
  readonly group: 'structural' | 'postural' | 'nutritional' | 'metabolic' | 'psychological' | 'other';
  readonly label: string;
  /** True when a therapist cannot assess it and the action is to refer for assessment. */
  readonly referOnly: boolean;
  readonly source: string;
}

/** What the plan records per factor: therapists cannot test labs, so they ask, suspect or refer. */
export const FACTOR_STATUSES = ['asked-no', 'suspected', 'advised', 'referred-to-gp'] as const;

const T_S = 'S3 Simons 1999 ch. 4 (K)';
/** The checklist (clinical-notes §6). */
export const PERPETUATING_FACTORS: readonly PerpetuatingFactor[] = Object.freeze([
  {
    id: 'leg-length',
    group: 'structural',
    label: 'leg length difference',
    referOnly: false,
    source: `${T_S}; S70`,
  },
  {
    id: 'small-hemipelvis',
    group: 'structural',
    label: 'smaller half of the pelvis',
    referOnly: false,
    source: T_S,
  },
  { id: 'short-upper-arms', group: 'structural', label: 'short upper arms', referOnly: false, source: T_S },
  {
    id: 'morton-foot',
    group: 'structural',
    label: 'long second toe bone (Morton foot)',
    referOnly: false,
    source: T_S,
  },
  {
    id: 'hypermobility',
    group: 'structural',
    label: 'joint hypermobility or stiffness',
    referOnly: false,
    source: 'S71',
  },
  {
    id: 'workstation',
    group: 'postural',
    label: 'poor workstation or furniture fit',
    referOnly: false,
    source: 'S71, S72',
  },
  { id: 'static-posture', group: 'postural', label: 'long static postures', referOnly: false, source: 'S71' },
  {
    id: 'repetitive-load',
    group: 'postural',
    label: 'repetitive strain or overload',
    referOnly: false,
    source: 'S71, S72',
  },
  {
    id: 'constricting-straps',
    group: 'postural',
    label: 'tight straps (bag, bra)',
    referOnly: false,
    source: T_S,
  },
  { id: 'footwear', group: 'postural', label: 'ill-fitting shoes', referOnly: false, source: 'S72' },
  {
    id: 'deconditioning',
    group: 'postural',
    label: 'poor conditioning or immobility',
    referOnly: false,
    source: 'S72',
  },
  { id: 'vitamin-d', group: 'nutritional', label: 'low vitamin D', referOnly: true, source: 'S70' },
  { id: 'iron', group: 'nutritional', label: 'low iron (ferritin)', referOnly: true, source: 'S70' },
  {
    id: 'b-vitamins',
    group: 'nutritional',
    label: 'low B vitamins or folate',
    referOnly: true,
    source: 'S69, S71',
  },
  {
    id: 'minerals',
    group: 'nutritional',
    label: 'low calcium, magnesium or potassium',
    referOnly: true,
    source: 'S71',
  },
  { id: 'thyroid', group: 'metabolic', label: 'underactive thyroid', referOnly: true, source: 'S70' },
  { id: 'blood-sugar', group: 'metabolic', label: 'low blood sugar episodes', referOnly: true, source: T_S },
  { id: 'uric-acid', group: 'metabolic', label: 'raised uric acid', referOnly: true, source: T_S },
  {
    id: 'stress',
    group: 'psychological',
    label: 'stress, low mood or anxiety',
    referOnly: false,
    source: 'S71; S26',
  },
  { id: 'sleep', group: 'other', label: 'poor sleep', referOnly: false, source: `${T_S}; S72` },
  {
    id: 'chronic-infection',
    group: 'other',
    label: 'lingering infection (sinus, dental, urinary)',
    referOnly: true,
    source: T_S,
  },
  { id: 'allergy', group: 'other', label: 'allergic rhinitis', referOnly: false, source: T_S },
]);
