import { defineMuscle } from '../define-muscle.ts';

/** Iliocostalis thoracis: mid-back pain that can reach the chest wall, the shoulder blade and the abdomen. */
export const iliocostalisThoracis = defineMuscle({
  id: 'iliocostalis-thoracis',
  name: 'Iliocostalis thoracis',
  aliases: ['thoracic iliocostalis', 'erector spinae (outer column, thoracic)'],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'iliocostalis thoracis',
    uberon: 'UBERON:0001400',
    fma: 'FMA:22703',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'straightens the upper back and bends it to the same side',
    'steadies the ribs and spine in standing and lifting',
  ],
  restricts: ['thoracic.flexion', 'trunk.flexion', 'trunk.lateral_flexion', 'thoracic.rotation'],
  painfulOn: ['thoracic.extension', 'trunk.extension', 'trunk.lateral_flexion'],
  perpetuatedBy: [
    'rounded-shoulders',
    'bending-forward',
    'lifting-heavy',
    'lifting-with-twist',
    'prolonged-sitting',
    'cold-draught',
    'whiplash',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying face down with a pillow under the belly, arms by the sides',
    method: 'flat',
    howToFind:
      'find the outer edge of the long back muscles, about a hand width from the spine over the angles of the ribs, and strum across the column for tender bands',
  },
  treatment: {
    position: 'prone with a pillow under the abdomen',
    pressure:
      'flat thumb or knuckle pressure onto the rib angles across the band; avoid the spaces between ribs',
    expect: 'a local ache that may spread toward the shoulder blade, the side of the chest or the belly',
  },
  selfCare: {
    pressure:
      'lie on a ball or a pair of balls in a sock placed about a hand width from the spine, 30 to 90 seconds per spot',
    stretch:
      'sit, hug the knees or a pillow, and round the back forward, then bend a little to the opposite side; hold 30 seconds',
  },
  cautions: ['lungs', 'osteoporosis', 'cardiac-symptoms'],
  related: [
    'longissimus-thoracis',
    'iliocostalis-lumborum',
    'thoracic-multifidi',
    'serratus-posterior-inferior',
    'serratus-posterior-superior',
    'latissimus-dorsi',
    'rectus-abdominis-upper',
    'intercostals',
  ],
  triggerPoints: [
    {
      id: 'iliocostalis-thoracis.mid-thoracic',
      label: 'TrP1',
      location: {
        region: 'mid-thoracic',
        description: 'in the outer column of the back muscles over the angle of about the sixth rib',
      },
      referral: [
        { region: 'mid-thoracic', zone: 'essential', culprit: 'common' },
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'common' },
        { region: 'lateral-chest', zone: 'spillover', culprit: 'occasional' },
        { region: 'pectoral', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain runs up toward the shoulder blade and around the chest wall; on the left it can be mistaken for heart pain',
    },
    {
      id: 'iliocostalis-thoracis.lower-thoracic',
      label: 'TrP2',
      location: {
        region: 'lower-thoracic',
        description: 'in the outer column of the back muscles over the angle of about the eleventh rib',
      },
      referral: [
        { region: 'lower-thoracic', zone: 'essential', culprit: 'common' },
        { region: 'lumbar', zone: 'essential', culprit: 'common' },
        { region: 'scapula-inferior-angle', zone: 'spillover', culprit: 'occasional' },
        { region: 'lateral-abdomen', zone: 'spillover', culprit: 'occasional' },
        { region: 'upper-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain spreads up toward the shoulder blade, down over the low back and around into the abdomen, where it can be mistaken for organ pain',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the thoracolumbar paraspinal muscles (pain pattern figure p. 915)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the thoracolumbar paraspinal muscles' },
    { work: 'davies-2013', locator: 'section on the spinal erectors' },
    { work: 'finando-2005', locator: 'section on the erector spinae' },
    {
      work: 'simons-1999',
      locator: 'Part 2 (upper back, shoulder and arm) pain guide: upper and mid-thoracic back pain',
    },
  ],
});
