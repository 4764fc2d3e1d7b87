import { describe, expect, it } from 'vitest';
import { regionPlace, regionPlaces, regionTo } from './region-words.ts';

describe('region names in sentences', () => {
  it('reads naturally whether the name is a part, a place or a surface', () => {
    expect(regionPlace('right temple')).toBe('in the right temple');
    expect(regionPlace('above the right collarbone')).toBe('above the right collarbone');
    expect(regionPlace('between the shoulder blades, right side')).toBe(
      'between the shoulder blades, right side',
    );
    expect(regionPlace('right side of the neck')).toBe('on the right side of the neck');
    expect(regionPlace('right back of the knee')).toBe('on the right back of the knee');
    expect(regionTo('above the right collarbone')).toBe('to the area above the right collarbone');
    expect(regionTo('right temple')).toBe('to the right temple');
    expect(regionPlaces(['right temple', 'behind the right ear'])).toBe(
      'in the right temple and behind the right ear',
    );
  });
});
