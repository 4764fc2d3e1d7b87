import { PageHeader } from '../components/PageHeader.tsx';

/** The Source finder page. */
export function FinderPage(): React.JSX.Element {
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Source finder"
        lead="Mark where it hurts; Myomap ranks the muscles whose trigger points refer there and says why."
      />
      <div className="card empty-state">
        <p>This part of Myomap is being built.</p>
      </div>
    </section>
  );
}
