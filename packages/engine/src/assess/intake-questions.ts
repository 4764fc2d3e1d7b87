import type { RedFlagId, RedFlagTier } from '@myomap/atlas';

/**
 * One structured intake question of the red-flag and contraindication screen (clinical-notes §5).
 * A "yes" raises the atlas red flags in `flags` (their tier comes from the shared screen,
 * screenRedFlags); a question with no atlas flag carries its own `tier`.
 */
export interface IntakeQuestion {
  /** Stable id, stored with the answers. */
  readonly id: string;
  /** The question as the client hears it. */
  readonly text: string;
  /** Atlas red-flag ids a "yes" stands for (empty for local contraindications the vocabulary lacks). */
  readonly flags: readonly RedFlagId[];
  /**
   * The tier when `flags` is empty; with flags, a floor for the shared screen's tier, for questions that
   * themselves ask about the context a combination rule needs ("…and is this pain new?").
   */
  readonly tier?: RedFlagTier;
  /** A "yes" means the pain is in the chest (chest-pain companions then count as an emergency). */
  readonly chestPain?: boolean;
  /** True when a "yes" blocks trigger point work until a clearance is recorded; defaults from the tier policy. */
  readonly blocksTriggerPointWork?: boolean;
  /** What to do on "yes", when it is more specific than the tier's action. */
  readonly action?: string;
  /** Asked again at every visit in the brief re-screen. */
  readonly everyVisit: boolean;
  /** Where the rule comes from (source keys of clinical-notes §5). */
  readonly source: string;
}

/**
 * The intake screen, most serious first, in plain language. Sources (clinical-notes §5): standard
 * chest-pain and stroke first-aid teaching (emergency); IFOMPT red-flag framework, Finucane et al.
 * JOSPT 2020;50:350-72 [S63]; IFOMPT cervical vascular framework, Rushton et al. JOSPT 2023;53:7-22
 * [S64]; Wells criteria, Lancet 1997;350:1795-8 [S65]; NCCIH massage safety notes [S66] and massage
 * contraindication summaries [S67, S68]; Batavia 2004 on the spread of contraindication lists [S60].
 */
export const INTAKE_QUESTIONS: readonly IntakeQuestion[] = Object.freeze([
  {
    id: 'chest-pain-now',
    text: 'Do you have chest pain or pressure now, or chest pain that spreads to your arm or jaw, with sweating, feeling sick or short of breath?',
    flags: [
      'pain-at-rest-crushing',
      'breathlessness',
      'cold-sweat',
      'pain-spreading-arm-jaw',
      'faint-with-pain',
    ],
    chestPain: true,
    everyVisit: true,
    source: 'standard chest-pain first-aid teaching; S17',
  },
  {
    id: 'tearing-pain',
    text: 'Have you had a sudden, tearing pain in your chest or back?',
    flags: ['sudden-tearing-pain'],
    everyVisit: true,
    source: 'standard first-aid teaching (aortic dissection)',
  },
  {
    id: 'stroke-signs',
    text: 'Today, has one side of your face drooped, an arm or leg suddenly gone weak, or your speech become slurred?',
    flags: ['face-droop', 'sudden-arm-weakness', 'speech-difficulty'],
    everyVisit: true,
    source: 'standard stroke first-aid teaching (FAST)',
  },
  {
    id: 'worst-headache',
    text: 'Have you had a sudden, very severe headache, the worst you have ever had?',
    flags: ['thunderclap-headache'],
    everyVisit: true,
    source: 'standard first-aid teaching; S64',
  },
  {
    id: 'saddle-bladder',
    text: 'Have you noticed numbness between your legs or around your bottom, or new trouble controlling your bladder or bowels?',
    flags: ['saddle-numbness', 'bladder-bowel-change'],
    everyVisit: true,
    source: 'S63 (cauda equina)',
  },
  {
    id: 'both-legs',
    text: 'Do you have pins and needles or weakness in both legs?',
    flags: ['bilateral-leg-symptoms'],
    everyVisit: true,
    source: 'S63 (cauda equina)',
  },
  {
    id: 'spreading-numbness',
    text: 'Is any numbness or weakness spreading or getting worse?',
    flags: ['progressive-weakness'],
    everyVisit: true,
    source: 'S63 (progressive neurological deficit)',
  },
  {
    id: 'dizzy-vision-swallow',
    text: 'Have you had dizziness, double vision, flickering eyes, a numb face, unsteady walking, trouble speaking or swallowing, or sudden falls?',
    flags: [
      'double-vision',
      'drop-attacks',
      'swallowing-speech-change',
      'nystagmus',
      'face-numbness',
      'unsteady-gait',
    ],
    everyVisit: true,
    source: 'S64 (cervical arterial dysfunction)',
  },
  {
    id: 'new-headache-jaw',
    text: 'Is this a new kind of headache, with pain in the jaw when chewing, a tender scalp, or changes in your sight?',
    flags: ['new-headache', 'jaw-claudication', 'scalp-tenderness', 'visual-change'],
    everyVisit: true,
    source:
      'S63; giant cell arteritis (BSR guideline, Mackie et al. Rheumatology 2020): urgent referral, above all over 50',
  },
  {
    id: 'calf-swollen',
    text: 'Is one calf swollen, warm or tender?',
    flags: ['calf-swelling'],
    everyVisit: true,
    source: 'S65 (Wells criteria for a clot)',
  },
  {
    id: 'weight-loss',
    text: 'Have you lost weight without trying?',
    flags: ['unexplained-weight-loss'],
    everyVisit: false,
    source: 'S63',
  },
  {
    id: 'cancer-new-pain',
    text: 'Have you ever had cancer, and is this pain new since then?',
    flags: ['cancer-history'],
    // the question asks about new pain, which the shared rule needs to call it a referral
    tier: 'refer',
    everyVisit: false,
    source: 'S63',
  },
  {
    id: 'night-pain',
    text: 'Is the pain constant at night, and not eased by changing position?',
    flags: ['constant-night-pain'],
    everyVisit: true,
    source: 'S63',
  },
  {
    id: 'fever-unwell',
    text: 'Do you have a fever or feel generally unwell with the pain, a weakened immune system, or have you injected drugs?',
    flags: ['fever', 'immunosuppression', 'iv-drug-use'],
    everyVisit: true,
    source: 'S63 (infection)',
  },
  {
    id: 'recent-injury',
    text: 'Have you recently had a fall or accident, or could a bone be broken?',
    flags: ['recent-trauma'],
    everyVisit: true,
    source: 'S63 (fracture)',
  },
  {
    id: 'steroids-bones',
    text: 'Is this new back or neck pain, and do you take steroid tablets long term or have thin bones (osteoporosis)?',
    flags: ['long-term-steroids'],
    // the question asks about new spinal pain, which the shared rule needs to call it a referral
    tier: 'refer',
    everyVisit: false,
    source: 'S63 (fracture)',
  },
  {
    id: 'hot-joint',
    text: 'Is a joint hot, red and swollen?',
    flags: ['hot-swollen-joint'],
    everyVisit: true,
    source: 'S63',
  },
  {
    id: 'blood-thinners',
    text: 'Do you take blood thinners, or do you bruise or bleed easily?',
    flags: ['anticoagulants', 'bleeding-disorder'],
    blocksTriggerPointWork: true,
    action:
      'No firm or deep pressure (bruising and bleeding risk): light work only until the client’s doctor has cleared firmer pressure.',
    everyVisit: false,
    source: 'S66; S67',
  },
  {
    id: 'pregnant',
    text: 'Are you pregnant, or could you be?',
    flags: ['pregnancy'],
    blocksTriggerPointWork: true,
    action:
      'Talk with the client’s midwife or doctor first; lighter pressure, side-lying, no deep calf or inner-leg work. A high-risk pregnancy is not treated.',
    everyVisit: true,
    source: 'S66; S68',
  },
  {
    id: 'cancer-treatment',
    text: 'Are you being treated for cancer now (chemotherapy, radiotherapy or surgery)?',
    flags: [],
    tier: 'caution',
    blocksTriggerPointWork: true,
    action: 'Ask the oncology team before any deep pressure; avoid the tumour site and radiation field.',
    everyVisit: true,
    source: 'S66; S68',
  },
  {
    id: 'high-blood-pressure',
    text: 'Do you have high blood pressure that is not under control?',
    flags: [],
    tier: 'caution',
    blocksTriggerPointWork: true,
    action: 'Check with the client’s doctor before firm sustained pressure.',
    everyVisit: false,
    source: 'S68',
  },
  {
    id: 'recent-stroke',
    text: 'Have you had a stroke or a mini-stroke (TIA) in the past?',
    flags: ['stroke-or-tia'],
    tier: 'caution',
    blocksTriggerPointWork: true,
    action: 'Ask the client’s doctor before treating; no neck work without clearance.',
    everyVisit: false,
    source: 'S68',
  },
  {
    id: 'clot-history',
    text: 'Have you had a blood clot in a leg or arm (DVT) or an inflamed vein?',
    flags: ['prior-dvt'],
    tier: 'caution',
    blocksTriggerPointWork: false,
    action: 'Do not massage the affected limb.',
    everyVisit: false,
    source: 'S66; S67',
  },
  {
    id: 'recent-immobilisation',
    text: 'In the last month, have you had surgery, a cast, several days in bed or a long journey sitting down?',
    flags: ['recent-immobilisation', 'recent-travel'],
    // alone a caution; with a swollen calf the shared screen's DVT rule (Wells items) makes it urgent
    tier: 'caution',
    everyVisit: true,
    source: 'S65 (Wells criteria for a clot)',
  },
  {
    id: 'skin-wound',
    text: 'Do you have an open wound, a burn, a rash or a skin infection anywhere?',
    flags: [],
    tier: 'caution',
    blocksTriggerPointWork: false,
    action: 'Keep off the area; cover and work around it.',
    everyVisit: true,
    source: 'S66; S67',
  },
  {
    id: 'surgery-site',
    text: 'Have you had an operation in the last six weeks?',
    flags: ['recent-surgery'],
    tier: 'caution',
    blocksTriggerPointWork: false,
    action: 'No work over or near the surgery site for six weeks.',
    everyVisit: true,
    source: 'S66; S67',
  },
  {
    id: 'varicose-aneurysm',
    text: 'Do you have varicose veins, or have you been told you have an aneurysm?',
    flags: ['varicose-veins'],
    tier: 'caution',
    blocksTriggerPointWork: false,
    action: 'No pressure over varicose veins or over a known aneurysm.',
    everyVisit: false,
    source: 'S66; S67',
  },
  {
    id: 'reduced-feeling',
    text: 'Do you have diabetes with reduced feeling, or any area where you cannot feel pressure well?',
    flags: [],
    tier: 'caution',
    blocksTriggerPointWork: false,
    action: 'Gentle pressure where feeling is reduced: the client cannot warn you in time.',
    everyVisit: false,
    source: 'S68',
  },
  {
    id: 'fragile-bones',
    text: 'Have you been told you have thin or fragile bones (osteoporosis)?',
    flags: ['osteoporosis'],
    tier: 'caution',
    blocksTriggerPointWork: false,
    action: 'Gentle pressure; no forceful work over the spine or ribs.',
    everyVisit: false,
    source: 'S68',
  },
] satisfies IntakeQuestion[]);

/** The question an id names, or undefined. */
export function intakeQuestion(id: string): IntakeQuestion | undefined {
  return INTAKE_QUESTIONS.find((q) => q.id === id);
}

/**
 * "When trigger point therapy is most useful" (clinical-notes §5): guidance shown beside the
 * screen. Not a validated decision rule; assembled from the cited sources.
 */
export const TRIGGER_POINT_INDICATIONS: readonly { readonly text: string; readonly source: string }[] =
  Object.freeze([
    {
      text: 'Regional pain whose familiar pattern comes back when you press a tender spot in a taut band, including referred pain with no injury found.',
      source: 'S1 (Delphi definition of an active trigger point)',
    },
    {
      text: 'Neck and shoulder pain with upper trapezius trigger points: the best-studied case, with moderate evidence for less pain and better side bending.',
      source: 'S24 (Cagnie et al. 2015)',
    },
    {
      text: 'A stretch that is limited or painful at the end of range and has not improved with general massage; long-standing guarding.',
      source: 'S3 (Travell & Simons)',
    },
    {
      text: 'Pain tied to a held posture or repeated work, the usual overload that starts trigger points.',
      source: 'S3; S69',
    },
    {
      text: 'Expect pressure tolerance to improve sooner than the pain score; review after 3–4 sessions and reassess or refer if nothing has changed.',
      source: 'S15; clinical convention',
    },
  ]);
