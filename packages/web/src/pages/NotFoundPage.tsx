import { Link } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader.tsx';

/** Shown for an unknown address inside the app. */
export function NotFoundPage(): React.JSX.Element {
  return (
    <section>
      <PageHeader title="Page not found" lead="There is nothing at this address." />
      <Link to="/finder">Go to the source finder</Link>
    </section>
  );
}
