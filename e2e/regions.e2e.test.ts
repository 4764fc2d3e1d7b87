import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { RegionsPage } from './page-models/regions.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: browsing the body regions', () => {
  const journey = useJourney();

  it('names a region on hover, finds regions by any name, and opens a deep link', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const regions = new RegionsPage(page);
    await regions.open(journey().server.url);
    await regions.showView('Face');
    await regions.region('r.temple').hover();
    expect(await regions.cardTitle()).toBe('right temple');
    expect(await regions.search('sit bones')).toEqual(['left lower buttock', 'right lower buttock']);
    await page.getByRole('button', { name: 'right lower buttock' }).click();
    await page.waitForURL(/\/regions\/r\.lower-buttock$/);
    expect(await page.locator('svg.body-map').getAttribute('data-view')).toMatch(/posterior|lateral/);
    for (const view of [
      'Front',
      'Back',
      'Right side',
      'Left side',
      'Face',
      'Head, right',
      'Head, left',
      'Teeth',
    ]) {
      await regions.showView(view);
      expect(await page.locator('svg.body-map [data-region]').count()).toBeGreaterThan(10);
    }
    await regions.open(journey().server.url, 'l.jaw-angle');
    expect(await regions.cardTitle()).toBe('left angle of the jaw');
    await page.screenshot({ path: screenshotPath('regions-1280') });
    await page.close();
  });

  it('labels whose left and right the picture shows, on every view', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const regions = new RegionsPage(page);
    await regions.open(journey().server.url);
    for (const view of [
      'Front',
      'Back',
      'Right side',
      'Left side',
      'Face',
      'Head, right',
      'Head, left',
      'Teeth',
    ]) {
      await regions.showView(view);
      const labels = await page.locator('svg.body-map .side-labels text').allTextContents();
      expect(labels.length, view).toBeGreaterThan(0);
      expect(
        labels.every((l) => /^Client's (right|left)/.test(l)),
        `${view}: ${labels.join(' | ')}`,
      ).toBe(true);
    }
    await page.close();
  });
});
