import { useEffect, useRef } from 'react';
import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import type { ViewId } from '@myomap/atlas/regions';

/** The views in the order a therapist reaches for them. */
export const VIEW_ORDER: readonly ViewId[] = [
  'anterior',
  'posterior',
  'right-lateral',
  'left-lateral',
  'face',
  'head-right',
  'head-left',
  'mouth',
];

const SHORT: Record<ViewId, string> = {
  anterior: 'Front',
  posterior: 'Back',
  'right-lateral': 'Right side',
  'left-lateral': 'Left side',
  face: 'Face',
  'head-right': 'Head, right',
  'head-left': 'Head, left',
  mouth: 'Teeth',
};

/**
 * Tabs to switch the body map view; the drawing stays because it lives in the parent. `counts`
 * (optional) badges each view with a number, e.g. how many regions of a pattern it shows.
 */
export function ViewTabs({
  view,
  onChange,
  counts,
  countLabel = 'regions',
}: {
  view: ViewId;
  onChange: (v: ViewId) => void;
  counts?: Partial<Record<ViewId, number>>;
  countLabel?: string;
}): React.JSX.Element {
  // Where the tabs scroll in one row, keep the chosen one in sight (without scrolling the page).
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = list.current;
    const active = box?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (box === null || active === null || active === undefined) return;
    const left = active.offsetLeft - box.offsetLeft;
    if (left < box.scrollLeft || left + active.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollLeft = left - 8;
  }, [view]);
  return (
    <div className="view-tabs" role="tablist" aria-label="Body map view" ref={list}>
      {VIEW_ORDER.filter((v) => VIEW_GEOMETRY[v].regions.length > 0).map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={v === view}
          className={v === view ? 'active' : ''}
          onClick={() => onChange(v)}
          title={VIEW_GEOMETRY[v].title}
        >
          {SHORT[v]}
          {counts !== undefined && (
            <span className={`tab-count ${(counts[v] ?? 0) === 0 ? 'zero' : ''}`}>
              <span aria-hidden="true">{counts[v] ?? 0}</span>
              <span className="visually-hidden">
                , {counts[v] ?? 0} {countLabel}
              </span>
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
