import type { RegionKind } from './region-types.ts';

/** Shorthand for a region kind that exists on the left and the right. */
function pair(key: string, name: string, parent: string, synonyms: string[], seedCode?: string): RegionKind {
  return seedCode === undefined
    ? { key, name, lateral: true, parent, synonyms }
    : { key, name, lateral: true, parent, synonyms, seedCode };
}

/** Shorthand for a midline region kind. */
function mid(key: string, name: string, parent: string, synonyms: string[], seedCode?: string): RegionKind {
  return seedCode === undefined
    ? { key, name, lateral: false, parent, synonyms }
    : { key, name, lateral: false, parent, synonyms, seedCode };
}

/**
 * Every kind of surface region on the body map, head to toe. Lateral kinds expand to `l.` and `r.`
 * regions; midline kinds to one `m.` region. Synonyms carry no side words.
 */
export const REGION_KINDS: readonly RegionKind[] = [
  // Head and face
  mid('vertex', 'top of the head', 'scalp', ['vertex', 'crown', 'crown of the head', 'top of head'], 'scalp'),
  pair('forehead', 'forehead', 'forehead-brow', ['frontal', 'brow', 'front of the head', 'frontal headache'], 'forehead'),
  pair('temple', 'temple', 'forehead-brow', ['temporal region', 'temporal', 'side of the head', 'temporal headache']),
  pair('eyebrow', 'eyebrow', 'forehead-brow', ['supraorbital', 'above the eye', 'over the eye', 'brow ridge'], 'eyebrow'),
  pair('eye', 'eye and behind the eye', 'eye-area', ['eye', 'behind the eye', 'retro-orbital', 'retroorbital', 'in the eye', 'eyeball', 'deep in the eye'], 'orbital region'),
  pair('periorbital', 'around the eye', 'eye-area', ['periorbital', 'around the eye', 'under the eye', 'below the eye', 'outer corner of the eye', 'eye socket']),
  pair('cheek', 'cheek', 'midface', ['cheekbone', 'zygoma', 'zygomatic', 'malar'], 'cheek'),
  pair('maxilla', 'maxilla and maxillary sinus', 'midface', ['maxilla', 'maxillary sinus', 'sinus', 'upper jaw', 'beside the nose', 'side of the nose']),
  mid('nose', 'nose', 'midface', ['nasal', 'bridge of the nose', 'nostril'], 'nose'),
  mid('mouth', 'lips and mouth', 'midface', ['lips', 'lip', 'upper lip', 'lower lip', 'around the mouth', 'perioral'], 'mouth'),
  pair('tmj', 'temporomandibular joint', 'jaw', ['temporomandibular joint', 'tmj', 'jaw joint', 'in front of the ear', 'preauricular'], 'temporomandibular joint'),
  pair('jaw-angle', 'angle of the jaw', 'jaw', ['jaw angle', 'angle of the jaw', 'angle of the mandible', 'mandibular angle', 'below the ear']),
  pair('mandible', 'body of the mandible', 'jaw', ['lower jaw', 'jawline', 'jaw line', 'mandible body', 'body of the mandible', 'side of the jaw'], 'mandible'),
  mid('chin', 'chin', 'jaw', ['mental region', 'point of the chin'], 'chin'),
  pair('ear', 'ear', 'ear-area', ['outer ear', 'auricle', 'pinna', 'earlobe'], 'ear'),
  pair('deep-ear', 'deep in the ear', 'ear-area', ['deep ear', 'inside the ear', 'in the ear', 'earache', 'ear canal', 'deep ear pain']),
  pair('mastoid', 'behind the ear', 'ear-area', ['mastoid', 'mastoid process', 'behind the ear', 'postauricular', 'retroauricular']),
  pair('parietal', 'side of the top of the head', 'scalp', ['parietal', 'parietal region', 'upper side of the head']),
  pair('occiput', 'back of the head', 'scalp', ['occiput', 'occipital', 'occipital region', 'back of the head', 'back of the skull'], 'occipital region'),
  pair('suboccipital', 'base of the skull', 'neck-back', ['suboccipital', 'base of the skull', 'skull base', 'under the skull', 'top of the neck', 'upper neck']),
  // Teeth and mouth (intra-oral inset)
  pair('upper-molars', 'upper molars', 'teeth', ['upper back teeth', 'upper molar', 'upper molar teeth', 'maxillary molars', 'upper teeth'], 'molar tooth'),
  pair('lower-molars', 'lower molars', 'teeth', ['lower back teeth', 'lower molar', 'lower molar teeth', 'mandibular molars', 'lower teeth'], 'molar tooth'),
  pair('upper-premolars', 'upper premolars', 'teeth', ['upper premolar', 'upper bicuspids', 'upper canine']),
  pair('lower-premolars', 'lower premolars', 'teeth', ['lower premolar', 'lower bicuspids', 'lower canine']),
  mid('upper-incisors', 'upper incisors', 'teeth', ['upper incisor', 'upper front teeth', 'maxillary incisors', 'front teeth']),
  mid('lower-incisors', 'lower incisors', 'teeth', ['lower incisor', 'lower front teeth', 'mandibular incisors']),
  mid('gums', 'gums', 'mouth-inside', ['gum', 'gingiva', 'gingival'], 'gingiva'),
  mid('palate', 'roof of the mouth', 'mouth-inside', ['palate', 'hard palate', 'roof of the mouth', 'soft palate']),
  mid('tongue', 'tongue', 'mouth-inside', ['lingual', 'tip of the tongue']),
  mid('throat', 'throat', 'mouth-inside', ['pharynx', 'back of the throat', 'sore throat', 'swallowing pain', 'deep throat']),
  // Neck
  mid('anterior-neck', 'front of the neck', 'neck-front', ['front of neck', 'anterior neck', 'larynx area', 'adams apple', 'windpipe', 'sternal notch', 'jugular notch']),
  pair('lateral-neck', 'side of the neck', 'neck-front', ['side of neck', 'lateral neck', 'sternocleidomastoid area']),
  pair('posterolateral-neck', 'back and side of the neck', 'neck-back', ['posterolateral neck', 'back side of the neck']),
  pair('posterior-neck', 'back of the neck', 'neck-back', ['posterior neck', 'back of neck', 'nape', 'cervical paraspinal', 'neck muscles'], 'neck'),
  pair('neck-angle', 'angle of the neck', 'shoulder-top', ['angle of the neck', 'neck angle', 'where the neck meets the shoulder', 'base of the neck']),
  pair('supraclavicular', 'above the collarbone', 'neck-front', ['supraclavicular', 'supraclavicular fossa', 'above the clavicle', 'above the collarbone']),
  // Shoulder girdle and back
  pair('shoulder-top', 'top of the shoulder', 'shoulder-top', ['top of shoulder', 'shoulder top', 'upper trapezius area', 'trapezius ridge'], 'shoulder'),
  pair('acromion', 'point of the shoulder', 'shoulder-joint', ['acromion', 'acromial', 'point of the shoulder', 'tip of the shoulder', 'ac joint', 'acromioclavicular joint']),
  pair('anterior-deltoid', 'front of the shoulder', 'shoulder-joint', ['anterior deltoid', 'front of shoulder', 'front of the deltoid', 'anterior shoulder']),
  pair('middle-deltoid', 'outside of the shoulder', 'shoulder-joint', ['middle deltoid', 'lateral deltoid', 'deltoid', 'side of the shoulder', 'outer shoulder', 'lateral shoulder']),
  pair('posterior-deltoid', 'back of the shoulder', 'shoulder-joint', ['posterior deltoid', 'back of shoulder', 'rear shoulder', 'posterior shoulder']),
  pair('supraspinous', 'supraspinous fossa', 'scapula', ['supraspinous fossa', 'above the spine of the scapula', 'top of the shoulder blade', 'upper shoulder blade']),
  pair('infraspinous', 'infraspinous fossa', 'scapula', ['infraspinous fossa', 'below the spine of the scapula', 'middle of the shoulder blade', 'on the shoulder blade']),
  pair('scapula-medial-border', 'medial border of the shoulder blade', 'scapula', ['medial border of the scapula', 'vertebral border of the scapula', 'inner edge of the shoulder blade', 'inside edge of the shoulder blade', 'along the shoulder blade']),
  pair('scapula-inferior-angle', 'lower tip of the shoulder blade', 'scapula', ['inferior angle of the scapula', 'inferior angle', 'bottom of the shoulder blade', 'tip of the shoulder blade']),
  pair('interscapular', 'between the shoulder blades', 'thoracic-back', ['interscapular', 'between the shoulder blades', 'between shoulder blades', 'rhomboid area']),
  pair('upper-thoracic', 'upper thoracic paraspinal', 'thoracic-back', ['upper thoracic', 'upper thoracic paraspinal', 'upper back muscles', 'high back']),
  pair('mid-thoracic', 'mid thoracic paraspinal', 'thoracic-back', ['mid thoracic', 'mid thoracic paraspinal', 'middle of the back']),
  pair('lower-thoracic', 'lower thoracic paraspinal', 'thoracic-back', ['lower thoracic', 'lower thoracic paraspinal', 'thoracolumbar', 'thoracolumbar junction']),
  pair('lateral-back', 'side of the back', 'thoracic-back', ['lateral back', 'side of the back', 'lower ribs at the back', 'posterior ribs', 'back of the ribs', 'kidney area']),
  pair('lumbar', 'lumbar paraspinal', 'low-back', ['lumbar paraspinal', 'lumbar muscles', 'beside the lumbar spine', 'small of the back'], 'lower back'),
  pair('iliac-crest', 'iliac crest', 'low-back', ['iliac crest', 'top of the pelvis', 'hip bone', 'top of the hip bone', 'pelvic rim', 'waistline'], 'iliac crest'),
  pair('sacroiliac', 'sacroiliac region', 'sacral', ['sacroiliac', 'sacroiliac joint', 'si joint', 'sij', 'sacroiliac region', 'dimples of the back']),
  mid('sacrum', 'sacrum', 'sacral', ['sacral', 'sacral region', 'over the sacrum'], 'sacral region'),
  mid('coccyx', 'tailbone', 'sacral', ['coccyx', 'tailbone', 'tail bone', 'coccygeal', 'coccydynia']),
  // Chest and abdomen
  pair('infraclavicular', 'below the collarbone', 'chest-wall', ['infraclavicular', 'below the clavicle', 'under the collarbone', 'below the collarbone', 'upper chest']),
  pair('pectoral', 'pectoral region', 'chest-wall', ['pectoral', 'pec', 'pecs', 'front of the chest', 'chest muscle'], 'chest'),
  mid('sternum', 'breastbone', 'chest-wall', ['sternum', 'breastbone', 'breast bone', 'sternal', 'over the sternum', 'middle of the chest', 'centre of the chest', 'center of the chest']),
  pair('breast', 'breast and nipple', 'chest-wall', ['nipple', 'breast', 'breasts', 'mammary'], 'breast'),
  pair('axilla', 'armpit', 'armpit-side', ['axilla', 'armpit', 'axillary'], 'axilla'),
  pair('lateral-chest', 'side of the chest', 'armpit-side', ['lateral chest', 'side of the chest', 'side of the ribs', 'lateral ribs', 'ribcage side', 'flank of the chest']),
  pair('lower-ribs', 'lower ribs in front', 'abdomen-upper', ['lower ribs', 'costal margin', 'bottom of the ribcage', 'front of the lower ribs', 'rib cage']),
  mid('epigastric', 'pit of the stomach', 'abdomen-upper', ['epigastric', 'epigastrium', 'pit of the stomach', 'upper middle abdomen', 'heartburn area', 'below the breastbone', 'solar plexus']),
  pair('upper-abdomen', 'upper abdomen', 'abdomen-upper', ['upper abdomen', 'upper quadrant', 'hypochondrium', 'hypochondriac', 'under the ribs']),
  mid('umbilical', 'around the navel', 'abdomen-lower', ['umbilical', 'navel', 'belly button', 'periumbilical', 'umbilicus']),
  pair('lateral-abdomen', 'side of the abdomen', 'abdomen-lower', ['lateral abdomen', 'flank', 'side of the belly', 'side of the stomach', 'waist']),
  pair('lower-abdomen', 'lower abdomen', 'abdomen-lower', ['lower abdomen', 'lower quadrant', 'iliac fossa', 'lower belly']),
  mid('suprapubic', 'above the pubic bone', 'groin-pubic', ['suprapubic', 'above the pubic bone', 'above the pubis']),
  mid('bladder', 'bladder', 'pelvic-floor', ['bladder', 'bladder area', 'urinary bladder']),
  pair('groin', 'groin', 'groin-pubic', ['groin', 'inguinal', 'inguinal crease', 'crease of the hip']),
  mid('pubic', 'pubic bone', 'groin-pubic', ['pubic', 'pubis', 'pubic symphysis', 'symphysis', 'pubic bone']),
  // Pelvis
  mid('genital', 'genitals', 'pelvic-floor', ['genital', 'genitals', 'penis', 'scrotum', 'testicle', 'testicles', 'vulva', 'vagina', 'labia']),
  mid('perineum', 'perineum', 'pelvic-floor', ['perineum', 'perineal', 'between the legs', 'saddle area']),
  mid('rectal', 'anus and rectum', 'pelvic-floor', ['rectal', 'rectum', 'anus', 'anal', 'back passage']),
  // Buttock and hip
  pair('upper-buttock', 'upper buttock', 'buttock', ['upper buttock', 'upper gluteal', 'top of the buttock']),
  pair('mid-buttock', 'middle of the buttock', 'buttock', ['middle buttock', 'mid buttock', 'centre of the buttock', 'center of the buttock', 'piriformis area', 'deep buttock']),
  pair('lower-buttock', 'lower buttock', 'buttock', ['lower buttock', 'sit bone', 'sit bones', 'sitting bone', 'ischial tuberosity', 'ischium', 'bottom of the buttock']),
  pair('lateral-buttock', 'outer buttock', 'buttock', ['lateral buttock', 'outer buttock', 'side of the buttock']),
  pair('gluteal-fold', 'gluteal fold', 'buttock', ['gluteal fold', 'buttock crease', 'gluteal crease', 'under the buttock']),
  pair('greater-trochanter', 'greater trochanter', 'hip', ['greater trochanter', 'trochanter', 'trochanteric', 'point of the hip', 'bony point of the hip'], 'greater trochanter'),
  pair('lateral-hip', 'side of the hip', 'hip', ['lateral hip', 'side of the hip', 'outer hip', 'front of the hip', 'anterior hip', 'hip pocket'], 'hip'),
  // Arm
  pair('anterior-upper-arm', 'front of the upper arm', 'upper-arm', ['front of the upper arm', 'anterior arm', 'biceps area', 'front of the arm']),
  pair('posterior-upper-arm', 'back of the upper arm', 'upper-arm', ['back of the upper arm', 'posterior arm', 'triceps area', 'back of the arm']),
  pair('lateral-upper-arm', 'outside of the upper arm', 'upper-arm', ['lateral upper arm', 'outside of the upper arm', 'outer arm', 'lateral arm']),
  pair('medial-upper-arm', 'inside of the upper arm', 'upper-arm', ['medial upper arm', 'inside of the upper arm', 'inner arm', 'medial arm']),
  pair('antecubital', 'front of the elbow', 'elbow', ['antecubital', 'antecubital fossa', 'front of the elbow', 'elbow crease', 'crook of the elbow', 'inside of the elbow'], 'elbow'),
  pair('lateral-epicondyle', 'outer elbow', 'elbow', ['lateral epicondyle', 'outer elbow', 'outside of the elbow', 'tennis elbow', 'lateral elbow']),
  pair('medial-epicondyle', 'inner elbow', 'elbow', ['medial epicondyle', 'inner elbow', 'inside edge of the elbow', 'golfers elbow', 'medial elbow', 'funny bone']),
  pair('olecranon', 'point of the elbow', 'elbow', ['olecranon', 'point of the elbow', 'tip of the elbow', 'back of the elbow']),
  pair('volar-forearm-radial', 'thumb side of the inner forearm', 'forearm', ['radial volar forearm', 'volar radial forearm', 'thumb side of the forearm', 'front of the forearm', 'palm side of the forearm', 'inner forearm']),
  pair('volar-forearm-ulnar', 'little finger side of the inner forearm', 'forearm', ['ulnar volar forearm', 'volar ulnar forearm', 'little finger side of the forearm', 'ulnar forearm', 'inner forearm']),
  pair('dorsal-forearm-radial', 'thumb side of the back of the forearm', 'forearm', ['radial dorsal forearm', 'dorsal radial forearm', 'back of the forearm', 'top of the forearm', 'outer forearm', 'extensor forearm']),
  pair('dorsal-forearm-ulnar', 'little finger side of the back of the forearm', 'forearm', ['ulnar dorsal forearm', 'dorsal ulnar forearm', 'back of the forearm']),
  // Wrist and hand
  pair('volar-wrist', 'palm side of the wrist', 'wrist', ['volar wrist', 'palmar wrist', 'front of the wrist', 'inside of the wrist', 'carpal tunnel', 'wrist crease']),
  pair('dorsal-wrist', 'back of the wrist', 'wrist', ['dorsal wrist', 'back of the wrist', 'top of the wrist']),
  pair('radial-wrist', 'thumb side of the wrist', 'wrist', ['radial wrist', 'thumb side of the wrist', 'base of the thumb', 'radial styloid', 'anatomical snuffbox']),
  pair('ulnar-wrist', 'little finger side of the wrist', 'wrist', ['ulnar wrist', 'little finger side of the wrist', 'ulnar styloid', 'pinky side of the wrist']),
  pair('dorsal-hand', 'back of the hand', 'hand', ['dorsum of the hand', 'back of the hand', 'dorsal hand', 'top of the hand', 'knuckles']),
  pair('palm', 'palm', 'hand', ['palm', 'palm of the hand', 'palmar', 'middle of the palm']),
  pair('thenar', 'thenar eminence', 'hand', ['thenar', 'thenar eminence', 'ball of the thumb', 'fleshy part of the thumb', 'base of the thumb in the palm'], 'thenar eminence'),
  pair('hypothenar', 'hypothenar eminence', 'hand', ['hypothenar', 'hypothenar eminence', 'heel of the hand', 'little finger side of the palm', 'outer palm'], 'hypothenar eminence'),
  pair('thumb-web', 'web of the thumb', 'hand', ['dorsal web of the thumb', 'first web space', 'web space', 'web of the thumb', 'between thumb and index finger', 'first dorsal interosseous area']),
  pair('thumb', 'thumb', 'fingers', ['pollex', 'thumbs']),
  pair('index-finger', 'index finger', 'fingers', ['index finger', 'index', 'pointer finger', 'forefinger', 'second finger']),
  pair('middle-finger', 'middle finger', 'fingers', ['middle finger', 'long finger', 'third finger']),
  pair('ring-finger', 'ring finger', 'fingers', ['ring finger', 'fourth finger']),
  pair('little-finger', 'little finger', 'fingers', ['little finger', 'pinky', 'pinkie', 'small finger', 'fifth finger']),
  // Thigh and knee
  pair('anterior-thigh', 'front of the thigh', 'thigh', ['anterior thigh', 'front of the thigh', 'quadriceps area', 'quads', 'top of the thigh']),
  pair('anteromedial-thigh', 'front and inside of the thigh', 'thigh', ['anteromedial thigh', 'front inner thigh']),
  pair('anterolateral-thigh', 'front and outside of the thigh', 'thigh', ['anterolateral thigh', 'front outer thigh']),
  pair('medial-thigh', 'inner thigh', 'thigh', ['medial thigh', 'inner thigh', 'inside of the thigh', 'adductor area']),
  pair('lateral-thigh', 'outer thigh', 'thigh', ['lateral thigh', 'outer thigh', 'outside of the thigh', 'side of the thigh', 'it band', 'iliotibial band']),
  pair('posterior-thigh', 'back of the thigh', 'thigh', ['posterior thigh', 'back of the thigh', 'hamstring area', 'hamstrings']),
  pair('patella', 'kneecap', 'knee', ['patella', 'kneecap', 'knee cap', 'front of the knee', 'anterior knee', 'patellar'], 'patella'),
  pair('suprapatellar', 'above the kneecap', 'knee', ['suprapatellar', 'above the kneecap', 'above the patella', 'upper border of the patella']),
  pair('infrapatellar', 'below the kneecap', 'knee', ['infrapatellar', 'below the kneecap', 'below the patella', 'patellar tendon', 'lower border of the patella']),
  pair('medial-knee', 'inner knee', 'knee', ['medial knee', 'inner knee', 'inside of the knee', 'medial border of the patella']),
  pair('lateral-knee', 'outer knee', 'knee', ['lateral knee', 'outer knee', 'outside of the knee', 'lateral border of the patella']),
  pair('popliteal', 'back of the knee', 'knee', ['popliteal', 'popliteal fossa', 'back of the knee', 'behind the knee', 'hollow of the knee']),
  // Leg and foot
  pair('shin', 'shin', 'lower-leg', ['shin', 'shins', 'anterior leg', 'front of the leg', 'front of the lower leg', 'tibia', 'anterior compartment']),
  pair('lateral-leg', 'outside of the lower leg', 'lower-leg', ['lateral leg', 'outside of the lower leg', 'outer lower leg', 'outside of the leg', 'fibular', 'peroneal area']),
  pair('medial-leg', 'inside of the lower leg', 'lower-leg', ['medial calf', 'medial leg', 'inside of the lower leg', 'inner calf', 'inside of the calf']),
  pair('upper-calf', 'upper calf', 'calf-area', ['upper calf', 'top of the calf', 'belly of the calf']),
  pair('lower-calf', 'lower calf', 'calf-area', ['lower calf', 'bottom of the calf']),
  pair('achilles', 'Achilles tendon', 'calf-area', ['achilles', 'achilles tendon', 'heel cord', 'back of the ankle']),
  pair('medial-ankle', 'inner ankle', 'ankle', ['medial malleolus', 'inner ankle', 'inside of the ankle', 'medial ankle', 'inner ankle bone']),
  pair('lateral-ankle', 'outer ankle', 'ankle', ['lateral malleolus', 'outer ankle', 'outside of the ankle', 'lateral ankle', 'outer ankle bone']),
  pair('anterior-ankle', 'front of the ankle', 'ankle', ['anterior ankle', 'front of the ankle', 'ankle crease']),
  pair('dorsal-foot', 'top of the foot', 'foot', ['dorsum of the foot', 'top of the foot', 'instep', 'dorsal foot', 'back of the foot']),
  pair('arch', 'arch of the foot', 'foot', ['arch', 'arch of the foot', 'midfoot sole', 'medial arch', 'sole of the foot', 'sole']),
  pair('forefoot-sole', 'ball of the foot', 'foot', ['ball of the foot', 'metatarsal heads', 'metatarsals', 'forefoot', 'under the toes', 'metatarsalgia']),
  pair('plantar-heel', 'bottom of the heel', 'heel-area', ['plantar heel', 'bottom of the heel', 'underside of the heel', 'heel pad', 'sole of the heel'], 'heel'),
  pair('posterior-heel', 'back of the heel', 'heel-area', ['posterior heel', 'back of the heel', 'heel bone', 'calcaneal']),
  pair('big-toe', 'big toe', 'toes', ['big toe', 'great toe', 'hallux', 'first toe']),
  pair('lesser-toes', 'smaller toes', 'toes', ['lesser toes', 'small toes', 'smaller toes', 'little toes', 'other toes', 'second to fifth toes']),
];
