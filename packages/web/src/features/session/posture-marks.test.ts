import { describe, expect, it } from 'vitest';
import { POSTURE_OBSERVATIONS } from '@myomap/engine';
import { FIGURE_SIZE, MARK_RADIUS, markCentre, PANEL_WIDTH, POSTURE_MARKS } from './posture-marks.ts';

describe('posture figure marks', () => {
  it('every observation (each side of a sided one) has exactly one mark, and no mark is unknown', () => {
    const expected = POSTURE_OBSERVATIONS.flatMap((o) =>
      o.sided ? [`${o.id}/l`, `${o.id}/r`] : [`${o.id}/-`],
    ).sort();
    const marks = POSTURE_MARKS.map((m) => `${m.observation}/${m.side ?? '-'}`).sort();
    expect(marks).toEqual(expected);
  });

  it('every target lies inside its panel, and no two targets overlap (each a full 44 px circle)', () => {
    for (const m of POSTURE_MARKS) {
      expect(m.x - MARK_RADIUS, m.observation).toBeGreaterThanOrEqual(0);
      expect(m.x + MARK_RADIUS, m.observation).toBeLessThanOrEqual(PANEL_WIDTH);
      expect(m.y - MARK_RADIUS, m.observation).toBeGreaterThanOrEqual(0);
      expect(m.y + MARK_RADIUS, m.observation).toBeLessThanOrEqual(FIGURE_SIZE.height);
    }
    for (const [i, a] of POSTURE_MARKS.entries())
      for (const b of POSTURE_MARKS.slice(i + 1)) {
        const p = markCentre(a);
        const q = markCentre(b);
        expect(
          Math.hypot(p.x - q.x, p.y - q.y),
          `${a.observation}/${a.side} and ${b.observation}/${b.side}`,
        ).toBeGreaterThanOrEqual(2 * MARK_RADIUS);
      }
  });
});
