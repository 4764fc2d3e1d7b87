import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

// The session, the scheduler and the cards load as their own chunk when Practice is opened.
const PracticeSession = lazy(() =>
  import('../features/practice/PracticeSession.tsx').then((m) => ({ default: m.PracticeSession })),
);

/** The Practice page: spaced-repetition drills on referral patterns, trigger points and red flags. */
export function PracticePage(): React.JSX.Element {
  useDocumentTitle('Practice');
  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Practice"
        lead={
          <>
            Pattern recognition drills with spaced repetition, saved on this device and, when you are signed
            in, to your account. Background reading is in the <Link to="/library">library</Link>.
          </>
        }
      />
      <Suspense fallback={<div className="card empty-state">Loading the cards…</div>}>
        <PracticeSession />
      </Suspense>
    </section>
  );
}
