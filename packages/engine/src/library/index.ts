export {
  ArticleSchema,
  LIBRARY_TOPICS,
  parseArticle,
  type Article,
  type ArticleRef,
  type LibraryTopic,
} from './article.ts';
export { articlesAbout, searchLibrary, type LibraryHit } from './search-library.ts';
export { LIBRARY, libraryArticle } from './library-data.ts';
export { LIBRARY_INDEX } from './library-index.ts';
