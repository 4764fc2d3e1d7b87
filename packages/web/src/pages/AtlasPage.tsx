import { PageHeader } from '../components/PageHeader.tsx';

/** The Atlas page. */
export function AtlasPage(): React.JSX.Element {
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Atlas"
        lead="Muscles with their trigger points and referral patterns, each fact with its source."
      />
      <div className="card empty-state">
        <p>This part of Myomap is being built.</p>
      </div>
    </section>
  );
}
