import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { createMuscleSearch } from './muscle-search.ts';
import { referSummary } from './refer-summary.ts';
import { muscleGuide, muscleSearchDocs } from './search-index.ts';

const search = createMuscleSearch(muscleSearchDocs(loadAtlas()), muscleGuide(loadAtlas()));
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

  it('reads a place in lay words with the Finder lexicon, most likely cause first, whole words only', () => {
    const heel = search('heel');
    expect(heel.length).toBeGreaterThan(0);
    // The first hits refer to the heel; none is there because "cheek" contains "heel".
    expect(heel[0]?.matched?.field).toBe('refers');
    expect(heel.some((h) => /cheek/i.test(h.matched?.value ?? ''))).toBe(false);
    expect(ids('heel')).not.toContain('zygomaticus-major');
    expect(ids('heel')[0]).toBe(ids('bottom of my heel')[0]);
    // The order is the pain guide's: the first muscle for "bum" is the first for "buttock".
    expect(ids('bum cheek').slice(0, 3)).toEqual(ids('buttock').slice(0, 3));
    expect(ids('sholder blade').length).toBeGreaterThan(0);
    // Whole words and word starts, not substrings: "ear" finds the ear, never "forearm" or "near".
    for (const h of search('ear')) expect(h.matched?.value ?? h.doc.name).toMatch(/\bear/i);
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
