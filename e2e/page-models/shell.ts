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

  async databaseBadge(): Promise<string> {
    const badge = this.page.locator('.db-badge');
    await badge.filter({ hasText: 'schema' }).waitFor();
    return badge.innerText();
  }
}
