import type { Article } from './article.ts';
import articles from './data/articles.json' with { type: 'json' };

/** The reference library, in reading order (generated from articles/*.md by scripts/library-generate.ts). */
export const LIBRARY: readonly Article[] = articles as Article[];

/** One article by slug. */
export function libraryArticle(slug: string): Article | undefined {
  return LIBRARY.find((a) => a.slug === slug);
}
