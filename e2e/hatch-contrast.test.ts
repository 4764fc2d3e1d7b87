import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// The spillover hatch must stand out from the skin in both themes. WCAG 1.4.11 asks 3:1 for graphics;
// hatch lines are thin, so we ask 4.5:1. (A stylesheet check, kept here because web code may not read files.)
const css = readFileSync(new URL('../packages/web/src/body-map/body-map.css', import.meta.url), 'utf8');

function block(selector: string): string {
  const start = css.indexOf(selector);
  return css.slice(start, css.indexOf('}', start));
}
function colour(text: string, name: string): string {
  const m = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(text);
  if (m?.[1] === undefined) throw new Error(`${name} not found`);
  return m[1];
}
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('spillover hatch contrast', () => {
  for (const [theme, selector] of [
    ['light', ':root {'],
    ['dark', ":root[data-theme='dark'] {"],
    ['dark (system)', ":root:not([data-theme='light']) {"],
  ] as const)
    it(`hatch lines stand out from the skin in the ${theme} theme`, () => {
      const b = block(selector);
      expect(contrast(colour(b, '--zone-spillover'), colour(b, '--skin'))).toBeGreaterThanOrEqual(4.5);
    });
});
