import { describe, expect, it } from 'vitest';
import { resolveEvidence } from './resolve-evidence.ts';

const ids = (text: string): string[] => {
  const r = resolveEvidence(text);
  return [...r.movements.map((m) => m.id), ...r.activities, ...r.symptoms, ...r.redFlags];
};

describe('evidence in everyday words (data/context/evidence-words.yaml)', () => {
  it.each<[string, string[]]>([
    ['plays the violin several hours a day', ['playing-instrument']],
    ['ringing in my ears', ['tinnitus']],
    ['dizzy when I turn my head', ['postural-dizziness']],
    ['pain when I look over my shoulder', ['cervical.rotation']],
    ['grinds her teeth at night', ['bruxism']],
    ['typing all day and uses a mouse', ['typing', 'mouse-use']],
  ])('%s -> %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it('an everyday wording counts only whole: "new" alone is not "new pillow"', () => {
    expect(ids('new back pain')).toEqual([]);
  });
});
