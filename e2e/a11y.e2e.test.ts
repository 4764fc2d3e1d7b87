import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const enabled = chromiumAvailable();

/** Serious and critical axe-core violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

/** Map regions (drawn region paths) without an accessible name. */
function unnamedRegions(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg.body-map:not(.thumbnail) [data-region]')]
      .filter((g) => {
        const option = g.closest('[role="option"]');
        const path = g.querySelector('path.region-base');
        const name = option?.getAttribute('aria-label') ?? path?.getAttribute('aria-label') ?? '';
        return name.trim() === '';
      })
      .map((g) => g.getAttribute('data-region') ?? '?'),
  );
}

/** Visible controls (buttons, tabs, chips, fields, nav links) smaller than 44 × 44 px; the map is exempt. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'button, [role="tab"], a.chip, .main-nav a, input:not([type="range"]):not([type="checkbox"]):not([type="radio"]), select',
      ),
    ]
      .filter((el) => !el.closest('svg.body-map'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && (r.height < 43.5 || r.width < 43.5);
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`),
  );
}

describe.runIf(enabled)('accessibility: atlas, finder and regions pages', () => {
  const journey = useJourney();

  for (const [name, path, ready] of [
    ['atlas home', '/atlas', 'Where does it hurt?'],
    ['muscle page', '/atlas/muscles/temporalis', 'Temporalis'],
    ['what refers here', '/atlas/regions/r.temple', 'What refers here'],
    ['finder', '/finder?d=r.temple:6,r.upper-molars:4&sel=temporalis:r', 'Source finder'],
    ['regions', '/regions', 'Body regions'],
  ] as const)
    for (const [theme, width] of [
      ['light', 1280],
      ['dark', 768],
    ] as const)
      it(`${name} (${theme}, ${width} px): no serious or critical violations; named regions; 44 px targets`, async () => {
        const context = await journey().browser.newContext({
          viewport: { width, height: 900 },
          colorScheme: theme,
        });
        const page = await context.newPage();
        await page.goto(`${journey().server.url}${path}`);
        await page.getByRole('heading', { name: ready }).first().waitFor();
        await page.locator('svg.body-map').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        expect(await page.locator('svg.body-map:not(.thumbnail) [data-region]').count()).toBeGreaterThan(10);
        expect(await unnamedRegions(page)).toEqual([]);
        expect(await smallTargets(page)).toEqual([]);
        await context.close();
      });
});
