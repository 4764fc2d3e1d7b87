import type { ArticleRef } from './article.ts';
import index from './data/articles-index.json' with { type: 'json' };

/** The library without article bodies: light enough for pages that only link to articles. */
export const LIBRARY_INDEX: readonly ArticleRef[] = index as ArticleRef[];
