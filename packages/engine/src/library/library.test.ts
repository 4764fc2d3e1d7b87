import { loadAtlas, regionKindByKey } from '@myomap/atlas';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../../../scripts/library-generate.ts';
import { articlesAbout, LIBRARY, LIBRARY_INDEX, parseArticle, searchLibrary } from '../index.ts';

const atlas = loadAtlas();

describe('reference library', () => {
  it('is generated from the current Markdown (run scripts/library-generate.ts to refresh)', () => {
    expect(LIBRARY).toEqual(readArticles());
    expect(LIBRARY_INDEX).toEqual(
      LIBRARY.map(({ slug, title, summary, topics, muscles, regions }) => ({
        slug,
        title,
        summary,
        topics,
        muscles,
        regions,
      })),
    );
    expect(LIBRARY.length).toBeGreaterThanOrEqual(10);
  });

  it('cites sources on every article and names only atlas muscles and region keys', () => {
    for (const a of LIBRARY) {
      expect(a.sources.length, a.slug).toBeGreaterThan(0);
      for (const id of a.muscles) expect(atlas.muscleById.has(id), `${a.slug}: ${id}`).toBe(true);
      for (const key of a.regions) expect(regionKindByKey(key), `${a.slug}: ${key}`).toBeDefined();
    }
  });

  it('finds whole words and word starts, folding case and accents, title hits first', () => {
    expect(searchLibrary(LIBRARY, 'pincer')[0]?.article.slug).toBe('palpation-flat-and-pincer');
    expect(searchLibrary(LIBRARY, 'PALP').map((h) => h.article.slug)).toContain('palpation-flat-and-pincer');
    expect(searchLibrary(LIBRARY, 'référral patt')[0]?.article.slug).toBe('why-referral-patterns-matter');
    // A word inside another word is not a match: "ferral" is not a word start.
    expect(searchLibrary(LIBRARY, 'ferral')).toEqual([]);
    expect(searchLibrary(LIBRARY, 'pincer zebra')).toEqual([]);
  });

  it('lists articles by topic, muscle and region for links from the atlas and the finder', () => {
    expect(articlesAbout(LIBRARY, { topic: 'red-flags' }).map((a) => a.slug)).toContain(
      'red-flags-and-referral',
    );
    expect(articlesAbout(LIBRARY, { muscle: 'upper-trapezius' }).length).toBeGreaterThan(1);
    expect(articlesAbout(LIBRARY, { region: 'sternum' }).map((a) => a.slug)).toEqual([
      'red-flags-and-referral',
    ]);
  });

  it('rejects an article without front matter or without sources', () => {
    expect(() => parseArticle('x', 'no front matter')).toThrow(/front matter/);
    const body = 'A body long enough. '.repeat(20);
    expect(() =>
      parseArticle(
        'x',
        `---\ntitle: A title\nsummary: A summary that is long enough.\ntopics: [evidence]\nmuscles: []\nregions: []\nsources:\n---\n${body}`,
      ),
    ).toThrow();
  });
});
