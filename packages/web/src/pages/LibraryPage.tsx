import { lazy, Suspense } from 'react';
import { Route, Routes, useParams } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import '../features/practice/practice.css';

// The articles load as their own chunk when the library is opened.
const LibraryIndex = lazy(() =>
  import('../features/library/LibraryIndex.tsx').then((m) => ({ default: m.LibraryIndex })),
);
const ArticleView = lazy(() =>
  import('../features/library/ArticleView.tsx').then((m) => ({ default: m.ArticleView })),
);
const loading = <div className="card empty-state">Loading the library…</div>;

function Index(): React.JSX.Element {
  useDocumentTitle('Library');
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Library"
        lead="Short reference articles on trigger point work, each with its sources."
      />
      <Suspense fallback={loading}>
        <LibraryIndex />
      </Suspense>
    </section>
  );
}

function Article(): React.JSX.Element {
  const { slug = '' } = useParams();
  return (
    <Suspense fallback={loading}>
      <ArticleView slug={slug} />
    </Suspense>
  );
}

/** The reference library: /library lists and searches, /library/:slug shows one article. */
export function LibraryPage(): React.JSX.Element {
  return (
    <Routes>
      <Route index element={<Index />} />
      <Route path=":slug" element={<Article />} />
    </Routes>
  );
}
