import { describe, expect, it } from 'vitest';
import { ACTIVITIES, loadAtlas, MOVEMENTS, RED_FLAGS, SYMPTOMS } from '@myomap/atlas';
import { NO_EVIDENCE } from './finder-state.ts';
import { decodeFinderUrl, encodeFinderUrl, type FinderUrlState, type KnownIds } from './url-state.ts';

const known: KnownIds = {
  movements: new Set(Object.keys(MOVEMENTS)),
  activities: new Set(Object.keys(ACTIVITIES)),
  symptoms: new Set(Object.keys(SYMPTOMS)),
  redFlags: new Set(Object.keys(RED_FLAGS)),
  muscles: new Set(loadAtlas().muscles.map((m) => m.id)),
};

const full: FinderUrlState = {
  drawing: new Map([
    ['r.temple', { intensity: 6, quality: 'aching' }],
    ['r.jaw-angle', { intensity: 10, quality: 'sharp' }],
  ]),
  evidence: {
    movements: [{ id: 'jaw.opening', side: 'r', finding: 'painful' }],
    activities: ['chewing-gum'],
    symptoms: ['tinnitus'],
    redFlags: ['fever'],
    palpation: [{ muscle: 'temporalis', side: 'r', result: 'clear' }],
  },
  selected: { muscle: 'temporalis', side: 'r' },
  view: 'face',
};

describe('finder url state', () => {
  it('round-trips drawing, evidence, selection and view compactly', () => {
    const query = encodeFinderUrl(full);
    expect(query).toBe(
      'd=r.temple:6,r.jaw-angle:10s&mv=jaw.opening:r:p&ac=chewing-gum&sy=tinnitus&rf=fever&pa=temporalis:r:x&sel=temporalis:r&v=face',
    );
    expect(decodeFinderUrl(`?${query}`, known)).toEqual(full);
  });

  it('writes nothing for an empty state', () => {
    expect(
      encodeFinderUrl({ drawing: new Map(), evidence: NO_EVIDENCE, selected: undefined, view: undefined }),
    ).toBe('');
  });

  it('drops unknown and malformed parts one by one, never throwing', () => {
    const state = decodeFinderUrl(
      '?d=r.temple:5,x.nowhere:5,r.jaw-angle:11,r.jaw-angle:0,r.tmj:3zz,,r.tmj:3q,l.temple:2,l.temple:9&mv=jaw.opening:q,cervical.rotation:l,nope&ac=chewing-gum,chewing-gum,fly&sel=ghost:r&v=moon&pa=temporalis:r',
      known,
    );
    expect([...state.drawing.keys()]).toEqual(['r.temple', 'l.temple']);
    expect(state.drawing.get('l.temple')?.intensity).toBe(2);
    expect(state.evidence.movements).toEqual([{ id: 'cervical.rotation', side: 'l', finding: 'restricted' }]);
    expect(state.evidence.activities).toEqual(['chewing-gum']);
    expect(state.evidence.palpation).toEqual([]);
    expect(state.selected).toBeUndefined();
    expect(state.view).toBeUndefined();
  });

  it('survives garbage', () => {
    for (const junk of [
      '?d=%E0%A4%A',
      '?d=:::,,,',
      `?d=${'r.temple:5,'.repeat(5000)}`,
      '?&&==&',
      '?sel=|||',
    ]) {
      expect(() => decodeFinderUrl(junk, known)).not.toThrow();
    }
  });
});
