import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { AtlasSearchPage, MusclePage, RegionsPage, WhatRefersHerePage } from './page-models/atlas.ts';
import { loadAtlas } from '@myomap/atlas';

const enabled = chromiumAvailable();
const atlas = loadAtlas();
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.runIf(enabled)('journey: the atlas', () => {
  const journey = useJourney();

  it('finds a muscle by name and shows its pattern, trigger points and sources', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const search = new AtlasSearchPage(page);
    await search.open(journey().server.url);
    expect(await page.locator('.muscle-group h2').count()).toBeGreaterThanOrEqual(14);
    await search.search('infraspinatus');
    expect((await search.resultNames())[0]).toBe('Infraspinatus');
    await page.screenshot({ path: screenshotPath('atlas-search'), fullPage: false });
    await search.openResult('Infraspinatus');
    const muscle = new MusclePage(page);
    await muscle.waitFor('Infraspinatus');
    expect(page.url()).toMatch(/\/atlas\/muscles\/infraspinatus$/);
    // Patterns from injection studies are listed only when asked for.
    const infraspinatus = atlas.muscleById.get('infraspinatus')?.triggerPoints ?? [];
    expect(await muscle.triggerPoints().count()).toBe(infraspinatus.filter((tp) => !tp.experimental).length);
    await page.getByRole('button', { name: /pattern from injection studies/ }).click();
    expect(await muscle.triggerPoints().count()).toBe(infraspinatus.length);
    await page.getByText('injection study', { exact: false }).first().waitFor();
    // The body views are drawn: infraspinatus's pattern (shoulder and arm) must show on the map, with
    // its zones; the "does not draw this pattern yet" fallback must not appear.
    expect(await page.locator('.muscle-map svg.body-map').count()).toBeGreaterThan(0);
    expect(await muscle.zones('essential').count()).toBeGreaterThan(0);
    expect(await page.getByText('does not draw the regions of this pattern yet').count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Sources' }).waitFor();
    expect(await page.locator('#sources li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('atlas-muscle-infraspinatus'), fullPage: true });
    await page.close();
  });

  it('opens a result by keyboard; markers and zones render; side and view switch', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const search = new AtlasSearchPage(page);
    await search.open(journey().server.url);
    await page.keyboard.press('/');
    await page.keyboard.type('temporalis');
    await page
      .getByText(/muscles? match/)
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-muscle'))).toBe('temporalis');
    await page.keyboard.press('Enter');
    const muscle = new MusclePage(page);
    await muscle.waitFor('Temporalis');
    // One trigger point at a time: the first, numbered 1; all four are one tap away.
    expect(await muscle.markerNumbers()).toEqual(['1']);
    await muscle.showAllTriggerPoints();
    expect(await muscle.markerNumbers()).toEqual(['1', '2', '3', '4']);
    expect(await muscle.zones('essential').count()).toBeGreaterThanOrEqual(2);
    expect(await muscle.zones('spillover').count()).toBeGreaterThanOrEqual(1);
    expect(await muscle.mapLabel()).toContain("client's right");
    expect(await page.locator('.muscle-map [data-region^="l."] .zone').count()).toBe(0);

    await muscle.chooseSide('left');
    await page.waitForURL(/side=left/);
    await muscle.waitForSide('left');
    expect(await page.locator('.muscle-map [data-region^="r."] .zone').count()).toBe(0);

    await muscle.chooseView('Teeth');
    expect(await muscle.zones('essential').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('link', { name: /caution/ }).waitFor();
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
    await page.close();
  });

  it('taps a region on the Regions page and follows it to a ranked "what refers here"', async () => {
    const context = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    const regions = new RegionsPage(page);
    await regions.open(journey().server.url);
    await regions.chooseView('Face');
    await regions.tapRegion('r.temple');
    await page.waitForURL(/\/regions\/r\.temple$/);
    await regions.followWhatRefersHere();
    const guide = new WhatRefersHerePage(page);
    await guide.waitFor('right temple');
    expect(page.url()).toMatch(/\/atlas\/regions\/r\.temple$/);
    const entries = guide.entries();
    expect(await entries.count()).toBeGreaterThanOrEqual(3);
    expect(await entries.first().locator('.culprit').innerText()).toBe('main source');
    expect(await entries.locator('svg.body-map.thumbnail').count()).toBe(await entries.count());
    const order = ['main source', 'common', 'occasional'];
    const culprits = (await entries.locator('.culprit').allInnerTexts()).map((c) => order.indexOf(c));
    expect(culprits).toEqual([...culprits].sort((a, b) => a - b));
    expect(
      await entries.locator('[data-muscle="temporalis"], a[href="/atlas/muscles/temporalis"]').count(),
    ).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('atlas-what-refers-here-768-dark'), fullPage: true });

    await guide.tapRegion('r.eyebrow');
    await page.waitForURL(/\/atlas\/regions\/r\.eyebrow$/);
    await guide.waitFor('right eyebrow');
    expect(await guide.entries().count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Temporalis' }).first().click();
    await new MusclePage(page).waitFor('Temporalis');
    await context.close();
  });

  it('serves deep links to muscles and regions, and says so for unknown ones', async () => {
    const page = await journey().browser.newPage();
    const res = await page.goto(`${journey().server.url}/atlas/muscles/upper-trapezius?side=left`);
    expect(res?.status()).toBe(200);
    await new MusclePage(page).waitFor('Upper trapezius');
    await page.goto(`${journey().server.url}/atlas/regions/m.sternum`);
    await page.getByRole('heading', { level: 1, name: 'What refers here' }).waitFor();
    await page.goto(`${journey().server.url}/atlas/muscles/infraspinatis`);
    await page.getByRole('heading', { level: 1, name: 'No such muscle' }).waitFor();
    await page.getByRole('link', { name: 'Infraspinatus' }).waitFor();
    await page.close();
  });
});
