import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { LIBRARY, searchLibrary } from '@myomap/engine';

/** The library's article list with a search box (whole words and word starts); the query lives in ?q=. */
export function LibraryIndex(): React.JSX.Element {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const hits = searchLibrary(LIBRARY, query);
  return (
    <>
      <form role="search" className="card" onSubmit={(e) => e.preventDefault()}>
        <label className="search-label">
          Search the library
          <input
            type="search"
            value={query}
            placeholder="e.g. pincer, red flags, evidence"
            onChange={(e) => {
              setQuery(e.target.value);
              setParams(e.target.value === '' ? {} : { q: e.target.value }, { replace: true });
            }}
          />
        </label>
      </form>
      <p className="muted small" aria-live="polite">
        {hits.length} {hits.length === 1 ? 'article' : 'articles'}
      </p>
      <ul className="library-list">
        {hits.map(({ article }) => (
          <li key={article.slug} className="card">
            <h2>
              <Link to={`/library/${article.slug}`}>{article.title}</Link>
            </h2>
            <p>{article.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
