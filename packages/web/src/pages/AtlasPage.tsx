import { lazy, Suspense } from 'react';
import { AtlasErrorBoundary } from '../atlas/AtlasErrorBoundary.tsx';

// The atlas pages and their data load on first visit, keeping the rest of the app small.
const AtlasRoutes = lazy(() => import('./atlas/AtlasRoutes.tsx').then((m) => ({ default: m.AtlasRoutes })));

/** The Atlas: muscle search, muscle pages and "what refers here" (routes under /atlas). */
export function AtlasPage(): React.JSX.Element {
  return (
    <AtlasErrorBoundary>
      <Suspense
        fallback={
          <p className="muted" role="status">
            Loading the atlas…
          </p>
        }
      >
        <AtlasRoutes />
      </Suspense>
    </AtlasErrorBoundary>
  );
}
