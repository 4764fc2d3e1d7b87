import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { FinderPageModel } from './page-models/finder.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: red flags in a typed description', () => {
  const journey = useJourney();

  it('a real stop sign in lay words shows the stop notice above the list', async () => {
    for (const width of [1280, 768]) {
      const context = await journey().browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const finder = new FinderPageModel(page);
      await finder.open(journey().server.url);
      expect(await page.getByRole('alert').count()).toBe(0);

      await finder.describe('crushing pain in the middle of my chest and I feel cold and clammy');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/Stop\. Call emergency services/);
      expect(await alert.innerText()).toMatch(/cold sweat or clamminess/);
      expect(await finder.stopIsAboveList()).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath(`finder-red-flag-stop-${width}`), fullPage: true });
      await context.close();
    }
  });

  it('a lay description with a negated red flag gets no stop notice, and shows what it ruled out', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const finder = new FinderPageModel(page);
    await finder.open(journey().server.url);

    await finder.describe(
      'ache in my left shoulder, no fever, I can still feel it when I wipe, my mum had a stroke',
    );
    await expect.poll(async () => (await finder.paintedRegions()).length).toBeGreaterThan(0);
    const notCounted = page.getByRole('list', { name: 'Not counted' });
    await notCounted.waitFor();
    const chips = await notCounted.locator('li').allInnerTexts();
    expect(chips.some((c) => /no fever\s*→\s*ruled out/.test(c))).toBe(true);
    expect(chips.some((c) => /stroke\s*→\s*not the client/.test(c))).toBe(true);
    expect((await finder.ranked()).length).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('finder-red-flag-ruled-out-1280'), fullPage: true });
    await page.close();
  });
});
