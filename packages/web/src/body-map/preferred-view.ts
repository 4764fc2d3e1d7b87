import type { Region, ViewId } from '@myomap/atlas/regions';
import { VIEW_ORDER } from './ViewTabs.tsx';

const HEAD_GROUPS = new Set(['head', 'face', 'mouth']);
const HEAD_ORDER: readonly ViewId[] = ['mouth', 'face', 'head-right', 'head-left', 'anterior', 'posterior'];
/** Hand and foot regions open on their close-up, where a finger or toe is large enough to tap. */
const CLOSE_UP_ORDER: Readonly<Record<string, readonly ViewId[]>> = {
  'wrist-hand': ['hand-palmar', 'hand-dorsal', ...VIEW_ORDER],
  'ankle-foot': ['foot-dorsal', 'foot-plantar', ...VIEW_ORDER],
};

/**
 * The view that shows a region best: a head view for head and face regions, a close-up for hand and
 * foot regions (large there), else the front or back.
 */
export function preferredView(region: Region): ViewId | undefined {
  const order = HEAD_GROUPS.has(region.group) ? HEAD_ORDER : (CLOSE_UP_ORDER[region.group] ?? VIEW_ORDER);
  const sided =
    region.side === 'l'
      ? order.map((v) => (v === 'head-right' ? 'head-left' : v === 'head-left' ? 'head-right' : v))
      : order;
  return sided.find((v) => region.views.includes(v)) ?? region.views[0];
}
