import type { Page } from 'playwright-core';

/** The app shell: main navigation and page title. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, path = '/'): Promise<void> {
    await this.page.goto(`${baseUrl}${path}`);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  async navigate(label: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: label, exact: true })
      .click();
  }

  heading(): Promise<string> {
    return this.page.getByRole('heading', { level: 1 }).innerText();
  }

  /** The About page's facts about this installation (version, database, schema), as text. */
  async aboutFacts(): Promise<string> {
    await this.page.getByRole('link', { name: 'About', exact: true }).click();
    const facts = this.page.locator('.about-page dl');
    await facts.filter({ hasText: 'Database schema' }).waitFor();
    return facts.innerText();
  }
}
