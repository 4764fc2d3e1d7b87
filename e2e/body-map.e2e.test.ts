import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { FinderPageModel } from './page-models/finder.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: painting on the body map', () => {
  const journey = useJourney();

  it('paints by click, drag and keyboard, keeps the drawing across views, and times each re-render', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const finder = new FinderPageModel(page);
    await finder.open(journey().server.url);

    // Mouse: two regions in the face view.
    await finder.showView('Face', 'face');
    await finder.paintRegion('r.temple');
    await finder.paintRegion('r.jaw-angle');

    // Drag: one stroke from the forehead across to the eyebrow paints both.
    await finder.dragPaint(['r.forehead', 'r.eyebrow']);
    await page.locator('[data-region-item="r.forehead"]').waitFor();
    await page.locator('[data-region-item="r.eyebrow"]').waitFor();

    // Keyboard: focus a region, move with the arrows, paint with Enter and set an intensity with a digit.
    const start = page.locator('svg.finder-body-map [role="option"]:has([data-region="r.cheek"])');
    await start.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-region-item="r.cheek"]').waitFor();
    await page.keyboard.press('ArrowUp');
    const moved = await page.evaluate(() =>
      document.activeElement?.querySelector('[data-region]')?.getAttribute('data-region'),
    );
    expect(moved).toBeTruthy();
    expect(moved).not.toBe('r.cheek');
    await page.keyboard.press('7');
    await page.locator(`[data-region-item="${moved ?? ''}"]`).waitFor();

    const painted = await finder.paintedRegions();
    expect(painted).toEqual(expect.arrayContaining(['r.temple', 'r.jaw-angle', 'r.cheek', moved ?? '']));

    // The drawing survives switching to a view that shows the same regions.
    await finder.showView('Head, right', 'head-right');
    for (const id of ['r.temple', 'r.jaw-angle', 'r.cheek']) {
      await expect
        .poll(() => page.locator(`svg.finder-body-map g[data-region="${id}"]`).first().getAttribute('class'))
        .toMatch(/painted|outlined/);
    }
    await finder.showView('Front', 'anterior');
    await expect
      .poll(() => page.locator('svg.finder-body-map g[data-region="r.temple"]').first().getAttribute('class'))
      .toMatch(/painted|outlined/);

    const renders = await finder.measures('bodymap:paint-render');
    expect(renders.length).toBeGreaterThanOrEqual(4);
    // the 16 ms budget is judged by bench/finder-browser/timing.ts, not asserted under parallel test load
    expect(renders.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
    await page.screenshot({ path: screenshotPath('body-map-painted') });
    await page.close();
  });
});
