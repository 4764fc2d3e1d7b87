import type { Region, ViewId } from '@myomap/atlas/regions';
import { VIEW_ORDER } from './ViewTabs.tsx';

const HEAD_GROUPS = new Set(['head', 'face', 'mouth']);
const HEAD_ORDER: readonly ViewId[] = ['mouth', 'face', 'head-right', 'head-left', 'anterior', 'posterior'];

/** The view that shows a region best: a head view for head and face regions (large there), else the front or back. */
export function preferredView(region: Region): ViewId | undefined {
  const order = HEAD_GROUPS.has(region.group) ? HEAD_ORDER : VIEW_ORDER;
  const sided =
    region.side === 'l'
      ? order.map((v) => (v === 'head-right' ? 'head-left' : v === 'head-left' ? 'head-right' : v))
      : order;
  return sided.find((v) => region.views.includes(v)) ?? region.views[0];
}
