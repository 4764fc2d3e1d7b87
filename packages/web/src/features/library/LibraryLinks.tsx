import { Link } from 'react-router-dom';
import { articlesAbout, LIBRARY_INDEX, type ArticleRef, type LibraryTopic } from '@myomap/engine';
import './library-links.css';

/** A short "Read more" line linking library articles: given slugs, or those on a topic, muscle or region. */
export function LibraryLinks({
  slugs,
  topic,
  muscle,
  region,
  label = 'Read more in the library',
}: {
  slugs?: readonly string[];
  topic?: LibraryTopic;
  muscle?: string;
  region?: string;
  label?: string;
}): React.JSX.Element | null {
  const about = { ...(topic && { topic }), ...(muscle && { muscle }), ...(region && { region }) };
  const articles =
    slugs === undefined
      ? articlesAbout(LIBRARY_INDEX, about)
      : slugs
          .map((slug) => LIBRARY_INDEX.find((a) => a.slug === slug))
          .filter((a): a is ArticleRef => a !== undefined);
  if (articles.length === 0) return null;
  return (
    <nav className="library-links no-print" aria-label={label}>
      {label}:{' '}
      {articles.map((a, i) => (
        <span key={a.slug}>
          {i > 0 && ' · '}
          <Link to={`/library/${a.slug}`}>{a.title}</Link>
        </span>
      ))}
    </nav>
  );
}
