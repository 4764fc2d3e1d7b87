import { PageHeader } from '../components/PageHeader.tsx';

/** The Clients page. */
export function ClientsPage(): React.JSX.Element {
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Clients" lead="Client records, assessments, sessions and outcomes." />
      <div className="card empty-state">
        <p>This part of Myomap is being built.</p>
      </div>
    </section>
  );
}
