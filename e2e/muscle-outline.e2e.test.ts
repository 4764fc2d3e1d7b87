import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: the muscle outline on a muscle page', () => {
  const journey = useJourney();

  it('draws the muscle under its markers, and the switch hides it and is remembered after a reload', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${journey().server.url}/atlas/muscles/infraspinatus`);
    const outline = page.locator('.muscle-map svg.body-map .muscle-outline');
    await outline.waitFor();
    // Under the markers: the outline comes before the first marker in the map's drawing order.
    const order = await page.evaluate(() => {
      const svg = document.querySelector('.muscle-map svg.body-map');
      const kids = [...(svg?.children ?? [])];
      return {
        outline: kids.findIndex((k) => k.classList.contains('muscle-outline')),
        marker: kids.findIndex((k) => k.classList.contains('tp-marker')),
      };
    });
    expect(order.outline).toBeGreaterThanOrEqual(0);
    expect(order.outline).toBeLessThan(order.marker);
    const toggle = page.getByRole('checkbox', { name: 'Show muscle outline' });
    await toggle.uncheck();
    expect(await outline.count()).toBe(0);
    await page.reload();
    await page.locator('.muscle-map svg.body-map').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Show muscle outline' }).isChecked()).toBe(false);
    expect(await outline.count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Show muscle outline' }).check();
    await outline.waitFor();
  });
});
