import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { JOURNEY_TYPES, PracticePageModel } from './page-models/practice.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: practice', () => {
  const journey = useJourney();

  it('reviews one card of each type by keyboard, and the schedule and progress update', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 1280, height: 900 } });
    const practice = new PracticePageModel(page, 'keyboard');
    await practice.open(journey().server.url);
    expect(await practice.reviewedToday()).toBe(0);
    // A new learner starts on the most common patterns.
    expect(await page.locator('.practice-card-head').innerText()).toContain('difficulty 1');

    for (const [i, type] of JOURNEY_TYPES.entries()) {
      await practice.deckOfType(type);
      const card = await practice.answer();
      const verdict = await practice.verdict();
      expect(verdict, card.id).toMatch(
        /^Right · rated (Good|Easy) · back in \d+ (minutes?|hours?|days)|^Right · rated (Good|Easy) · back tomorrow/,
      );
      if (type === 'paint-pattern') expect(await page.getByTestId('paint-missed').innerText()).toBe('none');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath(`practice-${type}-1280`), fullPage: true });
      expect(await practice.reviewedToday()).toBe(i + 1);
      await practice.next();
    }
    // Six new cards reviewed and scheduled: the calendar lists when they come back.
    await page.getByTestId('calendar').waitFor();
    const calendar = await page.getByTestId('calendar').innerText();
    const due = [...calendar.matchAll(/(\d+)\s+due/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(due).toBe(6);
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('myomap.practice.reviews.v1') ?? '[]'),
    );
    expect(stored).toHaveLength(6);
    await page.reload();
    await practice.cardElement().waitFor();
    expect(await practice.reviewedToday()).toBe(6);
    await page.close();
  });

  it('on a touch tablet (768 px): paints a pattern by tapping, and a wrong answer comes back soon and is named', async () => {
    const context = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const practice = new PracticePageModel(page, 'touch');
    await practice.open(journey().server.url);

    for (const [i, type] of JOURNEY_TYPES.entries()) {
      await practice.deckOfType(type);
      const card = await practice.answer(type === 'which-muscle' ? 'anterior deltoid' : undefined);
      const verdict = await practice.verdict();
      if (type === 'which-muscle') {
        // The wrong muscle: Again, due again within minutes, and the confusion is listed.
        expect(verdict, card.id).toMatch(/^Not this time · rated Again · back in \d+ minutes?/);
        await page.getByText(/^You mix up /).waitFor();
      } else expect(verdict, card.id).toMatch(/^Right/);
      // The pair just mixed up comes back as a tell-apart card of its own, ahead of the generated ones.
      if (type === 'tell-apart')
        expect(card.id).toMatch(/^tell-apart:(deltoid-anterior~.+|.+~deltoid-anterior)$/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath(`practice-${type}-768-touch`), fullPage: true });
      expect(await practice.reviewedToday()).toBe(i + 1);
      await practice.next();
    }
    await context.close();
  });
});
