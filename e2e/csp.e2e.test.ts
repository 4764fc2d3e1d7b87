import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: the strict Content-Security-Policy breaks nothing', () => {
  const journey = useJourney();

  it('the main pages and the API docs load with no policy violation', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const base = journey().server.url;
    for (const [path, heading] of [
      ['/finder', 'Source finder'],
      ['/atlas', 'Atlas'],
      ['/atlas/muscles/temporalis', 'Temporalis'],
      ['/regions', 'Body regions'],
    ] as const) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    await page.goto(`${base}/api/docs`);
    await page.locator('.swagger-ui').first().waitFor();
    await page.getByText('/api/find').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});
