import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, screenshotPath } from './support/browser.ts';
import { useJourney } from './support/journey.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('journey: first-run setup, invite, sign in, sign out', () => {
  const journey = useJourney();

  it('sets up the clinic, invites a therapist who joins and signs in; errors show next to fields', async () => {
    const url = journey().server.url;
    const owner = await journey().browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await owner.newPage();
    await page.goto(`${url}/clients`);
    await page.getByRole('heading', { level: 1, name: 'Set up Myomap' }).waitFor();

    // page-side and server-side field errors, each next to its field
    await page.getByLabel('Clinic name').fill('Harbourside Massage Clinic');
    await page.getByLabel('Your name').fill('Olive Owner');
    await page.getByLabel('Email').fill('olive@harbour');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create clinic' }).click();
    await page.getByText('Enter an email address like name@example.com').waitFor();
    await page.getByText('Use at least 8 characters').waitFor();
    await page.screenshot({ path: screenshotPath('accounts-setup-errors-1280'), fullPage: true });
    await page.getByLabel('Email').fill('olive@harbour.example');
    await page.getByLabel('Password', { exact: true }).fill('password123');
    await page.getByRole('button', { name: 'Create clinic' }).click();
    await page.getByText(/too common or too easy to guess/).waitFor();
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Password', { exact: true }).fill('harbour lantern quietly 42');
    await page.getByRole('button', { name: 'Create clinic' }).click();

    await page.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await page.getByLabel('Their email').fill('theo@harbour.example');
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const link = await page.getByLabel('Invite link').inputValue();
    expect(link).toMatch(/\/invite#[A-Za-z0-9_-]{43}$/);
    await page.screenshot({ path: screenshotPath('accounts-staff-1280'), fullPage: true });

    // the therapist, on a tablet
    const tablet = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
    });
    const t = await tablet.newPage();
    await t.goto(link);
    await t.getByRole('heading', { level: 1, name: 'Join your clinic' }).waitFor();
    await t.getByLabel('Your name').fill('Theo Therapist');
    await t.getByLabel('Password', { exact: true }).fill('violet harbour kettle 88');
    await t.getByLabel('Password again').fill('violet harbour kettle 89');
    await t.getByRole('button', { name: 'Join' }).tap();
    await t.getByText('Does not match the password above').waitFor();
    await t.screenshot({ path: screenshotPath('accounts-invite-768'), fullPage: true });
    await t.getByLabel('Password again').fill('violet harbour kettle 88');
    await t.getByRole('button', { name: 'Join' }).tap();
    await t.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(t.url()).toMatch(/\/clients$/);
    await t.getByRole('button', { name: 'Sign out' }).tap();
    await t.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    // sign in again by keyboard alone
    await t.getByLabel('Email').focus();
    await t.keyboard.type('theo@harbour.example');
    await t.keyboard.press('Tab');
    await t.keyboard.type('wrong password here 1');
    await t.keyboard.press('Enter');
    await t.getByText('Email or password is wrong').waitFor();
    await t.screenshot({ path: screenshotPath('accounts-login-error-768'), fullPage: true });
    await t.getByLabel('Password').fill('');
    await t.getByLabel('Password').focus();
    await t.keyboard.type('violet harbour kettle 88');
    await t.keyboard.press('Enter');
    await t.getByRole('button', { name: 'Sign out' }).waitFor();
    // a therapist has no Staff or Audit pages
    expect(await t.getByRole('link', { name: 'Audit' }).count()).toBe(0);
    await t.goto(`${url}/audit`);
    await t.getByText(/does not open this page/).waitFor();

    // the owner sees it all in the audit log
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByText(/Chain intact/).waitFor();
    const actions = await page.locator('tbody td:nth-child(4)').allTextContents();
    expect(actions).toEqual(
      expect.arrayContaining(['setup', 'users.invite', 'users.invite-accept', 'auth.logout', 'auth.login']),
    );
    await page.screenshot({ path: screenshotPath('accounts-audit-1280'), fullPage: true });
    const ownerTablet = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
    });
    await ownerTablet.addCookies(await owner.cookies());
    const ot = await ownerTablet.newPage();
    await ot.goto(`${url}/users`);
    await ot.getByRole('heading', { level: 1, name: 'Staff' }).waitFor();
    await ot.screenshot({ path: screenshotPath('accounts-staff-768'), fullPage: true });
    await ot.goto(`${url}/audit`);
    await ot.getByText(/Chain intact/).waitFor();
    await ot.screenshot({ path: screenshotPath('accounts-audit-768'), fullPage: true });
    await owner.close();
    await tablet.close();
    await ownerTablet.close();
  }, 120_000);

  it('the owner turns on a second factor and then signs in with a code', async () => {
    const url = journey().server.url;
    const context = await journey().browser.newContext({
      viewport: { width: 768, height: 1024 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto(`${url}/login`);
    await page.getByLabel('Email').fill('olive@harbour.example');
    await page.getByLabel('Password').fill('harbour lantern quietly 42');
    await page.getByRole('button', { name: 'Sign in' }).tap();
    await page.getByRole('link', { name: /your account/ }).tap();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByRole('button', { name: 'Turn on a second factor' }).tap();
    const secret = (await page.getByLabel('Setup key').innerText()).replace(/\s+/g, '');
    await page.getByLabel('Code from the app').fill('12345');
    await page.getByRole('button', { name: 'Confirm and turn on' }).tap();
    await page.getByText('Enter the 6 digits the app shows').waitFor();
    await page.screenshot({ path: screenshotPath('accounts-totp-setup-768'), fullPage: true });
    await page.getByLabel('Code from the app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Confirm and turn on' }).tap();
    await page.getByText(/Second factor on/).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill('olive@harbour.example');
    await page.getByLabel('Password').fill('harbour lantern quietly 42');
    await page.getByRole('button', { name: 'Sign in' }).tap();
    await page.getByLabel('Code from your authenticator app').waitFor();
    await page.screenshot({ path: screenshotPath('accounts-login-code-768'), fullPage: true });
    // the code that turned it on is spent; the next step's code is within the allowed drift
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    await page.getByLabel('Code from your authenticator app').fill(next);
    await page.getByRole('button', { name: 'Sign in' }).tap();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await context.close();
  }, 120_000);
});
