import { describe, expect, it } from 'vitest';
import type { ViewId } from '@myomap/atlas/regions';
import { CLOSE_UP_VIEWS, offersView, VIEW_ORDER } from './ViewTabs.tsx';

const offered = (
  current: Parameters<typeof offersView>[1],
  counts?: Parameters<typeof offersView>[2],
  relevant?: readonly string[],
): ViewId[] => VIEW_ORDER.filter((v) => offersView(v, current, counts, relevant));

describe('view tabs', () => {
  it('offers every close-up when nothing says what matters (the regions browser)', () => {
    expect(offered('anterior')).toEqual([...VIEW_ORDER]);
  });

  it('offers a hand or foot close-up only where the pattern or drawing reaches it', () => {
    const bodyOnly = offered('anterior', { anterior: 2, posterior: 1 }, ['r.shoulder-top']);
    expect(bodyOnly.filter((v) => CLOSE_UP_VIEWS.has(v))).toEqual([]);
    expect(bodyOnly).toContain('mouth');
    const hand = offered('anterior', { anterior: 1, 'hand-dorsal': 1 });
    expect(hand.filter((v) => CLOSE_UP_VIEWS.has(v))).toEqual(['hand-dorsal']);
    const sole = offered('posterior', {}, ['l.plantar-heel']);
    expect(sole.filter((v) => CLOSE_UP_VIEWS.has(v))).toEqual(['foot-plantar']);
  });

  it('keeps the chosen close-up offered', () => {
    expect(offered('hand-palmar', {}, [])).toContain('hand-palmar');
  });
});
