/**
 * Controlled vocabulary of cautions for pressure work over a muscle.
 * Key: kebab-case id. Value: what to watch for.
 */
export const CAUTIONS = {
  'carotid-artery': 'carotid artery and vagus nerve lie close: no pressure on the pulse',
  'jugular-vein': 'external jugular vein crosses the area: light pressure only',
  'brachial-plexus': 'brachial plexus and subclavian artery nearby: stop on tingling into the arm',
  'vertebral-artery': 'vertebral artery region: no sustained end-range neck positions',
  eye: 'near the eye: never press on the eyeball',
  'facial-nerve': 'facial nerve and parotid gland in the area: gentle pressure',
  'intraoral-work':
    'work inside the mouth needs gloves, consent and a scope of practice that allows it; otherwise treat from outside or refer',
  thyroid: 'thyroid gland and trachea in front: work only at the muscle edge',
  'axillary-vessels': 'axillary artery, vein and nerves in the armpit: pincer grip on the muscle only',
  'ulnar-nerve': 'ulnar nerve at the elbow: avoid pressing in the groove',
  'radial-nerve': 'radial nerve nearby: stop on tingling into the hand',
  'median-nerve': 'median nerve nearby: stop on tingling into the fingers',
  'brachial-artery': 'brachial artery at the elbow crease: find the pulse and work beside it',
  'wrist-arteries': 'radial and ulnar arteries at the front of the wrist: no sustained pressure on a pulse',
  'breast-tissue': 'breast tissue: work with consent, client may self-treat',
  lungs: 'over the ribs and lungs: no pressure between the ribs with the fingertips',
  'kidney-area': 'kidney area below the twelfth rib: no deep pressure or percussion',
  'abdominal-aorta': 'abdominal aorta: feel for a pulse and move off it',
  'abdominal-organs': 'abdominal organs: slow, broad pressure; stop if it is visceral pain',
  hernia: 'hernia sites: avoid pressure on a bulge',
  'femoral-triangle': 'femoral artery, vein and nerve in the femoral triangle: no pressure on the pulse',
  'sciatic-nerve': 'sciatic nerve under the muscle: stop on shooting pain or tingling down the leg',
  'pudendal-nerve':
    'pudendal nerve and vessels: internal work only by trained, licensed practitioners with consent',
  'internal-work':
    'internal (intravaginal or intrarectal) release is outside massage scope in many places: refer',
  'popliteal-vessels': 'popliteal artery and vein behind the knee: no deep pressure in the centre',
  'common-fibular-nerve': 'common fibular nerve at the fibular head: avoid pressure there',
  'varicose-veins': 'varicose veins: no pressure over them',
  'dvt-risk': 'possible deep vein thrombosis: no calf work with swelling, heat or a recent immobilisation',
  'compartment-syndrome':
    'a tense, swollen, very painful lower leg during or after exertion or injury: no massage, urgent medical referral',
  'diabetic-foot':
    'diabetes or poor sensation in the foot: gentle pressure, check the skin, never work over wounds or ulcers',
  pregnancy: 'pregnancy: side-lying position, lighter pressure, no deep calf or medial leg work',
  anticoagulants: 'anticoagulants or bleeding disorders: no deep or forceful pressure',
  osteoporosis: 'osteoporosis: gentle pressure over ribs and spine',
  'recent-surgery': 'recent surgery in the area: wait for clearance',
  'cardiac-symptoms': 'chest pain must be cleared by a clinician before treating as muscular',
} as const;

/** One caution key from the controlled vocabulary. */
export type CautionId = keyof typeof CAUTIONS;
