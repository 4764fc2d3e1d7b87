import { describe, expect, it } from 'vitest';
import { duePrompts, endHold, holdClock, rateHold, startHold } from './hold-machine.ts';
import { DEFAULT_HOLD_PROTOCOL, holdPromptText, protocolWithCap } from './hold-protocol.ts';

const T0 = 1_000_000;
const at = (s: number) => T0 + s * 1000;

describe('guided hold state machine', () => {
  it('runs start → prompts → ratings → end with a log', () => {
    let s = startHold(DEFAULT_HOLD_PROTOCOL, T0);
    expect(duePrompts(s, at(5)).prompts).toEqual([]);
    const first = duePrompts(s, at(12));
    expect(first.prompts.map((p) => p.kind)).toEqual(['tolerance']);
    s = first.state;
    expect(duePrompts(s, at(13)).prompts).toEqual([]);
    const r1 = rateHold(s, 6, at(14));
    expect(r1.easeOff).toBe(false);
    s = r1.state;
    const r2 = rateHold(s, 4, at(40));
    s = r2.state;
    const second = duePrompts(s, at(47));
    expect(second.prompts.map((p) => p.atSeconds)).toEqual([30, 45]);
    s = second.state;
    expect(holdClock(s, at(50))).toEqual({ elapsed: 50, left: 40, overMax: false });
    const { log, state } = endHold(s, 'reduced', at(62.4));
    expect(log).toEqual({
      seconds: 62,
      peakRating: 6,
      ratings: [
        { atSeconds: 14, rating: 6 },
        { atSeconds: 40, rating: 4 },
      ],
      response: 'reduced',
      overCap: false,
      short: false,
    });
    expect(duePrompts(state, at(95)).prompts).toEqual([]);
    expect(() => rateHold(state, 3, at(70))).toThrow(/ended/);
    expect(() => endHold(state, 'gone', at(70))).toThrow(/ended/);
  });

  it('asks to ease off above the clinic’s cap and flags it in the log', () => {
    const s = startHold(protocolWithCap(5), T0);
    const r = rateHold(s, 6, at(3));
    expect(r.easeOff).toBe(true);
    expect(rateHold(startHold(DEFAULT_HOLD_PROTOCOL, T0), 6, at(3)).easeOff).toBe(false);
    expect(endHold(r.state, 'unchanged', at(20)).log).toMatchObject({ overCap: true, short: true });
  });

  it('the tolerance prompts name the clinic’s cap', () => {
    const five = protocolWithCap(5);
    const words = five.prompts.map((p) => holdPromptText(p, five));
    expect(words).toContain('Ask: still within your limit of 5/10?');
    expect(words.join(' ')).not.toContain('{cap}');
    const seven = DEFAULT_HOLD_PROTOCOL.prompts.map((p) => holdPromptText(p, DEFAULT_HOLD_PROTOCOL));
    expect(seven[0]).toBe('Ask: what is it now, 0 to 10? Keep it at 7 or below.');
  });

  it('rejects a rating outside 0–10 and a cap outside 1–10', () => {
    const s = startHold(DEFAULT_HOLD_PROTOCOL, T0);
    expect(() => rateHold(s, 11, at(1))).toThrow(/0–10/);
    expect(() => protocolWithCap(0)).toThrow(/1–10/);
  });

  it('the default protocol follows clinical-notes §3.1', () => {
    expect(DEFAULT_HOLD_PROTOCOL).toMatchObject({
      ratingCap: 7,
      minSeconds: 30,
      maxSeconds: 90,
      repetitions: { min: 2, max: 3 },
    });
    expect(holdClock(startHold(DEFAULT_HOLD_PROTOCOL, T0), at(95)).overMax).toBe(true);
  });
});
