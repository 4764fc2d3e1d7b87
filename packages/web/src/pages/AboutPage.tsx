import { PageHeader } from '../components/PageHeader.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useHealth } from '../hooks/useHealth.ts';

/** /about: the running version, its database and schema, and the licences of code and atlas data. */
export function AboutPage(): React.JSX.Element {
  useDocumentTitle('About');
  const health = useHealth();
  return (
    <section aria-labelledby="page-title" className="about-page">
      <PageHeader
        title="About Myomap"
        lead="A trigger point therapy workbench for massage and manual therapists."
      />
      <div className="card">
        <h2>This installation</h2>
        {health.state === 'ok' ? (
          <dl className="fact-rows compact">
            <div>
              <dt>Version</dt>
              <dd>{health.version}</dd>
            </div>
            <div>
              <dt>Database</dt>
              <dd>{health.database}</dd>
            </div>
            <div>
              <dt>Database schema</dt>
              <dd>{health.schemaVersion}</dd>
            </div>
          </dl>
        ) : (
          <p className="muted" role="status">
            {health.state === 'error' ? 'The server cannot be reached.' : 'Asking the server…'}
          </p>
        )}
      </div>
      <div className="card">
        <h2>Licences</h2>
        <p>
          Code: AGPL-3.0-or-later. Atlas data: CC BY 4.0 — cite it as “Myomap atlas”, with the version and
          schema above. Clinical facts are paraphrased from the works each muscle page cites.
        </p>
        <p>
          Muscle identifiers: UBERON and FMA (CC BY 3.0), BodyParts3D (CC BY-SA 2.1 JP). The body map is drawn
          for Myomap.
        </p>
      </div>
    </section>
  );
}
