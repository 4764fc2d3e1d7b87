import { useMemo } from 'react';
import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import type { ViewId } from '@myomap/atlas/regions';
import { useMuscleOutlineSoon, useShowOutline } from '../atlas/useMuscleOutlines.ts';
import { BodyMap } from '../body-map/BodyMap.tsx';
import type { Drawing, PainMark } from '../body-map/drawing.ts';
import { PainBrush } from '../body-map/PainBrush.tsx';
import { ViewTabs } from '../body-map/ViewTabs.tsx';
import type { CandidateRef } from './candidate-key.ts';
import type { CandidateOverlay } from './candidate-overlay.ts';
import { OverlayLegend } from './OverlayLegend.tsx';
import { viewCounts } from './pattern-view.ts';
import './map-panel.css';

/** The paintable body map with its views, brush and key; shows a candidate's pattern over the drawing. */
export function PaintPanel({
  view,
  drawing,
  brush,
  overlay,
  overlayName,
  candidate,
  onView,
  onDrawing,
  onBrush,
  onHideOverlay,
}: {
  view: ViewId;
  drawing: Drawing;
  brush: PainMark;
  overlay: CandidateOverlay | undefined;
  overlayName: string | undefined;
  /** The candidate shown, whose muscle outline is drawn under its pattern. */
  candidate?: CandidateRef | undefined;
  onView: (v: ViewId) => void;
  onDrawing: (next: Drawing) => void;
  onBrush: (b: PainMark) => void;
  onHideOverlay: () => void;
}): React.JSX.Element {
  const counts = useMemo(() => viewCounts(drawing.keys()), [drawing]);
  // A hand or foot close-up is offered when the drawing or the shown candidate's pattern reaches it.
  const relevant = useMemo(() => [...(overlay?.patternRegions ?? [])], [overlay]);
  const [showOutline, setShowOutline] = useShowOutline();
  const outlines = useMuscleOutlineSoon(
    overlay === undefined ? undefined : candidate?.muscle,
    candidate?.side ?? 'both',
    VIEW_GEOMETRY[view],
  );
  return (
    <div className="card map-card finder-map">
      <div className="no-print">
        <ViewTabs view={view} onChange={onView} counts={counts} countLabel="painted" relevant={relevant} />
      </div>
      <div className="overlay-bar" aria-live="polite">
        {overlay !== undefined && overlayName !== undefined ? (
          <>
            <span>
              Showing <strong>{overlayName}</strong> over the drawing
            </span>
            <label className="outline-switch small no-print">
              <input
                type="checkbox"
                checked={showOutline}
                onChange={(e) => setShowOutline(e.target.checked)}
              />{' '}
              Show muscle outline
            </label>
            <button type="button" className="ghost no-print" onClick={onHideOverlay}>
              Drawing only
            </button>
          </>
        ) : (
          <span className="muted small">Tap a muscle in the list to see its pattern here.</span>
        )}
      </div>
      <BodyMap
        view={view}
        label="Pain drawing"
        drawing={drawing}
        brush={brush}
        onDrawingChange={onDrawing}
        pattern={overlay?.pattern}
        markers={overlay?.markers}
        highlight={overlay?.unexplained}
        near={overlay?.near}
        outlines={showOutline && overlay !== undefined ? outlines : undefined}
        className="finder-body-map"
      />
      <OverlayLegend overlay={overlay !== undefined} />
      <div className="no-print">
        <PainBrush brush={brush} onChange={onBrush} />
      </div>
    </div>
  );
}
