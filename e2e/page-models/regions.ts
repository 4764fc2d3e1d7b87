import type { Page } from 'playwright-core';

/** The Regions page: view tabs, the body map and the search panel. */
export class RegionsPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, regionId?: string): Promise<void> {
    await this.page.goto(`${baseUrl}/regions${regionId === undefined ? '' : `/${regionId}`}`);
    await this.page.getByRole('heading', { level: 1, name: 'Body regions' }).waitFor();
  }

  async showView(label: string): Promise<void> {
    await this.page
      .getByRole('tablist', { name: 'Body map view' })
      .getByRole('tab', { name: label, exact: true })
      .click();
  }

  region(id: string): ReturnType<Page['locator']> {
    return this.page.locator(`svg.body-map [data-region="${id}"] path.region-base`);
  }

  async search(text: string): Promise<string[]> {
    await this.page.getByRole('searchbox', { name: 'Search regions' }).fill(text);
    return this.page.getByRole('list', { name: 'Matching regions' }).getByRole('button').allInnerTexts();
  }

  cardTitle(): Promise<string> {
    return this.page
      .locator('.region-card h2')
      .textContent()
      .then((t) => t ?? '');
  }
}
