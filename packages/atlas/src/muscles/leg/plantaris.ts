import { defineMuscle } from '../define-muscle.ts';

/** Plantaris: a small muscle in the knee hollow that refers behind the knee and into the upper calf. */
export const plantaris = defineMuscle({
  id: 'plantaris',
  name: 'Plantaris',
  aliases: ['plantaris muscle'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'plantaris',
    uberon: 'UBERON:0011905',
    fma: 'FMA:22543',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['weakly helps point the foot and bend the knee'],
  restricts: ['knee.extension', 'ankle.dorsiflexion'],
  painfulOn: ['ankle.plantarflexion'],
  perpetuatedBy: ['running', 'running-uphill', 'high-heels'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client face down with a roll under the ankles',
    method: 'flat',
    howToFind:
      'in the outer part of the knee hollow, just above the top of the lateral gastrocnemius head; the small belly runs down and inward beneath the gastrocnemius',
  },
  treatment: {
    position: 'prone with a bolster under the ankle so the knee is slightly bent',
    pressure: 'gentle, slowly deepening fingertip pressure in the outer knee hollow, staying off the pulse',
    expect: 'an ache behind the knee that may run into the upper calf',
  },
  selfCare: {
    pressure:
      'light fingertip pressure behind the outer knee while sitting; no hard tools in the knee hollow',
    stretch: 'lunge facing a wall with the back knee straight and the heel down; hold 30 seconds',
  },
  cautions: ['popliteal-vessels', 'dvt-risk'],
  related: ['gastrocnemius-lateral', 'gastrocnemius-medial', 'soleus', 'popliteus', 'biceps-femoris'],
  triggerPoints: [
    {
      id: 'plantaris.belly',
      label: 'TrP1',
      location: {
        region: 'popliteal',
        description: 'in the outer part of the knee hollow, just above the lateral head of the gastrocnemius',
      },
      referral: [
        { region: 'popliteal', zone: 'essential', culprit: 'occasional' },
        { region: 'upper-calf', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 22, Soleus and plantaris muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the soleus and plantaris muscles' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: calf pain' },
  ],
});
