import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '@myomap/engine';
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

  it('with the language layer, lists what lay words name after the label matches', () => {
    const lay = [
      ...options,
      { kind: 'redFlag' as const, id: 'cold-sweat', label: 'cold sweat or clamminess' },
    ];
    expect(searchEvidence(lay, 'clammy')).toEqual([]);
    expect(searchEvidence(lay, 'clammy', 12, resolveEvidence).map((o) => o.id)).toEqual(['cold-sweat']);
    expect(searchEvidence(lay, "can't catch my breath", 12, resolveEvidence).map((o) => o.id)).toContain(
      'breathlessness',
    );
    // A denied sign is still offered: the therapist may want to record it as ruled out.
    expect(searchEvidence(lay, 'not clammy', 12, resolveEvidence).map((o) => o.id)).toEqual(['cold-sweat']);
    // Label matches keep their place ahead of what the layer adds.
    expect(
      searchEvidence(lay, 'chew', 12, resolveEvidence)
        .slice(0, 2)
        .map((o) => o.id),
    ).toEqual(['chewing-gum', 'hard-chewy-food']);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchEvidence(options, '   ')).toEqual([]);
    expect(searchEvidence(options, 'zebra')).toEqual([]);
  });
});
