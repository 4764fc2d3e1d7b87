import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { PracticePageModel } from './page-models/practice.ts';

const enabled = chromiumAvailable();

/** Serious and critical axe-core violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe.runIf(enabled)('journey: a class, an assigned deck and the student’s progress', () => {
  const journey = useJourney();

  it('the owner makes a class, adds a student and assigns a deck; the student practises it first; the educator sees progress by area', async () => {
    const url = journey().server.url;
    const owner = await journey().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await owner.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${url}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Set up Myomap' }).waitFor();
    await page.getByLabel('Clinic name').fill('Harbourside School of Massage');
    await page.getByLabel('Your name').fill('Olive Owner');
    await page.getByLabel('Email').fill('olive@harbour.example');
    await page.getByLabel('Password', { exact: true }).fill('harbour lantern quietly 42');
    await page.getByRole('button', { name: 'Create clinic' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await page.getByLabel('Their email').fill('sam@harbour.example');
    await page.getByLabel('Role', { exact: true }).selectOption('student');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.getByLabel('Invite link').inputValue();

    // the student joins on a tablet
    const tablet = await journey().browser.newContext({ viewport: { width: 768, height: 1024 } });
    const t = await tablet.newPage();
    t.setDefaultTimeout(20_000);
    await t.goto(link);
    await t.getByLabel('Your name').fill('Sam Student');
    await t.getByLabel('Password', { exact: true }).fill('violet harbour kettle 88');
    await t.getByLabel('Password again').fill('violet harbour kettle 88');
    await t.getByRole('button', { name: 'Join' }).click();
    await t.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();

    // the owner (the school's educator) makes the class, adds Sam and assigns the neck deck
    await page.getByRole('link', { name: 'Classes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Classes' }).waitFor();
    await page.getByLabel('Class name').fill('Upper body, spring term');
    await page.getByRole('button', { name: 'Make class' }).click();
    await page.getByRole('heading', { level: 2, name: 'Upper body, spring term' }).waitFor();
    await page.getByLabel('Staff member').selectOption({ label: 'Sam Student' });
    await page.getByRole('button', { name: 'Add student' }).click();
    await page.getByRole('rowheader', { name: 'Sam Student' }).waitFor();
    await page.getByLabel('Deck', { exact: true }).selectOption({ label: 'Neck: most common patterns' });
    await page.getByLabel('Due (optional)').fill('2026-12-20');
    await page.getByRole('button', { name: 'Assign deck' }).click();
    await page.getByText('due 2026-12-20').waitFor();

    // Sam opens Practice: the assigned deck comes first and its cards are neck cards
    const practice = new PracticePageModel(t, 'keyboard');
    await practice.open(url);
    await t.getByRole('heading', { level: 2, name: 'Assigned to you' }).waitFor();
    await t.getByRole('button', { name: 'Neck: most common patterns', pressed: true }).waitFor();
    for (let i = 0; i < 3; i++) {
      const card = await practice.answer();
      expect(card.area, card.id).toBe('neck');
      expect(card.difficulty).toBe(1);
      await practice.next();
    }
    await t.getByTestId('sync-status').filter({ hasText: 'Saved to your account.' }).waitFor();
    expect(await seriousViolations(t)).toEqual([]);
    await t.evaluate(() => window.scrollTo(0, 0));
    await t.screenshot({ path: screenshotPath('practice-assigned-768'), fullPage: true });

    // the educator sees Sam's progress by body area
    await page.reload();
    const row = page.getByRole('row', { name: /Sam Student/ });
    await row.filter({ hasText: 'Neck: 100% · – · 3' }).waitFor();
    expect(await row.getByRole('cell').first().innerText()).toBe('3');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('classes-1280'), fullPage: true });
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: screenshotPath('classes-768'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await tablet.close();
    await owner.close();
  }, 120_000);
});
