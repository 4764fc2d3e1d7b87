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
  'hand-palmar',
  'hand-dorsal',
  'foot-dorsal',
  'foot-plantar',
];

/**
 * The hand and foot close-ups. Their tab shows only where something on them matters: a count above
 * zero, one of the `relevant` regions drawn on them, or the close-up already chosen. Without `counts`
 * or `relevant` every close-up is offered.
 */
export const CLOSE_UP_VIEWS: ReadonlySet<ViewId> = new Set([
  'hand-palmar',
  'hand-dorsal',
  'foot-dorsal',
  'foot-plantar',
]);

/** Whether a view's tab is offered (see CLOSE_UP_VIEWS). */
export function offersView(
  v: ViewId,
  current: ViewId,
  counts?: Partial<Record<ViewId, number>>,
  relevant?: readonly string[],
): boolean {
  if (VIEW_GEOMETRY[v].regions.length === 0) return false;
  if (!CLOSE_UP_VIEWS.has(v) || v === current) return true;
  if (counts === undefined && relevant === undefined) return true;
  if ((counts?.[v] ?? 0) > 0) return true;
  return (relevant ?? []).some((id) => VIEW_GEOMETRY[v].regions.some((r) => r.id === id));
}

/** The short name of each view, as its tab says it. */
export const VIEW_SHORT: Readonly<Record<ViewId, string>> = {
  anterior: 'Front',
  posterior: 'Back',
  'right-lateral': 'Right side',
  'left-lateral': 'Left side',
  face: 'Face',
  'head-right': 'Head, right',
  'head-left': 'Head, left',
  mouth: 'Teeth',
  'hand-palmar': 'Palms',
  'hand-dorsal': 'Backs of hands',
  'foot-dorsal': 'Tops of feet',
  'foot-plantar': 'Soles',
};

/**
 * Tabs to switch the body map view; the drawing stays because it lives in the parent. `counts`
 * (optional) badges each view with a number, e.g. how many regions of a pattern it shows; `relevant`
 * (optional) region ids that bring in a hand or foot close-up drawing them (see CLOSE_UP_VIEWS).
 */
export function ViewTabs({
  view,
  onChange,
  counts,
  countLabel = 'regions',
  relevant,
}: {
  view: ViewId;
  onChange: (v: ViewId) => void;
  counts?: Partial<Record<ViewId, number>>;
  countLabel?: string;
  relevant?: readonly string[];
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
      {VIEW_ORDER.filter((v) => offersView(v, view, counts, relevant)).map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={v === view}
          className={v === view ? 'active' : ''}
          onClick={() => onChange(v)}
          title={VIEW_GEOMETRY[v].title}
        >
          {VIEW_SHORT[v]}
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
