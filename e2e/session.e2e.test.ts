import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const enabled = chromiumAvailable();

/** Presses Tab until the focused element's text or label matches `name` (at most 80 presses). */
async function tabTo(p: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await p.keyboard.press('Tab');
    const text = await p.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.innerText ?? ''}`.replace(/\s+/g, ' ');
    });
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Serious and critical axe-core violations inside `selector`, as "rule: target" lines. */
async function seriousViolations(p: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page: p })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.slice(0, 3).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** Ticks the named palpation signs (labels of the palpation form). */
async function tick(t: Page, labels: readonly string[]): Promise<void> {
  for (const label of labels) await t.getByLabel(label, { exact: true }).tap();
}

describe.runIf(enabled)('journey: the treatment session on a 768 px touch tablet', () => {
  const journey = useJourney();

  it('re-screen, drawing from a description, movement, posture, two palpated trigger points, guided hold, re-test, signed note, addendum', async () => {
    const url = journey().server.url;
    const tablet = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
      isMobile: false,
    });
    const t = await tablet.newPage();
    t.setDefaultTimeout(40_000);

    // first run: the owner (a treating therapist too) sets up the clinic on the tablet
    await t.goto(`${url}/clients`);
    await t.getByRole('heading', { level: 1, name: 'Set up Myomap' }).waitFor();
    await t.getByLabel('Clinic name').fill('Harbourside Massage Clinic');
    await t.getByLabel('Your name').fill('Olive Owner');
    await t.getByLabel('Email').fill('olive@harbour.example');
    await t.getByLabel('Password', { exact: true }).fill('harbour lantern quietly 42');
    await t.getByRole('button', { name: 'Create clinic' }).tap();
    await t.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();

    // the owner lowers the clinic's pressure tolerance limit from the usual 7/10 to 5/10
    await t.getByRole('link', { name: 'Clinic settings', exact: true }).tap();
    await t.getByRole('heading', { level: 1, name: 'Clinic settings' }).waitFor();
    await t.getByText('This clinic uses the usual limit; it has not chosen its own.').waitFor();
    await t.getByLabel('Highest rating during a hold (out of 10)').selectOption('5');
    await t.getByRole('button', { name: 'Save limit' }).tap();
    await t.getByText('Saved: guided holds now keep clients at 5/10 or below.').waitFor();
    await t.screenshot({ path: screenshotPath('clinic-settings-768'), fullPage: true });
    expect(await seriousViolations(t, 'main')).toEqual([]);

    // a client on record (the clients journey covers the form); then open her page
    const clientId = await t.evaluate(async () => {
      const csrf = /(?:^|;\s*)myomap_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const res = await fetch('/api/clients', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ givenName: 'Zoë', familyName: 'Ó Briain', dateOfBirth: '1988-04-12' }),
      });
      return ((await res.json()) as { id: string }).id;
    });
    await t.goto(`${url}/clients/${clientId}`);
    await t.getByRole('heading', { level: 1, name: 'Zoë Ó Briain' }).waitFor();
    await t.getByRole('link', { name: 'Visits', exact: true }).tap();
    await t.getByText('No visits yet.').waitFor();
    await t.getByRole('button', { name: 'Start a new visit' }).tap();
    await t.getByRole('heading', { level: 2, name: 'Subjective' }).waitFor();

    // subjective: the re-screen comes first (nothing new)
    await t.getByRole('button', { name: 'Nothing new' }).tap();
    await t.getByText('Re-screen recorded: nothing new since last time.').waitFor();
    // a three-region drawing from a typed description, confirmed on the map
    await t
      .getByLabel('In the client’s words')
      .fill('right temple, right posterolateral neck and right shoulder top');
    await t.getByRole('group', { name: 'Pain now' }).getByRole('button', { name: 'Pain now: 6' }).tap();
    await t.getByRole('button', { name: 'Read into the drawing' }).tap();
    await t.getByText('3 regions read from the description; check them on the map.').waitFor();
    await t.getByText('3 regions drawn.').waitFor();
    await t.screenshot({ path: screenshotPath('session-subjective-768'), fullPage: true });
    // unsaved subjective edits (words, drawing, pain now) survive a switch to another part and back
    await t.getByRole('button', { name: /Objective/ }).tap();
    await t.getByRole('heading', { level: 2, name: 'Objective' }).waitFor();
    await t.getByRole('button', { name: /Subjective/ }).tap();
    await t.getByRole('heading', { level: 2, name: 'Subjective' }).waitFor();
    expect(await t.getByLabel('In the client’s words').inputValue()).toBe(
      'right temple, right posterolateral neck and right shoulder top',
    );
    await t.getByText('3 regions drawn.').waitFor();
    expect(
      await t
        .getByRole('group', { name: 'Pain now' })
        .getByRole('button', { name: 'Pain now: 6' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await t.getByRole('button', { name: 'Save subjective' }).tap();
    await t.getByRole('heading', { level: 2, name: 'Subjective' }).waitFor();
    // NPRS as an outcome entry, scored live
    await t.getByRole('group', { name: 'NPRS rating' }).getByRole('button', { name: 'NPRS rating: 6' }).tap();
    await t.getByText(/^Score 6 on 0–10; 1 of 1 answered/).waitFor();
    await t.getByRole('button', { name: 'Record NPRS' }).tap();
    await t.getByText('NPRS 6', { exact: true }).waitFor();
    // the Neck Disability Index section by section, driving left out: scored over the nine answered
    await t.getByRole('combobox', { name: 'Measure' }).selectOption('ndi');
    const ndi = [2, 1, 1, 2, 1, 1, 1, null, 0, 2];
    const topics = [
      'Pain intensity',
      'Personal care',
      'Lifting',
      'Reading',
      'Headaches',
      'Concentration',
      'Work',
      'Driving',
      'Sleeping',
      'Recreation',
    ];
    for (const [i, answer] of ndi.entries())
      if (answer !== null)
        await t
          .getByRole('group', { name: `${i + 1}. ${topics[i]}` })
          .getByRole('radio')
          .nth(answer)
          .tap();
    await t.getByText(/^Score 12.2 on 0–50 \(24.4 %\); 9 of 10 answered/).waitFor();
    const answerRow = await t
      .getByRole('group', { name: '1. Pain intensity' })
      .locator('label')
      .first()
      .boundingBox();
    expect(answerRow?.height ?? 0).toBeGreaterThanOrEqual(44);
    await t.screenshot({ path: screenshotPath('session-ndi-768'), fullPage: true });
    expect(await seriousViolations(t, '.outcomes')).toEqual([]);
    await t.getByRole('button', { name: 'Record NDI' }).tap();
    await t.getByText('NDI 12.2', { exact: true }).waitFor();
    await t.getByText(/of 50 \(24.4 %\) · 9 of 10 answered/).waitFor();

    // objective: a restricted, painful movement and posture
    await t.getByRole('button', { name: /Objective/ }).tap();
    await t.getByRole('heading', { level: 2, name: 'Objective' }).waitFor();
    await t.getByRole('combobox', { name: /^Movement/ }).selectOption('cervical.rotation');
    await t.getByRole('combobox', { name: /^Side/ }).selectOption('r');
    await t.getByLabel('Degrees or full / limited / painful').fill('50');
    await t.getByLabel('painful', { exact: true }).tap();
    await t.getByRole('button', { name: 'Add movement' }).tap();
    await t.getByText(/turning the head \(right\) 50°, painful/).waitFor();
    // the reference is the one band for Zoë's age on the visit's day (not every age band), whatever year it runs
    const band = t.getByText(/typical \d+–\d+° \(context only\)/);
    await band.first().waitFor();
    expect(await band.count()).toBe(1);
    // posture: forward head tapped on the side view of the figure ticks the list; the list's right
    // elevated shoulder shows on the figure (one state behind both)
    const forwardHead = t.locator('[data-mark="forward-head"]');
    const mark = await forwardHead.boundingBox();
    expect(mark?.width ?? 0).toBeGreaterThanOrEqual(44);
    expect(mark?.height ?? 0).toBeGreaterThanOrEqual(44);
    await forwardHead.tap();
    await expect.poll(() => t.getByLabel('forward head', { exact: true }).isChecked()).toBe(true);
    await t.getByLabel('elevated shoulder (right)', { exact: true }).tap();
    expect(await t.locator('[data-mark="elevated-shoulder-r"]').getAttribute('data-marked')).toBe('true');
    expect(await t.locator('[data-mark="elevated-shoulder-l"]').getAttribute('data-marked')).toBe('false');
    await t
      .getByRole('img', { name: /Posture figure: forward head, elevated shoulder \(right\) marked/ })
      .waitFor();
    await t.locator('.posture-figure').screenshot({ path: screenshotPath('session-posture-figure-768') });
    expect(await seriousViolations(t, '.posture-figure')).toEqual([]);
    // unsaved objective edits (the movement, the posture) survive a switch to another part and back
    await t.getByRole('button', { name: /Assessment/ }).tap();
    await t.getByRole('heading', { level: 2, name: 'Assessment' }).waitFor();
    await t.getByRole('button', { name: /Objective/ }).tap();
    await t.getByText(/turning the head \(right\) 50°, painful/).waitFor();
    expect(await t.getByLabel('elevated shoulder (right)', { exact: true }).isChecked()).toBe(true);
    await t.getByRole('button', { name: 'Save objective' }).tap();
    await t.getByRole('heading', { level: 2, name: 'Objective' }).waitFor();
    await expect.poll(() => t.getByLabel('forward head', { exact: true }).isChecked()).toBe(true);

    // palpation 1: upper trapezius TrP1, classified active by the rule
    await t
      .getByRole('combobox', { name: /^Trigger point/ })
      .selectOption({ label: 'Upper trapezius TrP1 (right)' });
    await tick(t, [
      'Taut band',
      'Spot tenderness',
      'Spot inside the band',
      'Referred sensation reproduced',
      'Familiar pain recognised',
    ]);
    await t.getByText(/Rule trp-rule-v1: active trigger point/).waitFor();
    await t.screenshot({ path: screenshotPath('session-palpation-active-768'), fullPage: true });
    await t.getByRole('button', { name: 'Save finding' }).tap();
    await t.getByRole('heading', { level: 2, name: 'Objective' }).waitFor();
    // palpation 2: levator scapulae TrP1, the rule says possible, the therapist records general tension with a reason
    await t
      .getByRole('combobox', { name: /^Trigger point/ })
      .selectOption({ label: 'Levator scapulae TrP1 (right)' });
    await tick(t, ['Taut band', 'Spot tenderness', 'Spot inside the band']);
    await t.getByText(/Rule trp-rule-v1: possible trigger point/).waitFor();
    await t.getByRole('combobox', { name: /^Override/ }).selectOption('general-tension');
    await t
      .getByLabel('Reason for the override')
      .fill('diffuse firmness along the muscle; the spot did not stay put');
    await t.screenshot({ path: screenshotPath('session-palpation-override-768'), fullPage: true });
    await t.getByRole('button', { name: 'Save finding' }).tap();
    await t.getByRole('heading', { level: 2, name: 'Objective' }).waitFor();

    // assessment: the finder's candidates with the palpated ones marked
    await t.getByRole('button', { name: /Assessment/ }).tap();
    await t.getByText('palpated: active trigger point').waitFor();
    await t.getByText(/your override; rule trp-rule-v1 said possible trigger point/).waitFor();
    await t.screenshot({ path: screenshotPath('session-assessment-768'), fullPage: true });

    // plan: the guided hold with two rating taps and "referral reduced"
    await t.getByRole('button', { name: /Plan & hold/ }).tap();
    await t.getByText(/Keep the rating at 5\/10 or below/).waitFor();
    await t.getByRole('button', { name: 'Start hold' }).tap();
    const rating = t.getByRole('group', { name: 'Rating now' });
    await rating.getByRole('button', { name: 'Rating now: 6' }).tap();
    // 6 is above the clinic's 5/10: the hold asks to ease off
    await t.getByRole('alert').filter({ hasText: 'Above 5/10: ease off the pressure.' }).waitFor();
    await t.waitForTimeout(1200);
    await rating.getByRole('button', { name: 'Rating now: 4' }).tap();
    await expect
      .poll(() => rating.getByRole('button', { name: 'Rating now: 4' }).getAttribute('aria-pressed'))
      .toBe('true');
    const box = await rating.getByRole('button', { name: 'Rating now: 4' }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
    await t.screenshot({ path: screenshotPath('session-hold-running-768') });
    await t.getByRole('button', { name: 'Referral reduced' }).tap();
    await t.getByText(/Upper trapezius: \d+ s, peak 6\/10, referral reduced/).waitFor();
    await t.screenshot({ path: screenshotPath('session-hold-logged-768'), fullPage: true });
    // self-care chosen from the atlas for the treated muscle, saved with the plan
    await t.getByRole('checkbox', { name: /^Upper trapezius stretch:/ }).check();
    await t.getByRole('button', { name: 'Save plan' }).tap();
    // a save reloads the visit and remounts the part from what the server stored
    await expect
      .poll(() => t.getByRole('checkbox', { name: /^Upper trapezius stretch:/ }).isChecked())
      .toBe(true);
    await t.getByRole('checkbox', { name: /^Upper trapezius self-pressure:/ }).waitFor();
    // an unsaved edit in the plan survives a switch to another part and back
    await t.getByLabel('Next time, re-check').fill('rotation and the levator scapulae');
    await t.getByRole('button', { name: /Assessment/ }).tap();
    await t.getByRole('button', { name: /Plan & hold/ }).tap();
    expect(await t.getByLabel('Next time, re-check').inputValue()).toBe('rotation and the levator scapulae');
    await t.getByRole('button', { name: 'Save plan' }).tap();
    await expect
      .poll(() => t.getByLabel('Next time, re-check').inputValue())
      .toBe('rotation and the levator scapulae');

    // re-test after treatment
    await t.getByRole('button', { name: /Objective/ }).tap();
    await t.getByRole('combobox', { name: /^When/ }).first().selectOption('post');
    await t.getByLabel('Degrees or full / limited / painful').fill('62');
    await t.getByRole('button', { name: 'Add movement' }).tap();
    await t.getByText(/turning the head \(right\) 62°.*before 50°/).waitFor();
    await t.getByRole('button', { name: 'Save objective' }).tap();
    await t.getByRole('heading', { level: 2, name: 'Objective' }).waitFor();

    // the note: drafted from the visit, signed, then an addendum
    await t.getByRole('button', { name: /Note/ }).tap();
    await t.getByRole('button', { name: 'Draft from the visit' }).tap();
    await expect
      .poll(() => t.getByLabel('A: Assessment').inputValue())
      .toContain('consistent with an active trigger point');
    expect(await t.getByLabel('P: Plan').inputValue()).toContain('peak rating 6/10 (clinic limit 5/10)');
    expect(await t.getByLabel('P: Plan').inputValue()).toContain('referral reduced');
    expect(await t.getByLabel('P: Plan').inputValue()).toContain('Self-care: Upper trapezius stretch:');
    expect(await t.getByLabel('P: Plan').inputValue()).toContain(
      'Next time: rotation and the levator scapulae.',
    );
    expect(await t.getByLabel('P: Plan').inputValue()).toContain(
      'Re-test after treatment: turning the head (right) 62°',
    );
    expect(await t.getByLabel('S: Subjective').inputValue()).toContain('Red-flag re-screen: nothing new');
    expect(await t.getByLabel('S: Subjective').inputValue()).toContain('NPRS 6 on 0–10');
    await t.screenshot({ path: screenshotPath('session-note-draft-768'), fullPage: true });
    await t.getByRole('button', { name: 'Sign note' }).tap();
    await t.getByText(/Signed .* locked/).waitFor();
    await t.getByLabel('Add a correction').fill('PPT was not taken today; the client was short of time.');
    await t.getByRole('button', { name: 'Add addendum' }).tap();
    await t.getByText('PPT was not taken today; the client was short of time.').waitFor();
    await t.screenshot({ path: screenshotPath('session-note-signed-768'), fullPage: true });

    // the timeline shows the signed visit; the today list has nothing awaiting signature
    await t.getByRole('link', { name: 'Timeline' }).tap();
    await t.getByText('· signed').waitFor();
    await t.getByText('Treated: Upper trapezius').waitFor();
    await t.screenshot({ path: screenshotPath('session-timeline-768'), fullPage: true });
    await t.goto(`${url}/visits/today`);
    await t.getByRole('heading', { level: 2, name: 'Notes awaiting signature' }).waitFor();
    await t.screenshot({ path: screenshotPath('session-today-768'), fullPage: true });
    await tablet.close();
  }, 240_000);

  it('keyboard alone at 1280 px: sign in, open today’s visit, move between the parts; the next visit’s NDI shows its change beside the MCID', async () => {
    const url = journey().server.url;
    const desk = await journey().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const d = await desk.newPage();
    d.setDefaultTimeout(40_000);
    await d.goto(`${url}/login`);
    await d.getByLabel('Email').focus();
    await d.keyboard.type('olive@harbour.example');
    await d.keyboard.press('Tab');
    await d.keyboard.type('harbour lantern quietly 42');
    await d.keyboard.press('Enter');
    await d
      .getByRole('link', { name: 'Sign out' })
      .or(d.getByRole('button', { name: 'Sign out' }))
      .waitFor();
    // the owner's account page links the clinic settings
    await d.goto(`${url}/account`);
    await d.screenshot({ path: screenshotPath('account-owner-1280'), fullPage: true });
    await d.getByRole('link', { name: 'Clinic settings', exact: true }).click();
    await d.getByText('Last changed', { exact: false }).waitFor();
    expect(await d.getByLabel('Highest rating during a hold (out of 10)').inputValue()).toBe('5');
    await d.screenshot({ path: screenshotPath('clinic-settings-1280'), fullPage: true });
    await d.goto(`${url}/visits/today`);
    await d.getByRole('heading', { level: 2, name: /Visits today/ }).waitFor();
    await tabTo(d, /Zoë Ó Briain/);
    await d.keyboard.press('Enter');
    await d.getByRole('heading', { level: 2, name: 'Subjective' }).waitFor();
    await tabTo(d, /Objective/);
    await d.keyboard.press('Enter');
    await d
      .getByRole('img', { name: /Posture figure: forward head, elevated shoulder \(right\) marked/ })
      .waitFor();
    await d.screenshot({ path: screenshotPath('session-objective-1280'), fullPage: true });
    await tabTo(d, /Assessment/);
    await d.keyboard.press('Enter');
    await d.getByText('palpated: active trigger point').waitFor();
    await d.screenshot({ path: screenshotPath('session-assessment-1280'), fullPage: true });
    await tabTo(d, /^\s*N Note|Note$/);
    await d.keyboard.press('Enter');
    await d.getByText(/Signed .* locked/).waitFor();
    await d.screenshot({ path: screenshotPath('session-note-1280'), fullPage: true });
    // the next visit: the NDI again, its change since the previous visit shown beside the MCID
    await d.getByRole('link', { name: 'Timeline' }).click();
    await d.getByRole('button', { name: /from the last visit/i }).click();
    await d.getByRole('heading', { level: 2, name: 'Subjective' }).waitFor();
    await d.getByRole('combobox', { name: 'Measure' }).selectOption('ndi');
    for (const [i, answer] of [0, 0, 1, 1, 0, 0, 0, null, 0, 0].entries())
      if (answer !== null)
        await d
          .getByRole('group', { name: new RegExp(`^${i + 1}\\. `) })
          .getByRole('radio')
          .nth(answer)
          .check();
    await d.getByText(/^Score 2.2 on 0–50/).waitFor();
    await d.getByRole('button', { name: 'Record NDI' }).click();
    await d
      .getByText(
        /Since the previous visit: -10 \(from 12.2\), a meaningful change\. Meaningful change \(MCID\) ≥ 10 points/,
      )
      .waitFor();
    await d.screenshot({ path: screenshotPath('session-outcomes-change-1280'), fullPage: true });
    // the client's own activities (PSFS): three named and rated, the mean scored live
    await d.getByRole('combobox', { name: 'Measure' }).selectOption('psfs');
    for (const [i, [activity, rating]] of [
      ['turning to reverse the car', '3'],
      ['an hour of laptop work', '5'],
      ['carrying the shopping', '6'],
    ].entries()) {
      await d.getByLabel(`Activity ${i + 1}`, { exact: true }).fill(activity ?? '');
      await d.getByLabel(`Activity ${i + 1} rating (0–10)`, { exact: true }).selectOption(rating ?? '');
    }
    await d.getByText(/^Score 4.7 on 0–10; 3 of 3 answered/).waitFor();
    await d.getByRole('button', { name: 'Record PSFS' }).click();
    await d
      .getByText(/turning to reverse the car 3, an hour of laptop work 5, carrying the shopping 6/)
      .waitFor();
    await d.screenshot({ path: screenshotPath('session-psfs-1280'), fullPage: true });
    await desk.close();
  }, 240_000);
});
