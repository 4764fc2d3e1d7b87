import { Route, Routes, useParams } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader.tsx';
import { ArticleView } from '../features/library/ArticleView.tsx';
import { LibraryIndex } from '../features/library/LibraryIndex.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import '../features/practice/practice.css';

function Index(): React.JSX.Element {
  useDocumentTitle('Library');
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Library"
        lead="Short reference articles on trigger point work, each with its sources."
      />
      <LibraryIndex />
    </section>
  );
}

function Article(): React.JSX.Element {
  const { slug = '' } = useParams();
  return <ArticleView slug={slug} />;
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
