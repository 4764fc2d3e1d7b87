import { Suspense } from 'react';
import { PageHeader } from '../components/PageHeader.tsx';
import { FinderWorkbench } from '../finder/FinderWorkbench.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** The Source finder page: the workbench loads with the atlas data chunk. */
export function FinderPage(): React.JSX.Element {
  useDocumentTitle('Source finder');
  return (
    <section aria-label="Source finder" className="finder-page">
      <PageHeader
        title="Source finder"
        lead="Mark where it hurts; Myomap ranks the muscles whose trigger points refer there and says why."
        actions={
          <button type="button" className="no-print" onClick={() => window.print()}>
            Print / Save as PDF
          </button>
        }
      />
      <Suspense fallback={<div className="card empty-state">Loading the atlas…</div>}>
        <FinderWorkbench />
      </Suspense>
    </section>
  );
}
