import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell.tsx';
import { AboutPage } from './pages/AboutPage.tsx';
import { AuditPage } from './features/audit/AuditPage.tsx';
import { ClinicSettingsPage } from './features/clinic-settings/ClinicSettingsPage.tsx';
import { AccountPage } from './features/auth/AccountPage.tsx';
import { InviteAcceptPage } from './features/auth/InviteAcceptPage.tsx';
import { LoginPage } from './features/auth/LoginPage.tsx';
import { RequireSignIn, SessionProvider } from './features/auth/session.tsx';
import { SetupPage } from './features/auth/SetupPage.tsx';
import { UsersPage } from './features/users/UsersPage.tsx';
import { AtlasPage } from './pages/AtlasPage.tsx';
import { ClientsPage } from './pages/ClientsPage.tsx';
import { FinderPage } from './pages/FinderPage.tsx';
import { LibraryPage } from './pages/LibraryPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PracticePage } from './pages/PracticePage.tsx';
import { ClassesPage } from './features/classes/ClassesPage.tsx';
import { RegionsPage } from './pages/RegionsPage.tsx';

/** The treatment session pages load with the engine on first use (features/session). */
const SessionRoutes = lazy(() =>
  import('./features/session/SessionRoutes.tsx').then((m) => ({ default: m.SessionRoutes })),
);

/** Routes of the app inside the shell. */
export function App(): React.JSX.Element {
  return (
    <SessionProvider>
      <AppShell>
        <Routes>
          <Route path="/setup" element={<SetupPage />} />
          <Route path="/login" element={<LoginPage />} />
          <Route path="/invite" element={<InviteAcceptPage />} />
          <Route
            path="/account"
            element={
              <RequireSignIn>
                <AccountPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/users"
            element={
              <RequireSignIn roles={['owner']}>
                <UsersPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/audit"
            element={
              <RequireSignIn roles={['owner']}>
                <AuditPage />
              </RequireSignIn>
            }
          />
          <Route
            path="/clinic-settings"
            element={
              <RequireSignIn roles={['owner']}>
                <ClinicSettingsPage />
              </RequireSignIn>
            }
          />
          <Route path="/" element={<Navigate to="/finder" replace />} />
          <Route path="/atlas/*" element={<AtlasPage />} />
          <Route path="/finder" element={<FinderPage />} />
          <Route path="/regions/*" element={<RegionsPage />} />
          <Route path="/clients/*" element={<ClientsPage />} />
          <Route
            path="/visits/*"
            element={
              <Suspense fallback={<p>Loading…</p>}>
                <SessionRoutes />
              </Suspense>
            }
          />
          <Route path="/practice" element={<PracticePage />} />
          <Route
            path="/classes"
            element={
              <RequireSignIn roles={['owner', 'therapist']}>
                <ClassesPage />
              </RequireSignIn>
            }
          />
          <Route path="/library/*" element={<LibraryPage />} />
          <Route path="/about" element={<AboutPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </AppShell>
    </SessionProvider>
  );
}
