import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ViewId } from '@myomap/atlas/regions';
import { BodyMap } from '../body-map/BodyMap.tsx';
import { ViewTabs } from '../body-map/ViewTabs.tsx';

/** "Where does it hurt?": tap the body map, land on what refers to that region, most likely first. */
export function WhereDoesItHurt(): React.JSX.Element {
  const navigate = useNavigate();
  const [view, setView] = useState<ViewId>('anterior');
  return (
    <section className="card where-hurts" aria-labelledby="where-hurts-title">
      <div className="where-hurts-text">
        <h2 id="where-hurts-title">Where does it hurt?</h2>
        <p className="muted">
          Tap the body where the client feels the pain: you get every muscle that refers there, the most
          likely cause first.
        </p>
        <ViewTabs view={view} onChange={setView} />
      </div>
      <BodyMap
        view={view}
        label="Where does it hurt? Choose a region"
        onSelect={(id) => void navigate(`/atlas/regions/${id}`)}
        className="where-hurts-map"
      />
    </section>
  );
}
