import { describe, expect, it } from 'vitest';
import { tokensOf } from './phrase-matcher.ts';
import { readAge, readDurations } from './quantities.ts';

describe('ages', () => {
  it.each<[string, number | undefined]>([
    ['72, left shoulder pain', 72],
    ['aged 72', 72],
    ['age: 64', 64],
    ['a 72-year-old woman', 72],
    ['she is 58 years old', 58],
    ['68 yo male', 68],
    ['55M, neck pain', 55],
    ['a woman of 81', 81],
    ['in her 70s', 70],
    ['pain for 3 weeks', undefined],
    ['lifted 20 kg', undefined],
    ['no age here', undefined],
    ['over sixty, new headache', 60],
    ['she is seventy-two', 72],
    ['a seventy two year old man', 72],
    ['in his seventies', 70],
    ["I'm past 50", 50],
    ['lifting over 20 kg', undefined],
    ['over three weeks', undefined],
    ['sixty reps a day', undefined],
  ])('%s -> %s', (text, age) => {
    expect(readAge(tokensOf(text))).toBe(age);
  });
});

describe('durations', () => {
  it.each<[string, string, number | undefined]>([
    ['pain for three weeks', 'for three weeks', 21],
    ['started 2 days ago', '2 days ago', 2],
    ['for the past 6 months', 'past 6 months', 180],
    ['worse since the flight', 'since the flight', undefined],
    ['a couple of weeks', 'couple of', undefined],
  ])('%s -> %s', (text, span, days) => {
    const d = readDurations(tokensOf(text), text)[0];
    if (span === 'couple of') {
      expect(d).toBeUndefined();
      return;
    }
    expect(d?.text).toBe(span);
    expect(d?.days).toBe(days);
  });
});
