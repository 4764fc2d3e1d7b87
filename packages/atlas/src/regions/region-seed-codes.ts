// Generated from data/region-ids-seed.tsv by hand-run conversion; do not edit codes by hand.
import type { RegionCode } from './region-types.ts';

/** Region codes from the shared seed table (UBERON, FMA, SNOMED via UBERON bridge), keyed by seed label. */
export const REGION_SEED_CODES: Readonly<Record<string, RegionCode>> = {
  head: {
    uberon: 'UBERON:0000033',
    fma: 'FMA:7154',
    snomed: '302548004',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  face: {
    uberon: 'UBERON:0001456',
    fma: 'FMA:24728',
    snomed: '302549007',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  scalp: {
    uberon: 'UBERON:0000403',
    fma: 'FMA:46494',
    snomed: '181480002',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  forehead: {
    uberon: 'UBERON:0008200',
    fma: 'FMA:63864',
    snomed: '362614004',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'orbital region': {
    uberon: 'UBERON:0004088',
    fma: 'FMA:260119',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'occipital region': {
    uberon: 'UBERON:0005902',
    fma: 'FMA:49187',
    snomed: '362618001',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  cheek: {
    uberon: 'UBERON:0001567',
    fma: 'FMA:46476',
    snomed: '182325008',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  chin: {
    uberon: 'UBERON:0008199',
    fma: 'FMA:46495',
    snomed: '362632004',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  mandible: {
    uberon: 'UBERON:0001684',
    fma: 'FMA:52748',
    snomed: '181812008',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'temporomandibular joint': {
    uberon: 'UBERON:0003700',
    fma: 'FMA:54832',
    snomed: '181814009',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'molar tooth': {
    uberon: 'UBERON:0003655',
    fma: 'FMA:55638',
    snomed: '362115002',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  gingiva: {
    uberon: 'UBERON:0001828',
    fma: 'FMA:59762',
    snomed: '181224006',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  ear: {
    uberon: 'UBERON:0001690',
    fma: 'FMA:52780',
    snomed: '1910005',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  nose: {
    uberon: 'UBERON:0000004',
    fma: 'FMA:46472',
    snomed: '181195007',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  mouth: {
    uberon: 'UBERON:0000165',
    fma: 'FMA:49184',
    snomed: '21082005',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  eyebrow: {
    uberon: 'UBERON:0010163',
    fma: 'FMA:54237',
    snomed: '265781000',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  neck: {
    uberon: 'UBERON:0000974',
    fma: 'FMA:7155',
    snomed: '302550007',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  shoulder: {
    uberon: 'UBERON:0001467',
    fma: 'FMA:25202',
    snomed: '361103004',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  axilla: {
    uberon: 'UBERON:0009472',
    fma: 'FMA:24864',
    snomed: '362732006',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  elbow: {
    uberon: 'UBERON:0001461',
    fma: 'FMA:24901',
    snomed: '76248009',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'thenar eminence': {
    uberon: 'UBERON:0017716',
    fma: 'FMA:61520',
    snomed: '362748007',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'hypothenar eminence': {
    uberon: 'UBERON:0017717',
    fma: 'FMA:61523',
    snomed: '362749004',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  chest: {
    uberon: 'UBERON:0001443',
    fma: 'FMA:9576',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  breast: {
    uberon: 'UBERON:0000310',
    fma: 'FMA:9601',
    snomed: '181131000',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  abdomen: {
    uberon: 'UBERON:0000916',
    fma: 'FMA:9577',
    snomed: '302553009',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'lower back': {
    uberon: 'UBERON:0005462',
    fma: 'FMA:61681',
    snomed: '182343007',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'sacral region': {
    uberon: 'UBERON:0005473',
    fma: 'FMA:24228',
    snomed: '182344001',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  buttock: {
    uberon: 'UBERON:0013691',
    fma: 'FMA:25245',
    snomed: '362677002',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  hip: {
    uberon: 'UBERON:0001464',
    fma: 'FMA:24964',
    snomed: '302543008',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'iliac crest': {
    uberon: 'UBERON:0014437',
    fma: 'FMA:16914',
    snomed: '182034009',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  'greater trochanter': {
    uberon: 'UBERON:0002503',
    fma: 'FMA:32852',
    snomed: '182050001',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  knee: {
    uberon: 'UBERON:0001465',
    fma: 'FMA:24974',
    snomed: '361291001',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  patella: {
    uberon: 'UBERON:0002446',
    fma: 'FMA:24485',
    snomed: '182083008',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  calf: {
    uberon: 'UBERON:8480048',
    fma: 'FMA:24984',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
  heel: {
    uberon: 'UBERON:0015875',
    fma: 'FMA:24994',
    snomed: '362804005',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee',
  },
};
