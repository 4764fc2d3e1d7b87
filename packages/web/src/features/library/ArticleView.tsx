import { Link } from 'react-router-dom';
import { libraryArticle } from '@myomap/engine';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { ArticleBody } from './ArticleBody.tsx';

/** One library article with its summary, body and sources. */
export function ArticleView({ slug }: { slug: string }): React.JSX.Element {
  const article = libraryArticle(slug);
  useDocumentTitle(article?.title ?? 'Library');
  if (article === undefined)
    return (
      <div className="card empty-state">
        <p>
          No article called “{slug}”. <Link to="/library">All articles</Link>
        </p>
      </div>
    );
  return (
    <article className="card library-article" aria-labelledby="article-title">
      <p className="small">
        <Link to="/library">← All articles</Link>
      </p>
      <h1 id="article-title">{article.title}</h1>
      <p className="lead">{article.summary}</p>
      <ArticleBody body={article.body} />
      <h2>Sources</h2>
      <ol className="library-sources">
        {article.sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </article>
  );
}
