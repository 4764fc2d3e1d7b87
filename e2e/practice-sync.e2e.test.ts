import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { PracticePageModel } from './page-models/practice.ts';

const enabled = chromiumAvailable();

/** The review ids the server holds for the signed-in learner (read by the page itself). */
const serverIds = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const res = await fetch('/api/practice/reviews?limit=1000');
    return ((await res.json()) as { reviews: { id: string }[] }).reviews.map((r) => r.id);
  });

/** The review ids in the signed-in learner's log on this device. */
const localIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('myomap.practice.reviews.v1.u.'));
    return (JSON.parse(localStorage.getItem(key ?? '') ?? '[]') as { id: string }[]).map((r) => r.id);
  });

describe.runIf(enabled)(
  'journey: practice reviews reach the account, also across a dropped connection',
  () => {
    const journey = useJourney();

    it('reviews online, goes offline and reviews more, comes back: the server holds each review exactly once', async () => {
      const url = journey().server.url;
      const context = await journey().browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      // first run: the owner sets up the clinic (and practises too)
      await page.goto(`${url}/clients`);
      await page.getByRole('heading', { level: 1, name: 'Set up Myomap' }).waitFor();
      await page.getByLabel('Clinic name').fill('Harbourside Massage Clinic');
      await page.getByLabel('Your name').fill('Olive Owner');
      await page.getByLabel('Email').fill('olive@harbour.example');
      await page.getByLabel('Password', { exact: true }).fill('harbour lantern quietly 42');
      await page.getByRole('button', { name: 'Create clinic' }).click();
      await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();

      const practice = new PracticePageModel(page, 'keyboard');
      await practice.open(url);
      const status = page.getByTestId('sync-status');
      const saved = async () => status.filter({ hasText: 'Saved to your account.' }).waitFor();
      await saved();

      for (let i = 0; i < 2; i++) {
        await practice.answer();
        await practice.next();
      }
      await saved();
      expect(await serverIds(page)).toHaveLength(2);

      // the connection drops: reviews go on, kept on the device and waiting in the outbox
      await context.setOffline(true);
      for (let i = 0; i < 3; i++) {
        await practice.answer();
        await practice.next();
      }
      await status.filter({ hasText: '3 reviews waiting to reach your account' }).waitFor();
      await page.screenshot({ path: screenshotPath('practice-offline-1280'), fullPage: true });

      // back online: the page sends the outbox by itself
      await context.setOffline(false);
      await saved();
      const held = await serverIds(page);
      expect(held).toHaveLength(5);
      expect(new Set(held).size).toBe(5);
      expect([...held].sort()).toEqual([...(await localIds(page))].sort());

      // every reply lost: the whole log is queued again and replayed; the server still holds each once
      await page.evaluate(() => {
        const key =
          Object.keys(localStorage).find((k) => k.startsWith('myomap.practice.reviews.v1.u.')) ?? '';
        const ids = (JSON.parse(localStorage.getItem(key) ?? '[]') as { id: string }[]).map((r) => r.id);
        localStorage.setItem(key.replace('.reviews.', '.outbox.'), JSON.stringify(ids));
      });
      await page.reload();
      await practice.cardElement().waitFor();
      await saved();
      expect([...(await serverIds(page))].sort()).toEqual([...held].sort());
      expect(await practice.reviewedToday()).toBe(5);

      // a second device of the same learner starts from the server's reviews
      const other = await context.browser()!.newContext({ viewport: { width: 768, height: 1024 } });
      const tablet = await other.newPage();
      await other.addCookies(await context.cookies());
      const second = new PracticePageModel(tablet, 'keyboard');
      await second.open(url);
      await tablet.getByTestId('reviewed-today').filter({ hasText: /^5$/ }).waitFor();
      await tablet.screenshot({ path: screenshotPath('practice-synced-768'), fullPage: true });
      await other.close();
      await context.close();
    });
  },
);
