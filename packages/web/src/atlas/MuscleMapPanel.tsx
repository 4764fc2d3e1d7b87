import type { Muscle } from '@myomap/atlas';
import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import type { Side, ViewId } from '@myomap/atlas/regions';
import { BodyMap } from '../body-map/BodyMap.tsx';
import { VIEW_SHORT, ViewTabs } from '../body-map/ViewTabs.tsx';
import { drawnViews, undrawnRegionIds, viewCoverage } from './best-view.ts';
import { MapLegend } from './MapLegend.tsx';
import type { MusclePattern } from './muscle-pattern.ts';
import { sideLabel } from './side-param.ts';
import { SideToggle } from './SideToggle.tsx';
import { useMuscleOutline, useOutlineViews, useShowOutline } from './useMuscleOutlines.ts';

/** The muscle's map with its outline drawn faintly under the markers when the switch is on. */
function OutlinedMap({
  muscle,
  side,
  pattern,
  view,
  showOutline,
}: {
  muscle: Muscle;
  side: Side;
  pattern: MusclePattern;
  view: ViewId;
  showOutline: boolean;
}): React.JSX.Element {
  const outlines = useMuscleOutline(muscle.id, side, VIEW_GEOMETRY[view]);
  const elsewhere = useOutlineViews(muscle.id).filter((v) => v !== view);
  return (
    <>
      <BodyMap
        view={view}
        label={`${muscle.name} referral pattern, ${sideLabel(side)}`}
        pattern={pattern}
        markers={pattern.markers}
        outlines={showOutline ? outlines : undefined}
        side={side === 'm' ? undefined : side}
      />
      {showOutline && outlines.length === 0 && (
        <p className="muted small outline-note">
          {elsewhere.length === 0
            ? 'No outline of this muscle is drawn yet.'
            : `The muscle outline is drawn on: ${elsewhere.map((v) => VIEW_SHORT[v]).join('; ')}.`}
        </p>
      )}
    </>
  );
}

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
  const [showOutline, setShowOutline] = useShowOutline();
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
          <OutlinedMap muscle={muscle} side={side} pattern={pattern} view={view} showOutline={showOutline} />
          <label className="outline-switch small">
            <input type="checkbox" checked={showOutline} onChange={(e) => setShowOutline(e.target.checked)} />{' '}
            Show muscle outline
          </label>
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
