import { defineMuscle } from '../define-muscle.ts';

/** Subclavius: a small muscle under the collarbone that refers down the front of the arm to the thumb side. */
export const subclavius = defineMuscle({
  id: 'subclavius',
  name: 'Subclavius',
  aliases: ['subclavian muscle'],
  area: 'chest',
  paired: true,
  identifiers: {
    tableName: 'subclavius',
    uberon: 'UBERON:0008779',
    fma: 'FMA:13410',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the collarbone down and toward the breastbone, steadying the joint at the breastbone during arm movement',
  ],
  restricts: ['scapula.elevation', 'scapula.retraction'],
  painfulOn: ['scapula.depression'],
  perpetuatedBy: [
    'rounded-shoulders',
    'heavy-backpack',
    'carrying-shoulder-bag',
    'carrying-in-front',
    'immobilisation',
  ],
  symptoms: ['swelling', 'tingling'],
  entrapments: [
    'subclavian vein, and less often the artery, squeezed between the collarbone and the first rib when the muscle is taut (hand and arm swelling)',
  ],
  palpation: {
    position:
      'client lying on the back, shoulder slightly raised and pushed forward to slacken the area under the collarbone',
    method: 'flat',
    howToFind:
      'hook a fingertip under the middle third of the collarbone and press up and back against its underside through pectoralis major',
  },
  treatment: {
    position: 'supine, shoulder relaxed forward and slightly up',
    pressure:
      'steady fingertip pressure directed up under the collarbone; keep off the hollow above the collarbone',
    expect:
      'local soreness under the collarbone, sometimes an ache down the front of the arm to the thumb and index finger',
  },
  selfCare: {
    pressure:
      'press up under the middle of the collarbone with two fingertips of the other hand, 30 to 90 seconds',
    stretch:
      'lie on the back with a rolled towel along the spine and let the shoulders fall back and slightly up; hold 30 seconds',
  },
  cautions: ['brachial-plexus'],
  related: [
    'pectoralis-major-clavicular',
    'pectoralis-minor',
    'scalenus-anterior',
    'scalenus-medius',
    'sternocleidomastoid-clavicular',
    'biceps-brachii',
  ],
  triggerPoints: [
    {
      id: 'subclavius.mid-clavicle',
      label: 'TrP1',
      location: {
        region: 'infraclavicular',
        description: 'under the middle third of the collarbone, against its underside',
      },
      referral: [
        { region: 'infraclavicular', zone: 'essential', culprit: 'occasional' },
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'occasional' },
        { region: 'anterior-upper-arm', zone: 'essential', culprit: 'common' },
        { region: 'volar-forearm-radial', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'common' },
        { region: 'thumb', zone: 'essential', culprit: 'occasional' },
        { region: 'index-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'middle-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'palm', zone: 'spillover', culprit: 'occasional' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain tends to skip the elbow and wrist on its way to the thumb side of the hand',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the pectoralis major muscle, subclavius section (pain pattern figure p. 823)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the pectoralis major and subclavius muscles' },
    { work: 'davies-2013', locator: 'section on subclavius' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: front-of-arm pain' },
    {
      work: 'simons-1999',
      locator: 'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain; radial forearm pain',
    },
  ],
});
