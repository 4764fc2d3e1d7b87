import type { AtlasFact } from './fact-types.ts';

const PEC_MAJOR = { work: 'simons-1999', locator: 'chapter on the pectoralis major muscle' } as const;
const ABDOMINALS = { work: 'simons-1999', locator: 'chapter on the abdominal muscles' } as const;
const PARASPINALS = {
  work: 'simons-1999',
  locator: 'chapter on the thoracolumbar paraspinal muscles',
} as const;
const QL = { work: 'travell-simons-1992', locator: 'ch. 4, Quadratus lumborum muscle' } as const;

/** Textbook facts for the trunk muscles. */
export const TRUNK_FACTS: readonly AtlasFact[] = [
  {
    fact: 'the clavicular part of pectoralis major sends pain to the front of the shoulder',
    muscle: 'pectoralis-major-clavicular',
    essentialIn: ['anterior-deltoid'],
    locatedIn: 'infraclavicular',
    source: PEC_MAJOR,
  },
  {
    fact: 'mid-sternal pectoralis major points ache in the chest and down the inner arm to the inner elbow, spilling to the ring and little fingers',
    muscle: 'pectoralis-major-sternal',
    essentialIn: ['pectoral', 'medial-upper-arm', 'medial-epicondyle'],
    refersTo: ['ring-finger', 'little-finger'],
    source: PEC_MAJOR,
  },
  {
    fact: 'pectoralis major points beside the breastbone refer over the sternum',
    muscle: 'pectoralis-major-sternal',
    essentialIn: ['sternum'],
    source: PEC_MAJOR,
  },
  {
    fact: 'the lower outer edge of pectoralis major makes the breast and nipple sore and oversensitive',
    muscle: 'pectoralis-major-costal',
    essentialIn: ['breast'],
    source: PEC_MAJOR,
  },
  {
    fact: 'pectoralis minor refers over the front of the shoulder and chest and down the inner arm to the last three fingers',
    muscle: 'pectoralis-minor',
    essentialIn: ['anterior-deltoid', 'pectoral'],
    refersTo: ['medial-upper-arm', 'middle-finger', 'ring-finger', 'little-finger'],
    source: { work: 'simons-1999', locator: 'chapter on the pectoralis minor muscle' },
  },
  {
    fact: 'subclavius, under the collarbone, refers down the front of the arm to the thumb, index and middle fingers',
    muscle: 'subclavius',
    locatedIn: 'infraclavicular',
    refersTo: ['anterior-upper-arm', 'thumb', 'index-finger', 'middle-finger'],
    source: { work: 'simons-1999', locator: 'chapter on the pectoralis major muscle, subclavius section' },
  },
  {
    fact: 'sternalis causes a deep ache over the breastbone',
    muscle: 'sternalis',
    locatedIn: 'sternum',
    essentialIn: ['sternum'],
    source: { work: 'simons-1999', locator: 'chapter on the sternalis muscle' },
  },
  {
    fact: 'serratus anterior refers to the side of the chest and to the lower tip of the shoulder blade',
    muscle: 'serratus-anterior',
    locatedIn: 'lateral-chest',
    essentialIn: ['lateral-chest', 'scapula-inferior-angle'],
    source: { work: 'simons-1999', locator: 'chapter on the serratus anterior muscle' },
  },
  {
    fact: 'serratus anterior pain can spill down the inner arm to the little finger side of the hand',
    muscle: 'serratus-anterior',
    refersTo: ['medial-upper-arm', 'little-finger'],
    source: { work: 'simons-1999', locator: 'chapter on the serratus anterior muscle' },
  },
  {
    fact: 'serratus posterior superior aches deep under the upper shoulder blade and refers down the back of the arm to the elbow and little finger',
    muscle: 'serratus-posterior-superior',
    essentialIn: ['posterior-deltoid', 'olecranon', 'little-finger'],
    refersTo: ['infraspinous', 'posterior-upper-arm'],
    source: { work: 'simons-1999', locator: 'chapter on the serratus posterior superior muscle' },
  },
  {
    fact: 'serratus posterior inferior aches locally over the lower ribs at the back',
    muscle: 'serratus-posterior-inferior',
    essentialIn: ['lateral-back'],
    source: { work: 'simons-1999', locator: 'chapter on the serratus posterior inferior muscle' },
  },
  {
    fact: 'upper rectus abdominis refers a band of pain across the back at the thoracolumbar level, on both sides',
    muscle: 'rectus-abdominis-upper',
    essentialIn: ['lower-thoracic'],
    source: ABDOMINALS,
  },
  {
    fact: 'upper rectus abdominis points give heartburn-like pain in the pit of the stomach',
    muscle: 'rectus-abdominis-upper',
    refersTo: ['epigastric'],
    source: ABDOMINALS,
  },
  {
    fact: 'lower rectus abdominis refers a band of pain across the sacroiliac region and low back',
    muscle: 'rectus-abdominis-lower',
    essentialIn: ['sacroiliac'],
    refersTo: ['lumbar'],
    source: ABDOMINALS,
  },
  {
    fact: 'rectus abdominis points beside the navel cause pain around the navel',
    muscle: 'rectus-abdominis-lower',
    locatedIn: 'umbilical',
    essentialIn: ['umbilical'],
    source: ABDOMINALS,
  },
  {
    fact: 'external oblique points over the lower ribs produce heartburn-like epigastric pain',
    muscle: 'external-oblique',
    essentialIn: ['epigastric'],
    source: ABDOMINALS,
  },
  {
    fact: 'the lower lateral abdominal wall refers into the groin and the testicle',
    muscle: 'external-oblique',
    refersTo: ['groin', 'genital'],
    source: ABDOMINALS,
  },
  {
    fact: 'iliocostalis thoracis points in the lower thoracic region can refer into the abdomen as well as over the low back',
    muscle: 'iliocostalis-thoracis',
    refersTo: ['lumbar', 'lateral-abdomen'],
    source: PARASPINALS,
  },
  {
    fact: 'iliocostalis lumborum at the upper lumbar level refers down into the middle of the buttock',
    muscle: 'iliocostalis-lumborum',
    essentialIn: ['mid-buttock'],
    source: PARASPINALS,
  },
  {
    fact: 'longissimus thoracis points low in the thoracic spine refer far down into the buttock',
    muscle: 'longissimus-thoracis',
    locatedIn: 'lower-thoracic',
    essentialIn: ['lower-buttock'],
    source: PARASPINALS,
  },
  {
    fact: 'lumbar multifidi refer to the sacrum, and the first sacral level to the tailbone',
    muscle: 'lumbar-multifidi',
    essentialIn: ['sacrum', 'coccyx'],
    source: {
      work: 'simons-1999',
      locator: 'chapter on the thoracolumbar paraspinal muscles, multifidi and rotatores',
    },
  },
  {
    fact: 'upper lumbar multifidi can refer pain forward into the abdomen',
    muscle: 'lumbar-multifidi',
    refersTo: ['lower-abdomen'],
    source: {
      work: 'simons-1999',
      locator: 'chapter on the thoracolumbar paraspinal muscles, multifidi and rotatores',
    },
  },
  {
    fact: 'superficial quadratus lumborum refers along the iliac crest, sometimes into the lower abdomen',
    muscle: 'quadratus-lumborum-superficial',
    essentialIn: ['iliac-crest'],
    refersTo: ['lower-abdomen'],
    source: QL,
  },
  {
    fact: 'the lower superficial quadratus lumborum point refers to the greater trochanter',
    muscle: 'quadratus-lumborum-superficial',
    essentialIn: ['greater-trochanter'],
    source: QL,
  },
  {
    fact: 'deep quadratus lumborum refers to the sacroiliac region and the lower buttock',
    muscle: 'quadratus-lumborum-deep',
    essentialIn: ['sacroiliac', 'lower-buttock'],
    locatedIn: 'lumbar',
    source: QL,
  },
  {
    fact: 'the diaphragm refers to the lower rib margin',
    muscle: 'diaphragm',
    essentialIn: ['lower-ribs'],
    source: { work: 'simons-1999', locator: 'chapter on the intercostal muscles and diaphragm' },
  },
  {
    fact: 'serratus anterior pain can travel down the inside of the arm past the inner elbow into the palm and the ring and little fingers',
    muscle: 'serratus-anterior',
    essentialIn: ['lateral-chest'],
    refersTo: ['medial-upper-arm', 'medial-epicondyle', 'palm', 'ring-finger', 'little-finger'],
    source: { work: 'simons-1999', locator: 'chapter on the serratus anterior muscle' },
  },
  {
    fact: 'serratus posterior superior pain down the back of the arm takes in the elbow, the inner side as well as the point',
    muscle: 'serratus-posterior-superior',
    essentialIn: ['olecranon'],
    refersTo: ['medial-epicondyle'],
    source: {
      work: 'simons-1999',
      locator:
        'chapter on the serratus posterior superior muscle; shoulder and arm pain guide, inner-elbow pain',
    },
  },
  {
    fact: 'lower rectus abdominis points just above the pubic bone ache over the pubis and the bladder and can upset passing urine',
    muscle: 'rectus-abdominis-lower',
    essentialIn: ['suprapubic'],
    refersTo: ['bladder'],
    locatedIn: 'suprapubic',
    source: ABDOMINALS,
  },
  {
    fact: 'the low back band from the lower rectus abdominis covers both sacroiliac areas and spills into the lumbar region on both sides',
    muscle: 'rectus-abdominis-lower',
    essentialIn: ['sacroiliac', 'sacrum'],
    refersTo: ['lumbar'],
    source: ABDOMINALS,
  },
  {
    fact: 'the upper superficial quadratus lumborum point can spread its pain forward into the groin and, rarely, the testicle',
    muscle: 'quadratus-lumborum-superficial',
    essentialIn: ['iliac-crest'],
    refersTo: ['groin', 'genital'],
    source: QL,
  },
  {
    fact: 'rotatores give midline pain at the level of the point, in the thoracic as in the lumbar spine',
    muscle: 'rotatores',
    essentialIn: ['mid-thoracic', 'lumbar'],
    source: {
      work: 'simons-1999',
      locator: 'chapter on the thoracolumbar paraspinal muscles, multifidi and rotatores (p. 917)',
    },
  },
];
