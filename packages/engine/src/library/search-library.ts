import type { Article, ArticleRef, LibraryTopic } from './article.ts';

/** One search hit: the article and a score (title words count most, then summary, then body). */
export interface LibraryHit {
  readonly article: Article;
  readonly score: number;
}

const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

interface Indexed {
  readonly article: Article;
  readonly fields: readonly (readonly string[])[];
}

const cache = new WeakMap<readonly Article[], readonly Indexed[]>();

function indexOf(articles: readonly Article[]): readonly Indexed[] {
  let index = cache.get(articles);
  if (index === undefined) {
    index = articles.map((article) => ({
      article,
      fields: [
        [...new Set(words(article.title))],
        [...new Set(words(article.summary))],
        [...new Set(words(article.body))],
      ],
    }));
    cache.set(articles, index);
  }
  return index;
}

const FIELD_WEIGHT = [3, 2, 1];

/**
 * Articles matching every word of the query as a whole word or a word start (accents and case folded),
 * best first; an empty query lists every article in order.
 */
export function searchLibrary(articles: readonly Article[], query: string): LibraryHit[] {
  const terms = words(query);
  if (terms.length === 0) return articles.map((article) => ({ article, score: 0 }));
  const hits: LibraryHit[] = [];
  for (const { article, fields } of indexOf(articles)) {
    let score = 0;
    let all = true;
    for (const term of terms) {
      let best = 0;
      fields.forEach((f, i) => {
        for (const w of f)
          if (w === term || w.startsWith(term)) {
            best = Math.max(best, (FIELD_WEIGHT[i] ?? 1) * (w === term ? 2 : 1));
            break;
          }
      });
      if (best === 0) {
        all = false;
        break;
      }
      score += best;
    }
    if (all) hits.push({ article, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.article.slug.localeCompare(b.article.slug));
}

/** Articles on a topic, or naming a muscle id or region key, in library order. */
export function articlesAbout<A extends ArticleRef>(
  articles: readonly A[],
  about: { readonly topic?: LibraryTopic; readonly muscle?: string; readonly region?: string },
): A[] {
  return articles.filter(
    (a) =>
      (about.topic !== undefined && a.topics.includes(about.topic)) ||
      (about.muscle !== undefined && a.muscles.includes(about.muscle)) ||
      (about.region !== undefined && a.regions.includes(about.region)),
  );
}
