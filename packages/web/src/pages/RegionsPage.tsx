import { PageHeader } from '../components/PageHeader.tsx';

/** The Body regions page. */
export function RegionsPage(): React.JSX.Element {
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Body regions"
        lead="The body map: every surface region, with its clinical and everyday names."
      />
      <div className="card empty-state">
        <p>This part of Myomap is being built.</p>
      </div>
    </section>
  );
}
