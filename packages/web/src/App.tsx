import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/AppShell.tsx';
import { AtlasPage } from './pages/AtlasPage.tsx';
import { ClientsPage } from './pages/ClientsPage.tsx';
import { FinderPage } from './pages/FinderPage.tsx';
import { LibraryPage } from './pages/LibraryPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PracticePage } from './pages/PracticePage.tsx';
import { RegionsPage } from './pages/RegionsPage.tsx';

/** Routes of the app inside the shell. */
export function App(): React.JSX.Element {
  return (
    <AppShell>
      <Routes>
        <Route path="/" element={<Navigate to="/finder" replace />} />
        <Route path="/atlas/*" element={<AtlasPage />} />
        <Route path="/finder" element={<FinderPage />} />
        <Route path="/regions/*" element={<RegionsPage />} />
        <Route path="/clients" element={<ClientsPage />} />
        <Route path="/practice" element={<PracticePage />} />
        <Route path="/library/*" element={<LibraryPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </AppShell>
  );
}
