import { describe, expect, it } from 'vitest';
import { bestView, viewCounts, viewFor, viewRegionIds } from './pattern-view.ts';

describe('finder views', () => {
  const ids = ['r.temple', 'r.posterior-neck', 'r.upper-molars'];

  it('picks a view that shows most of the regions', () => {
    const counts = viewCounts(ids);
    const best = bestView(ids, 'mouth');
    const most = Math.max(...Object.values(counts));
    expect(counts[best]).toBe(most);
  });

  it('keeps the current view when it ties, and when nothing shows', () => {
    const counts = viewCounts(['r.temple']);
    const showing = Object.entries(counts).filter(([, n]) => n === 1);
    const [first] = showing[0] ?? [];
    expect(first).toBeDefined();
    expect(bestView(['r.temple'], first as never)).toBe(first);
    expect(bestView(['no.such-region'], 'posterior')).toBe('posterior');
  });

  it('switches only when the current view shows none of a pattern', () => {
    expect(viewFor(['r.upper-molars', 'r.temple'], 'mouth')).toBe('mouth');
    const moved = viewFor(['r.temple'], 'mouth');
    expect(viewRegionIds(moved).has('r.temple')).toBe(true);
  });
});
