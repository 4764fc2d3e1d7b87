import { defineMuscle } from '../define-muscle.ts';

/** Soleus: the leading muscular cause of heel pain; a rare high point refers to the sacroiliac region. */
export const soleus = defineMuscle({
  id: 'soleus',
  name: 'Soleus',
  aliases: ['soleus muscle', 'deep calf muscle', 'second heart of the leg'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'soleus',
    uberon: 'UBERON:0001389',
    fma: 'FMA:22542',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'points the foot (plantarflexion) whether the knee is bent or straight',
    'stops the body tipping forward over the feet in standing; its contractions pump venous blood up out of the leg',
  ],
  restricts: ['ankle.dorsiflexion', 'squatting', 'walking', 'stair_climbing'],
  painfulOn: ['ankle.plantarflexion', 'walking', 'stair_climbing'],
  perpetuatedBy: [
    'high-heels',
    'running',
    'running-uphill',
    'walking-on-sand',
    'chair-too-high',
    'driving-long',
    'skiing',
    'sleeping-feet-pointed',
    'immobilisation',
  ],
  symptoms: ['swelling', 'limping', 'sleep-disturbance'],
  entrapments: ['tibial nerve and posterior tibial vessels under the fibrous arch of the muscle (uncommon)'],
  palpation: {
    position:
      'client face down with the knee bent to about 90 degrees, or with a bolster under the ankle, so the gastrocnemius is slack',
    method: 'flat-or-pincer',
    howToFind:
      'below the end of the gastrocnemius bellies the soleus bulges out on both sides of the Achilles tendon; the main point sits a few centimetres above the heel cord, a little to the inner side; the higher point lies under the gastrocnemius on the upper outer calf',
  },
  treatment: {
    position: 'prone with the knee bent and the foot supported, or side-lying',
    pressure:
      'thumb pressure on either side just above the Achilles tendon, or a pincer grip on the sides of the lower calf, then slow stripping up toward the knee',
    expect:
      'an ache or burning into the back and underside of the heel from the low point; a spreading calf ache from the high one',
  },
  selfCare: {
    pressure:
      'sit with the lower calf on a ball or across the other knee, or squeeze just above the Achilles between thumb and fingers; 30 to 90 seconds',
    stretch:
      'lunge facing a wall with the back knee bent and the heel kept down, or squat with the heels flat; hold 30 seconds',
  },
  cautions: ['dvt-risk', 'varicose-veins', 'pregnancy'],
  related: [
    'gastrocnemius-medial',
    'gastrocnemius-lateral',
    'plantaris',
    'tibialis-posterior',
    'flexor-digitorum-longus',
    'flexor-hallucis-longus',
    'quadratus-plantae',
    'abductor-hallucis',
    'tibialis-anterior',
    'gluteus-medius',
  ],
  triggerPoints: [
    {
      id: 'soleus.distal',
      label: 'TrP1',
      location: {
        region: 'lower-calf',
        description:
          'a few centimetres below the end of the gastrocnemius bellies, slightly to the inner side of the midline',
      },
      referral: [
        { region: 'posterior-heel', zone: 'essential', culprit: 'primary' },
        { region: 'plantar-heel', zone: 'essential', culprit: 'primary' },
        { region: 'achilles', zone: 'essential', culprit: 'primary' },
        { region: 'lower-calf', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the usual cause of heel pain that makes standing on the heel hard',
    },
    {
      id: 'soleus.proximal',
      label: 'TrP2',
      location: {
        region: 'upper-calf',
        description: 'high on the outer calf, just below the head of the fibula, beneath the gastrocnemius',
      },
      referral: [
        { region: 'upper-calf', zone: 'essential', culprit: 'primary' },
        { region: 'lower-calf', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'diffuse ache over the back of the calf; may disturb the calf pump and add to ankle swelling',
    },
    {
      id: 'soleus.sacroiliac',
      label: 'TrP3',
      location: {
        region: 'lower-calf',
        description: 'a little higher and further to the outer side than TrP1',
      },
      referral: [
        { region: 'sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'posterior-heel', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'rare; deep ache in the same-side sacroiliac region. A single case of referral to the jaw has also been reported.',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 22, Soleus and plantaris muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the soleus and plantaris muscles' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Soleus' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: buttock pain' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: calf pain' },
  ],
});
