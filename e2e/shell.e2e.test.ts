import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { ShellPage } from './page-models/shell.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: the app shell', () => {
  const journey = useJourney();

  it('moves through the main navigation; the database and schema are on the About page', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 800 } });
    const shell = new ShellPage(page);
    await shell.open(journey().server.url);
    expect(page.url()).toMatch(/\/finder$/);
    // Every section in the navigation exists (unfinished ones stay out until they do).
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([
      'Atlas',
      'Finder',
      'Regions',
      'Clients',
      'Practice',
      'Library',
    ]);
    for (const [label, title] of [
      ['Atlas', 'Atlas'],
      ['Finder', 'Source finder'],
      ['Regions', 'Body regions'],
      // records need a clinic: on a fresh server the Clients link leads to first-run setup
      ['Clients', 'Set up Myomap'],
      ['Practice', 'Practice'],
      ['Library', 'Library'],
    ] as const) {
      await shell.navigate(label);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    }
    expect(await shell.aboutFacts()).toMatch(/sqlite[\s\S]*Database schema\s+\d+/i);
    await page.screenshot({ path: screenshotPath('shell-1280'), fullPage: true });
    await page.close();
  });

  it('works at tablet width, by keyboard, and in dark mode', async () => {
    const context = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      colorScheme: 'dark',
    });
    const page = await context.newPage();
    const shell = new ShellPage(page);
    await shell.open(journey().server.url, '/atlas');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(246, 247, 245)');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const box = await nav.boundingBox();
    expect(box !== null && box.width <= 768).toBe(true);
    // nothing in the header (navigation, account, theme) pushes the page wider than the tablet
    for (const path of ['/atlas', '/finder', '/library']) {
      await page.goto(`${journey().server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: screenshotPath('shell-768-dark'), fullPage: true });
    await context.close();
  });

  it('serves client-side routes on reload', async () => {
    const page = await journey().browser.newPage();
    const res = await page.goto(`${journey().server.url}/practice`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    await page.close();
  });
});
