import { Route, Routes } from 'react-router-dom';
import { RequireSignIn } from '../auth/session.tsx';
import { SessionScreen } from './SessionScreen.tsx';
import { TimelinePage } from './TimelinePage.tsx';
import { TodayPage } from './TodayPage.tsx';
import './session.css';

/** The session pages under /visits (owners and therapists; the server checks every request too). */
export function SessionRoutes(): React.JSX.Element {
  return (
    <RequireSignIn roles={['owner', 'therapist']}>
      <Routes>
        <Route path="today" element={<TodayPage />} />
        <Route path="client/:clientId" element={<TimelinePage />} />
        <Route path=":id" element={<SessionScreen />} />
      </Routes>
    </RequireSignIn>
  );
}
