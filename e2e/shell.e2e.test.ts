import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { ShellPage } from './page-models/shell.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: the app shell', () => {
  const journey = useJourney();

  it('moves through the main navigation and shows the database in the header', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 800 } });
    const shell = new ShellPage(page);
    await shell.open(journey().server.url);
    expect(page.url()).toMatch(/\/finder$/);
    expect(await shell.databaseBadge()).toContain('sqlite');
    for (const [label, title] of [
      ['Atlas', 'Atlas'],
      ['Finder', 'Source finder'],
      ['Regions', 'Body regions'],
      // records need a clinic: on a fresh server the Clients link leads to first-run setup
      ['Clients', 'Set up Myomap'],
      ['Practice', 'Practice'],
    ] as const) {
      await shell.navigate(label);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    }
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
