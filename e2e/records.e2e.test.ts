import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedClinicStaff, STAFF_PASSWORD } from '../packages/server/src/testing/accounts.test-helper.ts';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const enabled = chromiumAvailable();

/** Accessibility violations axe-core finds on the page (WCAG 2.1 A and AA rules), as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe.runIf(enabled)('journey: a therapist adds a client and completes the intake screen', () => {
  const journey = useJourney();

  it('setup, invite, therapist adds a client, intake with one red flag "no" and one caution "yes", clearance, sign out; another clinic reaches none of it', async () => {
    const url = journey().server.url;

    // first run: the owner sets up the clinic and invites a therapist
    const owner = await journey().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await owner.newPage();
    await page.goto(`${url}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Set up Myomap' }).waitFor();
    await page.getByLabel('Clinic name').fill('Harbourside Massage Clinic');
    await page.getByLabel('Your name').fill('Olive Owner');
    await page.getByLabel('Email').fill('olive@harbour.example');
    await page.getByLabel('Password', { exact: true }).fill('harbour lantern quietly 42');
    await page.getByRole('button', { name: 'Create clinic' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await page.getByLabel('Their email').fill('theo@harbour.example');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.getByLabel('Invite link').inputValue();

    // the therapist joins on a 768 px touch tablet
    const tablet = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
    });
    const t = await tablet.newPage();
    await t.goto(link);
    await t.getByLabel('Your name').fill('Theo Therapist');
    await t.getByLabel('Password', { exact: true }).fill('violet harbour kettle 88');
    await t.getByLabel('Password again').fill('violet harbour kettle 88');
    await t.getByRole('button', { name: 'Join' }).tap();
    await t.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await t.getByText('No clients yet.').waitFor();

    // adds a client: errors next to the fields first
    await t.getByRole('link', { name: 'Add client' }).tap();
    await t.getByRole('heading', { level: 1, name: 'Add client' }).waitFor();
    await t.getByLabel('Email').fill('zoe@');
    await t.getByRole('button', { name: 'Add client' }).tap();
    await t.getByText('Enter the client’s first name').waitFor();
    await t.getByText('This does not look like an email address').waitFor();
    expect(await t.getByLabel('First name').getAttribute('aria-invalid')).toBe('true');
    await t.screenshot({ path: screenshotPath('records-client-form-errors-768'), fullPage: true });
    await t.getByLabel('First name').fill('Zoë');
    await t.getByLabel('Family name').fill('Ó Briain');
    await t.getByLabel('Pronouns (optional)').fill('she/her');
    await t.getByLabel('Date of birth').fill('1988-04-12');
    await t.getByLabel('Phone').first().fill('07700 900123');
    await t.getByLabel('Email').fill('zoe.obriain@example.org');
    await t.getByRole('group', { name: 'Emergency contact' }).getByLabel('Name').fill('Cian Ó Briain');
    await t.getByRole('group', { name: 'Emergency contact' }).getByLabel('Phone').fill('07700 900124');
    await t.getByRole('button', { name: 'Add client' }).tap();
    await t.getByRole('heading', { level: 1, name: 'Zoë Ó Briain' }).waitFor();
    const clientUrl = t.url();
    const clientId = clientUrl.split('/').at(-1) ?? '';
    await t.getByText('No consent recorded yet.').waitFor();
    await t.getByRole('button', { name: 'Record consent' }).tap();
    await t.getByText(/Consent given on/).waitFor();
    await t.getByText('No intake yet.').waitFor();
    await t.screenshot({ path: screenshotPath('records-client-page-768'), fullPage: true });

    // intake: the chest-pain red flag answered "no", the blood-thinner caution answered "yes"
    await t.getByRole('link', { name: 'Intake and screen', exact: true }).tap();
    await t.getByRole('heading', { level: 1, name: 'Intake and screen' }).waitFor();
    await t.getByRole('heading', { name: 'When trigger point therapy is most useful' }).waitFor();
    const chest = t.getByRole('radiogroup', { name: /chest pain or pressure now/ });
    await chest.getByLabel('No').tap();
    const thinners = t.getByRole('radiogroup', { name: /blood thinners/ });
    await thinners.getByLabel('Yes').tap();
    await t.getByRole('button', { name: 'Save intake' }).tap();
    await t.getByText('Intake saved.').waitFor();
    await t.getByText('Trigger point work is blocked until a clearance is recorded.').waitFor();
    const finding = t.locator('.finding').first();
    await expect.poll(() => finding.textContent()).toMatch(/Local contraindication or caution/);
    await expect.poll(() => finding.textContent()).toMatch(/No firm or deep pressure/);
    expect(await t.locator('.finding').count()).toBe(1); // the "no" raised nothing
    await t.screenshot({ path: screenshotPath('records-intake-caution-768'), fullPage: true });
    expect(await axeViolations(t)).toEqual([]);

    // records the clearance in the dialog
    await t.getByRole('button', { name: 'Record clearance' }).tap();
    const dialog = t.getByRole('dialog', { name: 'Record clearance' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Save clearance' }).tap();
    await dialog.getByText('Name who gave the clearance').waitFor();
    await dialog
      .getByLabel('Reason treatment may go ahead')
      .fill('GP letter: INR stable, firm pressure is fine');
    await dialog.getByLabel('Cleared by (physician or clinician)').fill('Dr Amina Ahmed (GP)');
    await t.screenshot({ path: screenshotPath('records-clearance-dialog-768') });
    await dialog.getByRole('button', { name: 'Save clearance' }).tap();
    await t.getByText('Cleared: a clearance is on record.').waitFor();
    await t.getByText('Trigger point work may go ahead with the cautions below.').waitFor();
    await t.screenshot({ path: screenshotPath('records-intake-cleared-768'), fullPage: true });

    // keyboard alone at the desktop: find the client by typing and open her page
    const desk = await journey().browser.newContext({ viewport: { width: 1280, height: 900 } });
    await desk.addCookies(await tablet.cookies());
    const d = await desk.newPage();
    await d.goto(`${url}/clients`);
    await d.getByLabel('Search clients').focus();
    await d.keyboard.type('zoe obr');
    await d.getByRole('link', { name: 'Ó Briain, Zoë' }).waitFor();
    await d.screenshot({ path: screenshotPath('records-client-list-1280'), fullPage: true });
    expect(await axeViolations(d)).toEqual([]);
    await d.keyboard.press('Tab'); // status select
    await d.keyboard.press('Tab'); // the first result
    await d.keyboard.press('Enter');
    await d.getByRole('heading', { level: 1, name: 'Zoë Ó Briain' }).waitFor();
    await d.getByText(/Local contraindication or caution/).waitFor();
    await d.screenshot({ path: screenshotPath('records-client-page-1280'), fullPage: true });
    expect(await axeViolations(d)).toEqual([]);
    await d.goto(`${clientUrl}/intake`);
    await d.getByRole('heading', { level: 1, name: 'Intake and screen' }).waitFor();
    await d.screenshot({ path: screenshotPath('records-intake-1280'), fullPage: true });
    await desk.close();

    // the therapist signs out
    await t.getByRole('button', { name: 'Sign out' }).tap();
    await t.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await t.goto(clientUrl);
    await t.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // a second clinic's user reaches none of it, by page or by API
    await seedClinicStaff(journey().server.store, 'Northgate Sports Therapy', 'northgate');
    const other = await journey().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const o = await other.newPage();
    await o.goto(`${url}/login`);
    await o.getByLabel('Email').fill('owner@northgate.example');
    await o.getByLabel('Password').fill(STAFF_PASSWORD);
    await o.getByRole('button', { name: 'Sign in' }).click();
    await o.getByRole('button', { name: 'Sign out' }).waitFor();
    await o.goto(`${url}/clients`);
    await o.getByText('No clients yet.').waitFor();
    await o.getByLabel('Search clients').fill('zoe');
    await o.getByText('No client matches “zoe”.').waitFor();
    await o.goto(`${url}/clients/${clientId}`);
    await o.getByText('The client was not found').waitFor();
    await o.screenshot({ path: screenshotPath('records-other-clinic-1280'), fullPage: true });
    const statuses = await o.evaluate(async (id) => {
      const csrf = /(?:^|;\s*)myomap_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const call = async (method: string, path: string, body?: unknown) =>
        (
          await fetch(path, {
            method,
            headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          })
        ).status;
      return [
        await call('GET', `/api/clients/${id}`),
        await call('GET', `/api/clients/${id}/intake`),
        await call('PUT', `/api/clients/${id}`, { givenName: 'X', familyName: 'Y', version: 1 }),
        await call('POST', `/api/clients/${id}/archive`, { version: 1 }),
        await call('POST', `/api/clients/${id}/consents`, {
          consentedOn: '2026-03-02',
          consentTextVersion: 'v1',
        }),
        await call('POST', `/api/clients/${id}/clearances`, {
          questionId: 'pregnant',
          reason: 'x',
          clearedOn: '2026-03-02',
          clearedBy: 'x',
        }),
      ];
    }, clientId);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
    await owner.close();
    await tablet.close();
    await other.close();
  }, 180_000);
});
