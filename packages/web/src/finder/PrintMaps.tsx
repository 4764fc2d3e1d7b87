import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import { BodyMap } from '../body-map/BodyMap.tsx';
import type { Drawing } from '../body-map/drawing.ts';
import { VIEW_ORDER } from '../body-map/ViewTabs.tsx';
import { viewRegionIds } from './pattern-view.ts';

/** For paper: every view that shows part of the drawing, side by side (rendered only while printing). */
export function PrintMaps({ drawing }: { drawing: Drawing }): React.JSX.Element {
  const views = VIEW_ORDER.filter((v) => [...drawing.keys()].some((id) => viewRegionIds(v).has(id)));
  return (
    <div className="print-maps print-only">
      {views.map((v) => (
        <figure key={v}>
          <BodyMap view={v} label="Pain drawing" drawing={drawing} thumbnail />
          <figcaption>{VIEW_GEOMETRY[v].title}</figcaption>
        </figure>
      ))}
    </div>
  );
}
