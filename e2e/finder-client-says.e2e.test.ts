import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { FinderPageModel } from './page-models/finder.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: the client’s age and words go through the red-flag screen', () => {
  const journey = useJourney();

  it.each([
    [1280, 900],
    [768, 1024],
  ])(
    'a lay description of cauda equina signs stops the list, naming the words, at %i px',
    async (width, height) => {
      const page = await journey().browser.newPage({ viewport: { width, height } });
      const finder = new FinderPageModel(page);
      await finder.open(journey().server.url);
      await finder.describe('lower back');

      await finder.clientSays('my back is killing me and I’ve gone numb down there when I wipe');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const said = await alert.innerText();
      expect(said).toMatch(/Stop — same-day medical assessment/);
      expect(said).toMatch(
        /numbness in the saddle area \(urgent\)\s*— the client said “numb down there when I wipe”/,
      );
      expect(await finder.signChips()).toEqual([
        '“numb down there when I wipe” → numbness in the saddle area',
      ]);
      expect(await finder.stopIsAboveList()).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath(`finder-client-says-stop-${width}`), fullPage: true });
      await page.close();
    },
  );

  it('a negative screen raises nothing and shows what it ruled out', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const finder = new FinderPageModel(page);
    await finder.open(journey().server.url);
    await finder.describe('lower back');

    await finder.clientSays('denies saddle numbness, no fever, her mum had a stroke');
    const notCounted = page.getByRole('list', { name: 'Not counted in the client’s words' });
    await notCounted.waitFor();
    expect((await notCounted.locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      'denies saddle numbness → ruled out',
      'no fever → ruled out',
      'mum had a stroke → not the client',
    ]);
    expect(await finder.signChips()).toEqual([]);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await finder.ranked()).length).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('finder-client-says-ruled-out-1280'), fullPage: true });
    await page.close();
  });

  it('the age field is checked, and the over-50 rules read it', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const finder = new FinderPageModel(page);
    await finder.open(journey().server.url);
    await finder.describe('right temple');
    await finder.clientSays('a new headache, and my jaw aches when I chew');
    await page.getByRole('heading', { name: 'Stop and refer' }).waitFor();

    const age = page.getByRole('textbox', { name: 'Age' });
    await age.fill('130');
    await page.getByText('Age: enter whole years from 0 to 120, or leave it empty.').waitFor();
    expect(await age.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('heading', { name: 'Stop and refer' }).waitFor();

    await age.fill('72');
    await page.getByRole('heading', { name: 'Stop — same-day medical assessment' }).waitFor();
    expect(await age.getAttribute('aria-invalid')).toBeNull();
    await page.close();
  });
});
