import { describe, expect, it } from 'vitest';
import { regionById } from '@myomap/atlas/regions';
import { preferredView } from './preferred-view.ts';

const view = (id: string): string | undefined => {
  const region = regionById(id);
  return region === undefined ? undefined : preferredView(region);
};

describe('preferredView', () => {
  it('shows head regions large, on the matching side', () => {
    expect(view('r.temple')).toBe('face');
    expect(view('l.deep-ear')).toBe('head-left');
    expect(view('r.upper-molars')).toBe('mouth');
  });

  it('shows body regions from the front or the back', () => {
    expect(view('r.patella')).toBe('anterior');
    expect(view('l.lower-buttock')).toBe('posterior');
  });

  it('shows hand and foot regions on their close-up', () => {
    expect(view('r.index-finger')).toBe('hand-palmar');
    expect(view('l.thumb-web')).toBe('hand-dorsal');
    expect(view('r.big-toe')).toBe('foot-dorsal');
    expect(view('l.plantar-heel')).toBe('foot-plantar');
    expect(view('r.achilles')).toBe('posterior');
  });
});
