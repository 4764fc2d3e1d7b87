import { Route, Routes, useParams } from 'react-router-dom';
import { AtlasHomePage } from './AtlasHomePage.tsx';
import { AtlasNotFound } from './AtlasNotFound.tsx';
import { MusclePage } from './MusclePage.tsx';
import { RegionReferralsPage } from './RegionReferralsPage.tsx';
import '../../atlas/atlas.css';
import { loadMuscleOutlines } from '../../atlas/useMuscleOutlines.ts';

// The outlines load beside the atlas data, so a muscle page never waits for them after the atlas.
void loadMuscleOutlines();

function UnknownAtlasPage(): React.JSX.Element {
  const params = useParams();
  return <AtlasNotFound what="page" id={params['*'] ?? ''} />;
}

/** Routes under /atlas: search, one muscle, what refers to a region. */
export function AtlasRoutes(): React.JSX.Element {
  return (
    <Routes>
      <Route index element={<AtlasHomePage />} />
      <Route path="muscles/:id" element={<MusclePage />} />
      <Route path="regions/:id" element={<RegionReferralsPage />} />
      <Route path="*" element={<UnknownAtlasPage />} />
    </Routes>
  );
}
