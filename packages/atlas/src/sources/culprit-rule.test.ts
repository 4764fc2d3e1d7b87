import { describe, expect, it } from 'vitest';
import type { CulpritRating, CulpritSource } from '../schema/culprit-schema.ts';
import { regionHasGuidePrimary, ruleRating } from './culprit-rule.ts';

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

  it('gives common to a muscle a guide only lists, or one area list names first, when the region has a guide primary', () => {
    expect(ruleRating(rated(guide('pain-guide', 'common'), chapter('primary')), true)).toBe('common');
    expect(ruleRating(rated(guide('area-list', 'primary'), chapter('primary')), true)).toBe('common');
    expect(ruleRating(rated(guide('area-list', 'primary'), guide('area-list', 'primary')), true)).toBe(
      'common',
    );
    expect(ruleRating(rated(guide('area-list', 'common'), chapter('occasional')), true)).toBe('common');
  });

  it('caps muscles no guide names at common when the region has a guide primary, else keeps their chapter rating', () => {
    expect(ruleRating(rated(chapter('primary')), true)).toBe('common');
    expect(ruleRating(rated(chapter('occasional')), true)).toBe('occasional');
    expect(ruleRating(rated(chapter('primary')), false)).toBe('primary');
    expect(
      ruleRating(
        rated({ basis: 'study', supports: 'occasional', work: 'minerbi-2017', locator: 'fig. 2' }),
        false,
      ),
    ).toBe('occasional');
  });

  it('lets a guide that ranks no one first lift a muscle to common but not lower its chapter rating', () => {
    expect(ruleRating(rated(guide('area-list', 'common'), chapter('primary')), false)).toBe('primary');
    expect(ruleRating(rated(guide('area-list', 'common'), chapter('occasional')), false)).toBe('common');
  });

  it('sees a guide primary in a region only when some muscle is made primary by its guides', () => {
    expect(regionHasGuidePrimary([rated(chapter('primary')), rated(guide('pain-guide', 'primary'))])).toBe(
      true,
    );
    expect(regionHasGuidePrimary([rated(chapter('primary')), rated(guide('area-list', 'primary'))])).toBe(
      false,
    );
  });
});
