import type { Muscle } from '@myomap/atlas';
import type { Side, ViewId } from '@myomap/atlas/regions';
import { BodyMap } from '../body-map/BodyMap.tsx';
import { ViewTabs } from '../body-map/ViewTabs.tsx';
import { drawnViews, undrawnRegionIds, viewCoverage } from './best-view.ts';
import { MapLegend } from './MapLegend.tsx';
import type { MusclePattern } from './muscle-pattern.ts';
import { sideLabel } from './side-param.ts';
import { SideToggle } from './SideToggle.tsx';

/** The muscle's pattern on the body map: side switch, view tabs (with counts), the map and its key. */
export function MuscleMapPanel({
  muscle,
  side,
  onSideChange,
  pattern,
  view,
  onViewChange,
  picker,
}: {
  muscle: Muscle;
  side: Side;
  onSideChange: (s: Side) => void;
  pattern: MusclePattern;
  view: ViewId | undefined;
  onViewChange: (v: ViewId) => void;
  /** The trigger point picker (one at a time or all), shown above the map. */
  picker?: React.ReactNode;
}): React.JSX.Element {
  const views = drawnViews();
  const counts = Object.fromEntries(views.map((v) => [v, viewCoverage(v, pattern).total]));
  const shown = view === undefined ? 0 : viewCoverage(view, pattern).total;
  const nothingDrawn = views.every((v) => counts[v] === 0);
  const undrawn = undrawnRegionIds(pattern).length;
  return (
    <div className="card map-card muscle-map">
      <div className="map-toolbar">
        {muscle.paired ? (
          <SideToggle side={side} onChange={onSideChange} />
        ) : (
          <p className="muted small">Midline muscle: the pattern is shown on both sides.</p>
        )}
        {picker}
      </div>
      {view !== undefined && !nothingDrawn && (
        <>
          <ViewTabs view={view} onChange={onViewChange} counts={counts} countLabel="pattern regions" />
          <BodyMap
            view={view}
            label={`${muscle.name} referral pattern, ${sideLabel(side)}`}
            pattern={pattern}
            markers={pattern.markers}
          />
        </>
      )}
      {nothingDrawn ? (
        <p className="map-notice" role="note">
          The body map does not draw the regions of this pattern yet (the full-body views are still being
          drawn). Every region is listed, with its zone, under Trigger points.
        </p>
      ) : (
        <>
          {shown === 0 && (
            <p className="map-notice" role="note">
              This view shows none of the pattern: pick a view with a number above.
            </p>
          )}
          {undrawn > 0 && (
            <p className="map-notice" role="note">
              {undrawn} {undrawn === 1 ? 'region' : 'regions'} of this pattern {undrawn === 1 ? 'is' : 'are'}{' '}
              not drawn on the body map yet; every region is listed under Trigger points.
            </p>
          )}
        </>
      )}
      {!nothingDrawn && <MapLegend />}
    </div>
  );
}
