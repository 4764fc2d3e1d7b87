import { defineMuscle } from '../define-muscle.ts';

/** Popliteus: pain in the back of the knee when crouching, running or walking downhill. */
export const popliteus = defineMuscle({
  id: 'popliteus',
  name: 'Popliteus',
  aliases: ['popliteus muscle', 'knee unlocker'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'popliteus',
    uberon: 'UBERON:0001391',
    fma: 'FMA:22590',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'unlocks the straightened knee at the start of bending by turning the shin inward (or the thigh outward over a planted foot)',
    'resists the thigh bone sliding forward on the shin when crouching or going downhill',
  ],
  restricts: ['knee.extension', 'squatting', 'walking', 'stair_climbing'],
  painfulOn: ['knee.flexion', 'squatting', 'walking', 'stair_climbing'],
  perpetuatedBy: ['running-downhill', 'running-on-camber', 'skiing', 'kicking', 'squatting-activity'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client face down with the knee slightly bent over a pillow',
    method: 'flat',
    howToFind:
      'from the inner side of the back of the upper shin, slide the fingers between the semitendinosus tendon and the medial gastrocnemius head onto the back of the tibia just below the joint line; the upper end lies on the outer back of the knee, just above the head of the fibula',
  },
  treatment: {
    position: 'prone with the knee bent about 30 degrees and the foot supported',
    pressure:
      'fingertip pressure angled onto the back of the tibia from the inner side, easing the gastrocnemius out of the way; stay out of the middle of the knee hollow',
    expect: 'an ache in the back of the knee',
  },
  selfCare: {
    pressure:
      'sit with the knee bent and press the fingertips into the inner back of the upper shin, just below the knee crease; 30 to 60 seconds',
    stretch:
      'sit with the leg straight, turn the foot and shin outward and gently ease the knee straight; hold 30 seconds',
  },
  cautions: ['popliteal-vessels', 'common-fibular-nerve', 'dvt-risk'],
  related: [
    'gastrocnemius-medial',
    'gastrocnemius-lateral',
    'plantaris',
    'soleus',
    'biceps-femoris',
    'semitendinosus',
    'semimembranosus',
  ],
  triggerPoints: [
    {
      id: 'popliteus.medial',
      label: 'TrP1',
      location: {
        region: 'popliteal',
        description:
          'near the lower inner end of the muscle, on the back of the tibia just below the knee joint',
      },
      referral: [
        { region: 'popliteal', zone: 'essential', culprit: 'primary' },
        { region: 'upper-calf', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the point most easily reached; pain is felt in the back of the knee, worse crouching and going downhill',
    },
    {
      id: 'popliteus.lateral',
      label: 'TrP2',
      location: {
        region: 'popliteal',
        description:
          'near the upper outer end of the muscle, behind the outer knee just above the head of the fibula',
      },
      referral: [{ region: 'popliteal', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'harder to reach, close to the tendon and the fibular nerve',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 17, Popliteus muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the popliteus muscle' },
  ],
});
