import { describe, expect, it } from 'vitest';
import { screenRedFlags } from './screen-red-flags.ts';

// Sentences written for these tests (not taken from any set): osteoporosis or long-term steroids with spinal
// pain the client calls long-standing is a caution (clinical-notes §5: "osteoporosis without new pain");
// the same pain said to be new, or a new pain beside it, is still a referral.
const tier = (text: string, age = 70): string => screenRedFlags({ text, age }).notice?.tier ?? 'none';

describe('long-standing spinal pain with a fracture risk (rules.yaml settledPain, newPain)', () => {
  it.each([
    'Osteopenia on my last scan; low back stiffness same as ever.',
    'On denosumab for thin bones. Mid back tight from the laptop, nothing new.',
    'Brittle bones, and the lower back has ached on and off for years.',
    'Fosamax weekly. My neck is stiff, no new pain anywhere.',
  ])('"%s" is a caution', (text) => {
    expect(tier(text)).toBe('caution');
  });
  it.each([
    'Osteopenia on my last scan; low back stiffness that is new this week.',
    'On denosumab for thin bones. Mid back has been hurting since Friday.',
    'Brittle bones, and the lower back has ached for years but got suddenly worse on Tuesday.',
    'Fosamax weekly. Neck stiff as always. A sharp pain low in my back since lifting the dog.',
    'Thin bones and my back is killing me.',
  ])('"%s" is still a referral', (text) => {
    expect(tier(text)).toBe('refer');
  });
  it('a drawn back counts as new unless the text calls that pain long-standing', () => {
    const drawing = [{ region: 'm.lumbar' }];
    expect(screenRedFlags({ text: 'Brittle bones', drawing }).notice?.tier).toBe('refer');
    expect(screenRedFlags({ text: 'Brittle bones; low back ache same as ever', drawing }).notice?.tier).toBe(
      'caution',
    );
  });
  it('long-standing pain does not quiet the heart or cancer rules', () => {
    expect(tier('Jaw aching same as always and I have gone cold and clammy')).toBe('emergency');
    expect(tier('Had breast cancer; my back aches same as ever')).toBe('refer');
  });
});
