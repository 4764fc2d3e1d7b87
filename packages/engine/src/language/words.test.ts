import { describe, expect, it } from 'vitest';
import { foldText, lexWords } from './words.ts';

describe('lexWords', () => {
  it('folds accents and case and keeps offsets', () => {
    const words = lexWords('Épaule droite');
    expect(words.map((w) => w.norm)).toEqual(['epaule', 'droite']);
    expect(words[1]).toMatchObject({ start: 7, end: 13, kind: 'word' });
  });
  it('marks possessives and strips their ending', () => {
    const words = lexWords("the client's neck, the clients' backs");
    expect(words.filter((w) => w.possessive).map((w) => w.norm)).toEqual(['client', 'clients']);
  });
  it('reports non-Latin script as foreign instead of dropping it', () => {
    expect(lexWords('боль в плече').map((w) => w.kind)).toEqual(['foreign', 'foreign', 'foreign']);
  });
  it('reads digit ordinals as words, keeping offsets; other numbers stay numbers', () => {
    const words = lexWords('L 2nd digit, 1ST MTPJ, 11th rib, T3-4');
    expect(words.map((w) => w.norm)).toEqual([
      'l',
      'second',
      'digit',
      ',',
      'first',
      'mtpj',
      ',',
      '11th',
      'rib',
      ',',
      't',
      '3',
      '4',
    ]);
    expect(words[1]).toMatchObject({ text: '2nd', kind: 'word', start: 2, end: 5 });
    expect(words[7]?.kind).toBe('number');
  });
  it('marks hyphen-joined words and reads numbers', () => {
    const words = lexWords('antero-lateral knee, aged 72');
    expect(words[1]).toMatchObject({ norm: 'lateral', hyphenated: true });
    expect(words.at(-1)).toMatchObject({ kind: 'number', norm: '72' });
  });
  it('keeps punctuation as its own token', () => {
    expect(lexWords('neck; no fever.').map((w) => w.kind)).toEqual([
      'word',
      'punct',
      'word',
      'word',
      'punct',
    ]);
  });
  it('folds ligatures and sharp s', () => {
    expect(foldText('Straße Œdème')).toBe('strasse oedeme');
  });
});

describe('lexWords: full stops that close an abbreviation', () => {
  const abbreviations = new Set(['lat', 'r']);
  it('drops the full stop of a listed short form when the text goes on in lower case or a number', () => {
    expect(lexWords('R. lat. calf, lat. 3 cm', abbreviations).map((w) => w.norm)).toEqual([
      'r',
      'lat',
      'calf',
      ',',
      'lat',
      '3',
      'cm',
    ]);
  });
  it('keeps it as a sentence end before a capital, at the end, after other words or with no list', () => {
    expect(lexWords('Calf lat. Knee ok. lat.', abbreviations).map((w) => w.norm)).toEqual([
      'calf',
      'lat',
      '.',
      'knee',
      'ok',
      '.',
      'lat',
      '.',
    ]);
    expect(lexWords('R lat. calf').map((w) => w.norm)).toContain('.');
  });
});
