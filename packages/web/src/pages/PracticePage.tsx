import { PageHeader } from '../components/PageHeader.tsx';

/** The Practice page. */
export function PracticePage(): React.JSX.Element {
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="Practice" lead="Pattern recognition drills with spaced repetition." />
      <div className="card empty-state">
        <p>This part of Myomap is being built.</p>
      </div>
    </section>
  );
}
