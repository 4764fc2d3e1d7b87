import { loadAtlas } from '@myomap/atlas';
import { describe, expect, it } from 'vitest';
import { gradeCard, gradePaint, practiceCards, RATINGS, type PracticeCard } from '../index.ts';

const atlas = loadAtlas();
const cards = practiceCards(atlas);
const card = <T extends PracticeCard['type']>(id: string, _type: T) =>
  cards.find((c) => c.id === id) as Extract<PracticeCard, { type: T }>;

describe('grading practice cards', () => {
  it('which-muscle accepts names and aliases, folding case and accents, and logs a confusion when wrong', () => {
    const c = cards.find(
      (x): x is Extract<PracticeCard, { type: 'which-muscle' }> =>
        x.type === 'which-muscle' && x.muscleId === 'infraspinatus',
    )!;
    const alias = atlas.muscleById.get('infraspinatus')!.aliases[0];
    expect(gradeCard(atlas, c, { type: 'which-muscle', text: 'INFRASPÍNATUS  muscle' }).correct).toBe(true);
    if (alias !== undefined)
      expect(gradeCard(atlas, c, { type: 'which-muscle', text: alias.toUpperCase() }).correct).toBe(true);
    const quick = gradeCard(atlas, c, { type: 'which-muscle', text: 'infraspinatus', seconds: 3 });
    expect(quick.rating).toBe(RATINGS.easy);
    const wrong = gradeCard(atlas, c, { type: 'which-muscle', text: 'anterior deltoid' });
    expect(wrong.correct).toBe(false);
    expect(wrong.rating).toBe(RATINGS.again);
    expect(wrong.confusion).toEqual(['infraspinatus', 'deltoid-anterior']);
  });

  it('paint is graded by Dice with right, missed and extra regions, mapped to ratings', () => {
    const g = gradePaint(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'x']);
    expect(g.dice).toBeCloseTo(0.75);
    expect(g).toMatchObject({ right: ['a', 'b', 'c'], missed: ['d'], extra: ['x'] });
    const c = card('paint-pattern:infraspinatus', 'paint-pattern');
    const exact = gradeCard(atlas, c, { type: 'paint-pattern', regions: c.essential });
    expect(exact).toMatchObject({ score: 1, rating: RATINGS.easy, correct: true });
    const half = gradeCard(atlas, c, { type: 'paint-pattern', regions: c.essential.slice(0, 1) });
    expect(half.rating).toBeLessThan(RATINGS.good);
    expect(gradeCard(atlas, c, { type: 'paint-pattern', regions: [] }).rating).toBe(RATINGS.again);
  });

  it('find-trigger-point: the region is Good, a neighbour is Hard, elsewhere Again', () => {
    const c = card('find-trigger-point:infraspinatus', 'find-trigger-point');
    const at = c.locations[0]!;
    expect(gradeCard(atlas, c, { type: 'find-trigger-point', region: at }).rating).toBe(RATINGS.good);
    expect(gradeCard(atlas, c, { type: 'find-trigger-point', region: 'l.big-toe' }).rating).toBe(
      RATINGS.again,
    );
  });

  it('read-drawing counts hits in the top three; stop-or-go and tell-apart grade the choice', () => {
    const c = cards.find(
      (x): x is Extract<PracticeCard, { type: 'read-drawing' }> => x.type === 'read-drawing',
    )!;
    expect(gradeCard(atlas, c, { type: 'read-drawing', ranked: c.expected }).rating).toBe(RATINGS.easy);
    const two = gradeCard(atlas, c, { type: 'read-drawing', ranked: [c.expected[0]!, 'x', c.expected[1]!] });
    expect(two.rating).toBe(RATINGS.good);
    const none = gradeCard(atlas, c, { type: 'read-drawing', ranked: ['a', 'b', 'c'] });
    expect(none.rating).toBe(RATINGS.again);
    const s = cards.find((x): x is Extract<PracticeCard, { type: 'stop-or-go' }> => x.type === 'stop-or-go')!;
    expect(gradeCard(atlas, s, { type: 'stop-or-go', decision: s.expected }).correct).toBe(true);
    const t = cards.find((x): x is Extract<PracticeCard, { type: 'tell-apart' }> => x.type === 'tell-apart')!;
    const miss = gradeCard(atlas, t, { type: 'tell-apart', muscleId: t.otherId });
    expect(miss.confusion).toEqual([t.muscleId, t.otherId]);
  });
});

describe('tell-apart cards from the review history', () => {
  it('turns a confused pair into two cards showing each muscle’s own pattern', async () => {
    const { confusionCards, tellApartCardById } = await import('../index.ts');
    const made = confusionCards(atlas, [
      { a: 'infraspinatus', b: 'deltoid-anterior' },
      { a: 'infraspinatus', b: 'no-such-muscle' },
    ]);
    expect(made.map((c) => c.id)).toEqual([
      'tell-apart:infraspinatus~deltoid-anterior',
      'tell-apart:deltoid-anterior~infraspinatus',
    ]);
    const paint = new Map(
      cards.filter((c) => c.type === 'paint-pattern').map((c) => [c.muscleId, c.essential] as const),
    );
    for (const c of made) expect(c.essential).toEqual(paint.get(c.muscleId));
    expect(tellApartCardById(atlas, made[1]!.id)).toEqual(made[1]);
    expect(tellApartCardById(atlas, 'tell-apart:infraspinatus~infraspinatus')).toBeUndefined();
    const answer = gradeCard(atlas, made[0]!, { type: 'tell-apart', muscleId: 'infraspinatus' });
    expect(answer.correct).toBe(true);
  });
});
