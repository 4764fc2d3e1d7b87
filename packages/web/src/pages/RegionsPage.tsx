import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AREAS, REGIONS, regionById, type Region, type ViewId } from '@myomap/atlas/regions';
import { BodyMap } from '../body-map/BodyMap.tsx';
import { preferredView } from '../body-map/preferred-view.ts';
import { ViewTabs } from '../body-map/ViewTabs.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { searchRegions } from '../body-map/search-regions.ts';

const areaName = new Map(AREAS.map((a) => [a.key, a.name]));

function RegionCard({ region }: { region: Region }): React.JSX.Element {
  return (
    <div className="region-card" aria-live="polite">
      <h2>{region.name}</h2>
      <p className="muted">
        {region.id} · part of the {areaName.get(region.parent) ?? region.parent}
      </p>
      <p>
        <strong>Also called:</strong> {region.synonyms.join(', ')}
      </p>
      {region.codes.length > 0 && (
        <p className="muted small">
          {region.codes
            .map((c) => [c.uberon, c.fma, c.snomed && `SNOMED ${c.snomed}`].filter(Boolean).join(' · '))
            .join('; ')}
        </p>
      )}
      <p>
        <Link to={`/atlas/regions/${region.id}`}>What refers here →</Link>
      </p>
    </div>
  );
}

/** Browse the body map: hover or tap a region to see its names; search regions by name. */
export function RegionsPage(): React.JSX.Element {
  const params = useParams();
  const navigate = useNavigate();
  const selectedId = params['*'] !== undefined && params['*'] !== '' ? params['*'] : undefined;
  const selected = selectedId === undefined ? undefined : regionById(selectedId);
  const [view, setView] = useState<ViewId>(
    (selected === undefined ? undefined : preferredView(selected)) ?? 'anterior',
  );
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const [query, setQuery] = useState('');
  const results = useMemo(() => searchRegions(REGIONS, query).slice(0, 30), [query]);
  const shown = regionById(hovered ?? '') ?? selected;

  const select = (id: string): void => {
    const region = regionById(id);
    if (region === undefined) return;
    const best = preferredView(region);
    if (!region.views.includes(view) && best !== undefined) setView(best);
    void navigate(`/regions/${id}`, { replace: true });
  };

  return (
    <section aria-labelledby="page-title">
      <PageHeader
        title="Body regions"
        lead={`${REGIONS.length} surface regions over twelve views (four are hand and foot close-ups). Hover or tap a region to see its names; search by any name.`}
      />
      <div className="two-col">
        <div className="card map-card">
          <ViewTabs view={view} onChange={setView} />
          <BodyMap
            view={view}
            label="Body regions"
            selected={selectedId}
            onSelect={select}
            onHover={setHovered}
          />
        </div>
        <aside className="card side-panel">
          <label className="search-label">
            <span>Search regions</span>
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="e.g. temple, shin, sit bones"
            />
          </label>
          {query.trim() !== '' && (
            <ul className="result-list" aria-label="Matching regions">
              {results.length === 0 && <li className="muted">No region matches “{query}”.</li>}
              {results.map((r) => (
                <li key={r.id}>
                  <button type="button" className="link-button" onClick={() => select(r.id)}>
                    {r.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {shown !== undefined ? (
            <RegionCard region={shown} />
          ) : (
            <p className="muted">Hover or tap a region on the map.</p>
          )}
        </aside>
      </div>
    </section>
  );
}
