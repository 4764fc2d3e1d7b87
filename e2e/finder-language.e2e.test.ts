import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { FinderPageModel } from './page-models/finder.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: a description read into chips, checked, corrected, then painted', () => {
  const journey = useJourney();

  it.each([
    [1280, 900],
    [768, 1024],
  ])('lay words with a misspelling and a negation, at %i px', async (width, height) => {
    const page = await journey().browser.newPage({ viewport: { width, height } });
    const finder = new FinderPageModel(page);
    await finder.open(journey().server.url);

    // Read: one chip per phrase, nothing painted yet.
    await finder.readDescription(
      "pain behind my rigth ear, no pain in the knee, and the back of my client's left hand",
    );
    expect(await finder.phraseChips()).toEqual([
      'behind my rigth ear → behind the right ear',
      'no pain in the knee → ruled out',
      "back of my client's left hand → left back of the hand",
    ]);
    await page.getByText('read "rigth" as "right"').waitFor();
    expect(await finder.paintedRegions()).toEqual([]);

    // Correct one chip (the hand is really the palm), then paint.
    await page
      .getByRole('combobox', { name: "Correct “back of my client's left hand”" })
      .selectOption('l.palm');
    expect((await finder.phraseChips())[2]).toMatch(/→ left palm/);
    await page.screenshot({ path: screenshotPath(`finder-language-chips-${width}`), fullPage: true });
    await page.getByRole('button', { name: 'Paint 2 regions' }).click();
    await expect.poll(() => finder.paintedRegions()).toEqual(['r.mastoid', 'l.palm']);
    await page.getByText('Painted 2 regions with the brush.').waitFor();
    await page.close();
  });

  it('a removed chip is not painted', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const finder = new FinderPageModel(page);
    await finder.open(journey().server.url);
    await finder.readDescription('left temple and the right big toe');
    await page.getByRole('button', { name: 'Remove “right big toe”' }).click();
    expect((await finder.phraseChips())[1]).toMatch(/removed/);
    await page.getByRole('button', { name: 'Paint 1 region' }).click();
    await expect.poll(() => finder.paintedRegions()).toEqual(['l.temple']);
    await page.close();
  });
});
