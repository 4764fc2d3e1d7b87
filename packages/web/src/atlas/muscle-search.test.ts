import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { createMuscleSearch } from './muscle-search.ts';
import { referSummary } from './refer-summary.ts';
import { muscleSearchDocs } from './search-index.ts';

const search = createMuscleSearch(muscleSearchDocs(loadAtlas()));
const ids = (q: string): string[] => search(q).map((h) => h.doc.id);

describe('muscle search', () => {
  it('finds a muscle by name, even misspelt, first', () => {
    expect(ids('infraspinatus')[0]).toBe('infraspinatus');
    expect(ids('infraspinatis')[0]).toBe('infraspinatus');
  });

  it('finds muscles by where they refer, symptom, movement, activity and alias', () => {
    expect(ids('front of shoulder')).toContain('infraspinatus');
    expect(search('front of shoulder').find((h) => h.doc.id === 'infraspinatus')?.matched?.field).toBe(
      'refers',
    );
    expect(ids('tinnitus').length).toBeGreaterThan(0);
    expect(ids('turning the head')).toContain('sternocleidomastoid-sternal');
    expect(ids('bruxism')).toContain('temporalis');
    expect(ids('scm')).toContain('sternocleidomastoid-sternal');
  });

  it('returns every muscle for an empty query and nothing for nonsense', () => {
    expect(search('  ')).toHaveLength(loadAtlas().muscles.length);
    expect(search('qqqzzzxxx')).toHaveLength(0);
  });

  it('summarises each muscle in one line', () => {
    const hit = search('temporalis')[0];
    expect(hit?.doc.summary).toMatch(/^Refers to the temple/);
  });
});

describe('referSummary wording', () => {
  it('puts no article before a region named by a preposition', () => {
    const summaries = loadAtlas().muscles.map((m) => referSummary(m));
    expect(summaries.some((s) => /the (below|above|between|around|behind|deep) /.test(s))).toBe(false);
  });
});
