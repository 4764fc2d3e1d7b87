import { describe, expect, it } from 'vitest';
import { resolveRegions } from '../resolve/resolve-regions.ts';

const regions = (text: string): string[] => [...resolveRegions(text).regions].sort();

describe('language layer: directions charted on a muscle or tendon', () => {
  it.each([
    // "mid" on the deltoid is its middle (lateral) head, not the whole shoulder cap
    ['R mid deltoid tender', ['r.middle-deltoid']],
    ['mid delts both sides', ['l.middle-deltoid', 'r.middle-deltoid']],
    // a pole of the kneecap, and the tendons that leave its poles
    ['L knee, sup pole', ['l.suprapatellar']],
    ['R quadriceps tendon', ['r.suprapatellar']],
    // "sup to", "inf to" are relations to a landmark, not a range "from ... to"
    ['R quad tendon just sup to the kneecap', ['r.suprapatellar']],
    ['R pec minor inf to clavicle', ['r.infraclavicular']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('language layer: a muscle division or attachment adds no neighbour', () => {
  it.each([
    ['L pec major, clavicular portion', ['l.pectoral']],
    ['L mastoid, SCM insertion', ['l.mastoid']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('language layer: an anatomical direction alone after a comma', () => {
  it.each([
    // "lat" charted after a place is its lateral side, not the latissimus on the back
    ['R shoulder, lat', ['r.middle-deltoid']],
    ['L knee, med', ['l.medial-knee']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });

  it('leaves a lay word after a comma a place of its own ("my knee, back")', () => {
    expect(regions('left knee, back')).toContain('l.lumbar');
  });
});

describe('language layer: lay landmarks of clothing', () => {
  it.each([
    ['right bra strap area', ['r.shoulder-top']],
    ['left side along the belt line', ['l.iliac-crest']],
    ['just above my waistband on the right', ['r.iliac-crest']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});
