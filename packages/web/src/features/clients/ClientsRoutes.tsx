import { Route, Routes } from 'react-router-dom';
import { RequireSignIn } from '../auth/session.tsx';
import { ClientFormPage } from './ClientFormPage.tsx';
import { ClientListPage } from './ClientListPage.tsx';
import { ClientPage } from './ClientPage.tsx';
import { IntakePage } from './IntakePage.tsx';
import './clients.css';

/** The client records pages under /clients (signed-in staff only; the server checks every request). */
export function ClientsRoutes(): React.JSX.Element {
  return (
    <RequireSignIn>
      <Routes>
        <Route index element={<ClientListPage />} />
        <Route path="new" element={<ClientFormPage />} />
        <Route path=":id" element={<ClientPage />} />
        <Route path=":id/edit" element={<ClientFormPage />} />
        <Route
          path=":id/intake"
          element={
            <RequireSignIn roles={['owner', 'therapist', 'student']}>
              <IntakePage />
            </RequireSignIn>
          }
        />
      </Routes>
    </RequireSignIn>
  );
}
