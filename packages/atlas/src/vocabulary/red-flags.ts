/**
 * Warning signs a therapist asks about before trigger point work, with the action tier each one
 * (alone or with chest pain) calls for. Sources: IFOMPT red-flag framework (Finucane et al., JOSPT
 * 2020;50:350-72), IFOMPT cervical vascular framework (Rushton et al., JOSPT 2023;53:7-22), Wells
 * criteria for DVT (Lancet 1997;350:1795-8); standard chest-pain first-aid teaching for the emergency tier.
 */
export const RED_FLAGS = {
  breathlessness: { label: 'shortness of breath', tier: 'with-chest-pain' },
  'cold-sweat': { label: 'cold sweat or clamminess', tier: 'with-chest-pain' },
  'nausea-with-pain': { label: 'nausea or vomiting with the pain', tier: 'with-chest-pain' },
  'pain-at-rest-crushing': { label: 'crushing or pressing pain at rest', tier: 'with-chest-pain' },
  'pain-on-exertion': {
    label: 'pain that comes on with exertion and eases with rest',
    tier: 'with-chest-pain',
  },
  'sudden-tearing-pain': { label: 'sudden tearing pain in the chest or back', tier: 'emergency' },
  'face-droop': { label: 'face drooping on one side', tier: 'emergency' },
  'sudden-arm-weakness': { label: 'sudden weakness of an arm or leg', tier: 'emergency' },
  'speech-difficulty': { label: 'slurred speech or trouble finding words', tier: 'emergency' },
  'thunderclap-headache': { label: 'sudden, worst-ever headache', tier: 'emergency' },
  'saddle-numbness': { label: 'numbness in the saddle area', tier: 'urgent' },
  'bladder-bowel-change': { label: 'new bladder or bowel control problems', tier: 'urgent' },
  'bilateral-leg-symptoms': { label: 'pins and needles or weakness in both legs', tier: 'urgent' },
  'progressive-weakness': { label: 'numbness or weakness that is spreading or worsening', tier: 'urgent' },
  'double-vision': { label: 'double vision', tier: 'urgent' },
  'drop-attacks': { label: 'sudden falls without losing consciousness', tier: 'urgent' },
  'swallowing-speech-change': { label: 'new difficulty swallowing or speaking', tier: 'urgent' },
  'calf-swelling': { label: 'one calf swollen, warm or tender', tier: 'urgent' },
  'recent-immobilisation': { label: 'recent surgery, cast or bed rest (with calf symptoms)', tier: 'refer' },
  'unexplained-weight-loss': { label: 'unexplained weight loss', tier: 'refer' },
  'cancer-history': { label: 'history of cancer with new pain', tier: 'refer' },
  'constant-night-pain': { label: 'constant night pain not eased by changing position', tier: 'refer' },
  fever: { label: 'fever or feeling unwell with the pain', tier: 'refer' },
  'recent-trauma': { label: 'recent fall, accident or suspected fracture', tier: 'refer' },
  'hot-swollen-joint': { label: 'hot, swollen joint', tier: 'refer' },
  'long-term-steroids': { label: 'long-term corticosteroids or osteoporosis', tier: 'refer' },
  anticoagulants: { label: 'blood thinners or a bleeding disorder', tier: 'caution' },
  pregnancy: { label: 'pregnancy', tier: 'caution' },
} as const satisfies Record<string, { label: string; tier: RedFlagTier | 'with-chest-pain' }>;

/** What a red flag asks the therapist to do, most serious first. */
export type RedFlagTier = 'emergency' | 'urgent' | 'refer' | 'caution';

/** One red flag sign key. */
export type RedFlagId = keyof typeof RED_FLAGS;
