import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { Atlas } from '@myomap/atlas';
import { AREAS, regionById, type Region, type ViewId } from '@myomap/atlas/regions';
import { painGuide } from '@myomap/engine';
import { BodyMap } from '../../body-map/BodyMap.tsx';
import { ViewTabs } from '../../body-map/ViewTabs.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { drawnViews, largestView, viewRegionIds } from '../../atlas/best-view.ts';
import { PainGuideItem } from '../../atlas/PainGuideItem.tsx';
import { capitalize, regionTo } from '../../atlas/region-words.ts';
import { useAtlas } from '../../atlas/useAtlas.ts';
import { AtlasNotFound } from './AtlasNotFound.tsx';

const areaName = new Map(AREAS.map((a) => [a.key, a.name]));

function RegionReferrals({ atlas, region }: { atlas: Atlas; region: Region }): React.JSX.Element {
  useDocumentTitle(`What refers ${regionTo(region.name)}`);
  const navigate = useNavigate();
  const guide = useMemo(() => painGuide(atlas, region.id), [atlas, region]);
  const [picked, setPicked] = useState<ViewId | undefined>(undefined);
  // Keep the view the therapist is on while it shows the region; otherwise where it looks largest.
  const views = drawnViews();
  const withRegion = views.filter((v) => viewRegionIds(v).has(region.id));
  const view =
    picked !== undefined && withRegion.includes(picked) ? picked : (largestView(region.id) ?? views[0]);

  return (
    <section className="region-referrals">
      <Link to="/atlas" className="back-link">
        ← Atlas
      </Link>
      <PageHeader
        title="What refers here"
        lead={`Muscles whose trigger points send pain ${regionTo(region.name)} (${areaName.get(region.parent) ?? region.parent}), most likely first.`}
        actions={
          <Link to={`/regions/${region.id}`} className="button-link">
            Region details
          </Link>
        }
      />
      <div className="referral-layout">
        <div className="card map-card">
          {view !== undefined && (
            <>
              <ViewTabs view={view} onChange={setPicked} relevant={[region.id]} />
              <BodyMap
                view={view}
                label="Choose a region"
                selected={region.id}
                onSelect={(id) => {
                  setPicked(view); // a tap on this map keeps this view
                  void navigate(`/atlas/regions/${id}`);
                }}
              />
            </>
          )}
          <p className="hint muted">Tap another region, or move with the arrow keys and press Enter.</p>
        </div>
        <div className="card guide-card">
          <h2>{capitalize(region.name)}</h2>
          {guide.length === 0 ? (
            <p className="muted">No muscle in the atlas refers pain to this region.</p>
          ) : (
            <>
              <p className="muted small">
                {guide.length} {guide.length === 1 ? 'muscle' : 'muscles'} · main source, then common, then
                occasional; essential zone before spillover
              </p>
              <ol
                className="guide-list"
                aria-label={`Muscles that refer ${regionTo(region.name)}, most likely first`}
              >
                {guide.map((entry, i) => (
                  <PainGuideItem
                    key={`${entry.muscleId}|${entry.side}`}
                    atlas={atlas}
                    entry={entry}
                    rank={i + 1}
                    region={region}
                  />
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

/** /atlas/regions/:id — "what refers here": the pain guide of one region, with mini pattern maps. */
export function RegionReferralsPage(): React.JSX.Element {
  const atlas = useAtlas();
  const { id = '' } = useParams();
  const region = regionById(id);
  if (region === undefined) return <AtlasNotFound what="region" id={id} />;
  return <RegionReferrals atlas={atlas} region={region} />;
}
