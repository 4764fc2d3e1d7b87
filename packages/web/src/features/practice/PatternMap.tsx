import { useState } from 'react';
import type { ViewId } from '@myomap/atlas/regions';
import { BodyMap, type BodyMapProps } from '../../body-map/BodyMap.tsx';
import { ViewTabs } from '../../body-map/ViewTabs.tsx';
import { bestViewFor, viewCounts } from './best-view.ts';

/**
 * A body map with view tabs, opening on the view that shows `focus` best; other props go to BodyMap.
 * With `countLabel` the tabs count the focus regions per view (left out where that would give the
 * answer away, as when painting or finding).
 */
export function PatternMap({
  focus,
  countLabel,
  ...map
}: Omit<BodyMapProps, 'view'> & { focus: readonly string[]; countLabel?: string }): React.JSX.Element {
  const [view, setView] = useState<ViewId>(() => bestViewFor(focus));
  return (
    <div className="practice-map">
      <ViewTabs
        view={view}
        onChange={setView}
        {...(countLabel === undefined ? {} : { counts: viewCounts(focus), countLabel })}
      />
      <BodyMap {...map} view={view} />
    </div>
  );
}
