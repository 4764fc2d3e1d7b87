import { describe, expect, it } from 'vitest';
import type { CulpritRating, CulpritSource } from '../schema/culprit-schema.ts';
import { regionHasGuide, ruleRating } from './culprit-rule.ts';

const chapter = (supports: CulpritSource['supports']): CulpritSource => ({
  basis: 'muscle-chapter',
  supports,
  work: 'travell-simons-1992',
  locator: 'ch. 22',
});
const guide = (
  basis: 'pain-guide' | 'area-list',
  supports: 'primary' | 'common',
  work: CulpritSource['work'] = 'painwhisperer',
): CulpritSource => ({ basis, supports, work, locator: 'groin pain' });
const rated = (...sources: CulpritSource[]): CulpritRating => ({
  muscle: 'soleus',
  rating: 'common',
  sources,
});

describe('the culprit disagreement rule', () => {
  it('makes a muscle primary when a manual pain guide names it first, or two area lists from different works do', () => {
    expect(ruleRating(rated(guide('pain-guide', 'primary'), chapter('occasional')), true)).toBe('primary');
    expect(
      ruleRating(
        rated(guide('area-list', 'primary'), guide('area-list', 'primary', 'couples-massage-oc-heel')),
        true,
      ),
    ).toBe('primary');
  });

  it('gives common to a muscle a guide only lists, or one area list names first, whatever its chapter says', () => {
    expect(ruleRating(rated(guide('pain-guide', 'common'), chapter('primary')), true)).toBe('common');
    expect(ruleRating(rated(guide('area-list', 'primary'), chapter('primary')), true)).toBe('common');
    expect(ruleRating(rated(guide('area-list', 'primary'), guide('area-list', 'primary')), true)).toBe(
      'common',
    );
    expect(ruleRating(rated(guide('area-list', 'common'), chapter('occasional')), true)).toBe('common');
  });

  it('keeps the chapter rating where no guide names the muscle, capped at common when the region has guides', () => {
    expect(ruleRating(rated(chapter('primary')), false)).toBe('primary');
    expect(ruleRating(rated(chapter('primary')), true)).toBe('common');
    expect(ruleRating(rated(chapter('occasional')), true)).toBe('occasional');
    expect(
      ruleRating(
        rated({ basis: 'study', supports: 'occasional', work: 'minerbi-2017', locator: 'fig. 2' }),
        false,
      ),
    ).toBe('occasional');
  });

  it('sees a region as guided when any of its ratings cites a guide', () => {
    expect(regionHasGuide([rated(chapter('primary')), rated(guide('area-list', 'common'))])).toBe(true);
    expect(regionHasGuide([rated(chapter('primary'))])).toBe(false);
  });
});
