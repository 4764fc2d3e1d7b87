import { defineMuscle } from '../define-muscle.ts';

/** Coccygeus: a small pelvic floor muscle beside the tailbone; a classic source of coccyx pain. */
export const coccygeus = defineMuscle({
  id: 'coccygeus',
  name: 'Coccygeus',
  aliases: ['ischiococcygeus'],
  area: 'pelvis',
  paired: true,
  identifiers: {
    tableName: 'coccygeus',
    uberon: 'UBERON:0001327',
    fma: 'FMA:19088',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'pulls the tailbone forward and holds it steady, for example after a bowel movement',
    'helps close the back of the pelvic floor and steady the sacroiliac joint',
  ],
  restricts: ['sitting', 'defecation'],
  painfulOn: ['defecation', 'sitting'],
  perpetuatedBy: [
    'prolonged-sitting',
    'deep-chair',
    'prolonged-pelvic-tension',
    'constipation',
    'pregnancy',
    'whiplash',
  ],
  symptoms: ['painful-sitting', 'painful-bowel-movement'],
  entrapments: [],
  palpation: {
    position: 'client lying on the side with hips and knees bent',
    method: 'internal',
    howToFind:
      'from outside, press just beside the lower half of the tailbone and angle upward toward the sacrum; the muscle body runs from the tailbone to the spine of the sit bone and is reached through the rectum by a trained practitioner',
  },
  treatment: {
    position:
      'side-lying, knees drawn up; internal work only by a licensed, pelvic-trained practitioner with consent',
    pressure: 'slow, light pressure on the band beside the tailbone, held until it softens',
    expect: 'the familiar tailbone ache, which fades as the band lets go',
  },
  selfCare: {
    pressure: 'lie on the back with a soft ball just beside the tip of the tailbone for 1 to 2 minutes',
    stretch:
      'lying on the back, hug both knees to the chest and breathe slowly into the pelvis; hold 30 to 60 seconds',
  },
  cautions: ['internal-work', 'pudendal-nerve'],
  related: ['levator-ani', 'gluteus-maximus', 'piriformis', 'obturator-internus'],
  triggerPoints: [
    {
      id: 'coccygeus.central',
      label: 'TrP1',
      location: { region: 'coccyx', description: 'in the muscle alongside the side edge of the tailbone' },
      referral: [
        { region: 'coccyx', zone: 'essential', culprit: 'primary' },
        { region: 'sacrum', zone: 'spillover', culprit: 'common' },
        { region: 'rectal', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'tailbone pain on sitting, especially when leaning back',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 6, Pelvic floor muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the pelvic floor muscles' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: pelvic pain' },
  ],
});
