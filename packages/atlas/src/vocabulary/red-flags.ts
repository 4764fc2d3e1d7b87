/**
 * Warning signs a therapist asks about before trigger point work. The tier each calls for, alone or in
 * combination, lives in data (data/red-flags/signs.yaml and rules.yaml, clinical-notes §5). Sources: IFOMPT red-flag framework (Finucane et al., JOSPT
 * 2020;50:350-72), IFOMPT cervical vascular framework (Rushton et al., JOSPT 2023;53:7-22), Wells
 * criteria for DVT (Lancet 1997;350:1795-8); standard chest-pain first-aid teaching for the emergency tier.
 */
export const RED_FLAGS = {
  breathlessness: { label: 'shortness of breath' },
  'cold-sweat': { label: 'cold sweat or clamminess' },
  'nausea-with-pain': { label: 'nausea or vomiting with the pain' },
  'pain-at-rest-crushing': { label: 'crushing or pressing pain at rest' },
  'pain-on-exertion': { label: 'pain that comes on with exertion and eases with rest' },
  'pain-spreading-arm-jaw': { label: 'chest pain spreading to the arm, jaw, neck or back' },
  'faint-with-pain': { label: 'fainting or nearly fainting with the pain' },
  'sudden-tearing-pain': { label: 'sudden tearing pain in the chest or back' },
  'face-droop': { label: 'face drooping on one side' },
  'sudden-arm-weakness': { label: 'sudden weakness of an arm or leg' },
  'speech-difficulty': { label: 'slurred speech or trouble finding words' },
  'thunderclap-headache': { label: 'sudden, worst-ever headache' },
  'saddle-numbness': { label: 'numbness in the saddle area' },
  'bladder-bowel-change': { label: 'new bladder or bowel control problems' },
  'bilateral-leg-symptoms': { label: 'pins and needles or weakness in both legs' },
  'progressive-weakness': { label: 'numbness or weakness that is spreading or worsening' },
  'double-vision': { label: 'double vision' },
  'drop-attacks': { label: 'sudden falls without losing consciousness' },
  'swallowing-speech-change': { label: 'new difficulty swallowing or speaking' },
  nystagmus: { label: 'flickering, jumping eyes (nystagmus)' },
  'unsteady-gait': { label: 'new unsteadiness when walking' },
  'face-numbness': { label: 'numbness of the face or around the mouth' },
  'calf-swelling': { label: 'one calf swollen, warm or tender' },
  'recent-immobilisation': { label: 'recent surgery, cast or bed rest (with calf symptoms)' },
  'recent-travel': { label: 'recent long journey (flight, drive)' },
  'prior-dvt': { label: 'a previous blood clot (DVT or pulmonary embolism)' },
  'stroke-or-tia': { label: 'a stroke or mini-stroke (TIA), recent or past' },
  'unexplained-weight-loss': { label: 'unexplained weight loss' },
  'cancer-history': { label: 'history of cancer with new pain' },
  'constant-night-pain': { label: 'constant night pain not eased by changing position' },
  fever: { label: 'fever or feeling unwell with the pain' },
  'recent-trauma': { label: 'recent fall, accident or suspected fracture' },
  'hot-swollen-joint': { label: 'hot, swollen joint' },
  'long-term-steroids': { label: 'long-term corticosteroids' },
  osteoporosis: { label: 'osteoporosis or thin bones' },
  immunosuppression: { label: 'lowered immunity (immunosuppressant drugs, transplant, HIV)' },
  'iv-drug-use': { label: 'injecting drug use' },
  anticoagulants: { label: 'blood thinners (anticoagulant or antiplatelet medicine)' },
  'bleeding-disorder': { label: 'a bleeding disorder or low platelets' },
  'recent-surgery': { label: 'recent surgery at or near the site' },
  'varicose-veins': { label: 'varicose veins' },
  pregnancy: { label: 'pregnancy' },
  'new-headache': { label: 'a new kind of headache' },
  'jaw-claudication': { label: 'jaw pain or tiredness on chewing' },
  'scalp-tenderness': { label: 'tender scalp or temples' },
  'visual-change': { label: 'sudden loss or blurring of vision' },
} as const satisfies Record<string, { label: string }>;

/** What a red flag asks the therapist to do, most serious first. */
export type RedFlagTier = 'emergency' | 'urgent' | 'refer' | 'caution';

/** One red flag sign key. */
export type RedFlagId = keyof typeof RED_FLAGS;
