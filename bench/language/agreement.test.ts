import { describe, expect, it } from 'vitest';
import { agreementFor, regionAgreement } from './agreement.ts';
import type { RegionCase } from './language-sets.ts';

const item = (id: string, expectIds: string[], alsoAccept?: string[][]): RegionCase => ({
  id,
  text: id,
  register: 'lay',
  expect: expectIds,
  tags: [],
  ...(alsoAccept === undefined ? {} : { alsoAccept }),
});

describe('inter-writer agreement', () => {
  it('scores the second label as the resolver is scored: against expect or an alsoAccept set', () => {
    const writer = [
      item('a', ['l.calf'], [['l.calf', 'l.shin']]),
      item('b', ['r.knee']),
      item('c', ['m.vertex']),
    ];
    const second = [item('a', ['l.calf', 'l.shin']), item('b', ['l.knee']), item('c', ['m.vertex'])];
    const lay = regionAgreement(writer, second).lay;
    expect(lay.n).toBe(3);
    expect(lay.secondInWriter).toBeCloseTo(2 / 3);
    expect(lay.writerInSecond).toBeCloseTo(1 / 3);
    expect(lay.sameExpect).toBeCloseTo(1 / 3);
  });
  it('reads the committed second labels of retired blind sets 3 and 4, pairing every phrase', () => {
    for (const set of [3, 4]) {
      const r = agreementFor(set);
      expect(r.regions.lay.n + r.regions.clinical.n).toBeGreaterThan(300);
      expect(r.redFlags.n).toBeGreaterThan(60);
    }
  });
});
