import { describe, expect, it } from 'vitest';
import type { EvidenceOption } from './finder-kit.ts';
import { searchEvidence } from './evidence-search.ts';

const options: EvidenceOption[] = [
  { kind: 'movement', id: 'jaw.opening', label: 'opening the mouth' },
  { kind: 'activity', id: 'chewing-gum', label: 'chewing gum' },
  { kind: 'symptom', id: 'shortness-of-breath', label: 'shortness of breath' },
  { kind: 'redFlag', id: 'breathlessness', label: 'shortness of breath' },
  { kind: 'activity', id: 'hard-chewy-food', label: 'chewing hard or tough food' },
];

describe('searchEvidence', () => {
  it('matches word prefixes of labels and ids, label-prefix hits first', () => {
    expect(searchEvidence(options, 'chew').map((o) => o.id)).toEqual(['chewing-gum', 'hard-chewy-food']);
    expect(searchEvidence(options, 'jaw open').map((o) => o.id)).toEqual(['jaw.opening']);
    expect(searchEvidence(options, 'shortness of breath').map((o) => o.kind)).toEqual(['symptom', 'redFlag']);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchEvidence(options, '   ')).toEqual([]);
    expect(searchEvidence(options, 'zebra')).toEqual([]);
  });
});
