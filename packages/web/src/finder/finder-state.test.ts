import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  evidenceCount,
  finderInput,
  NO_EVIDENCE,
  removeEvidence,
  setPalpation,
  updateMovement,
} from './finder-state.ts';

describe('finder evidence edits', () => {
  it('adds each chip once, updates and removes it', () => {
    let e = addEvidence(NO_EVIDENCE, 'movement', 'jaw.opening');
    expect(addEvidence(e, 'movement', 'jaw.opening')).toBe(e);
    e = updateMovement(e, { id: 'jaw.opening', side: 'r', finding: 'painful' });
    e = addEvidence(e, 'activity', 'chewing-gum');
    e = addEvidence(e, 'redFlag', 'fever');
    e = setPalpation(e, 'temporalis', 'r', 'confirmed');
    e = setPalpation(e, 'temporalis', 'r', 'clear');
    expect(evidenceCount(e)).toBe(4);
    expect(e.palpation).toEqual([{ muscle: 'temporalis', side: 'r', result: 'clear' }]);
    const input = finderInput(new Map([['r.temple', { intensity: 6, quality: 'aching' }]]), e);
    expect(input.drawing).toEqual([{ region: 'r.temple', intensity: 6, quality: 'aching' }]);
    expect(input.movements).toEqual([{ id: 'jaw.opening', side: 'r', finding: 'painful' }]);
    e = removeEvidence(e, 'activity', 'chewing-gum');
    e = setPalpation(e, 'temporalis', 'r', undefined);
    expect(evidenceCount(e)).toBe(2);
  });
});
