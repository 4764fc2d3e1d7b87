import { resolveEvidence, screenRedFlags } from '@myomap/engine';
import { describe, expect, it } from 'vitest';
import { clientWords, parseAge, signWords } from './client-words.ts';

/** What the card shows for the client's words, screened alone (or beside a drawing). */
const said = (text: string, drawing: { region: string }[] = []): ReturnType<typeof clientWords> => {
  const raised = new Set(screenRedFlags({ text, drawing }).findings.map((f) => f.id));
  return clientWords(resolveEvidence(text), text, raised);
};
const lines = (w: ReturnType<typeof clientWords>): string[] => [
  ...w.signs.map((s) => `${s.text} → ${s.label}`),
  ...w.notCounted.map((c) => `${c.text} → ${c.label}`),
];

describe('the client’s words, read for the red-flag screen', () => {
  it('names each sign with the words it was read from', () => {
    const w = said('numb down there when I wipe, and I wet myself yesterday');
    expect(lines(w)).toEqual([
      'numb down there when I wipe → numbness in the saddle area',
      'wet myself → new bladder or bowel control problems',
    ]);
    expect(signWords(w).get('saddle-numbness')).toBe('numb down there when I wipe');
  });

  it('a negative screen and another person’s stroke count as nothing', () => {
    const w = said('denies saddle numbness, no fever, her mum had a stroke');
    expect(w.signs).toEqual([]);
    expect(lines(w)).toEqual([
      'denies saddle numbness → ruled out',
      'no fever → ruled out',
      'mum had a stroke → not the client',
    ]);
  });

  it('a past cancer is a sign; a past fall is not', () => {
    expect(lines(said('had breast cancer in 2015; fell off a horse years ago'))).toEqual([
      'breast cancer → history of cancer with new pain',
      'fell off a horse years ago → in the past',
    ]);
  });

  it('a sign that stops nothing on its own says so: sweating is raised only beside chest pain', () => {
    const raised = (w: ReturnType<typeof clientWords>): string[] =>
      w.signs.map((s) => `${s.id}:${String(s.raised)}`);
    expect(raised(said('I sweat a lot'))).toEqual(['cold-sweat:false']);
    expect(raised(said('I sweat a lot', [{ region: 'm.sternum' }]))).toEqual(['cold-sweat:true']);
  });
});

describe('the age field', () => {
  it.each([
    ['', {}],
    [' 72 ', { age: 72 }],
    ['0', { age: 0 }],
    ['120', { age: 120 }],
  ])('reads %j', (raw, expected) => expect(parseAge(raw)).toEqual(expected));

  it.each(['121', '-3', '42.5', 'seventy', '1e2', '0x40'])('refuses %j naming the field', (raw) => {
    expect(parseAge(raw)).toEqual({ error: 'Age: enter whole years from 0 to 120, or leave it empty.' });
  });
});
