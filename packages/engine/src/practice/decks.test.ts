import { BODY_AREAS } from '@myomap/atlas';
import { describe, expect, it } from 'vitest';
import { deckById, PRACTICE_DECKS } from './decks.ts';

describe('assignable decks', () => {
  it('one deck per body area (and all areas) per difficulty, found by id', () => {
    expect(PRACTICE_DECKS).toHaveLength((BODY_AREAS.length + 1) * 3);
    expect(deckById('neck:2')?.deck).toEqual({ areas: ['neck'], maxDifficulty: 2 });
    expect(deckById('all:1')?.deck).toEqual({ maxDifficulty: 1 });
    expect(deckById('neck:4')).toBeUndefined();
    expect(deckById('toString')).toBeUndefined();
  });
});
