import type { Locator, Page } from 'playwright-core';

/** The atlas search page (/atlas). */
export class AtlasSearchPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/atlas`);
    await this.searchBox().waitFor();
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search muscles' });
  }

  async search(query: string): Promise<void> {
    await this.searchBox().fill(query);
    await this.page
      .getByText(/muscles? match/)
      .first()
      .waitFor();
  }

  /** Names of the results, in order. */
  resultNames(): Promise<string[]> {
    return this.page.locator('a.muscle-result .muscle-result-name').allInnerTexts();
  }

  async openResult(name: string): Promise<void> {
    await this.page.locator('a.muscle-result', { hasText: name }).first().click();
  }
}

/** One muscle's page (/atlas/muscles/:id). */
export class MusclePage {
  constructor(readonly page: Page) {}

  async waitFor(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  private map(): Locator {
    return this.page.locator('.muscle-map');
  }

  markers(): Locator {
    return this.map().locator('.tp-marker');
  }

  /** Numbers drawn in the map's trigger point markers, in document order. */
  markerNumbers(): Promise<string[]> {
    return this.map()
      .locator('.tp-marker.numbered')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tp-number') ?? ''));
  }

  /** Shows every trigger point on the map instead of one. */
  async showAllTriggerPoints(): Promise<void> {
    await this.map().getByRole('button', { name: 'All trigger points' }).click();
  }

  zones(zone: 'essential' | 'spillover'): Locator {
    return this.map().locator(`.zone-${zone}`);
  }

  triggerPoints(): Locator {
    return this.page.locator('#trigger-points .tp-card');
  }

  async chooseSide(side: 'right' | 'left'): Promise<void> {
    await this.page.getByRole('button', { name: `Client’s ${side}` }).click();
  }

  async chooseView(name: string): Promise<void> {
    await this.map()
      .getByRole('tab', { name: new RegExp(`^${name}\\b`) })
      .click();
  }

  /** Waits until the map shows the pattern on the client's right or left. */
  async waitForSide(side: 'right' | 'left'): Promise<void> {
    await this.map().locator(`svg.body-map[aria-label*="client's ${side}"]`).waitFor();
  }

  mapLabel(): Promise<string | null> {
    return this.map().locator('svg.body-map').getAttribute('aria-label');
  }
}

/** The Regions page (/regions) with its body map and region card. */
export class RegionsPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/regions`);
    await this.page.getByRole('heading', { level: 1, name: 'Body regions' }).waitFor();
  }

  async chooseView(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  async tapRegion(regionId: string): Promise<void> {
    await this.page.locator(`[data-region="${regionId}"] path.region-base`).click();
  }

  async followWhatRefersHere(): Promise<void> {
    await this.page.getByRole('link', { name: 'What refers here →' }).click();
  }
}

/** "What refers here" (/atlas/regions/:id). */
export class WhatRefersHerePage {
  constructor(readonly page: Page) {}

  async waitFor(regionName: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'What refers here' }).waitFor();
    await this.page.getByRole('heading', { level: 2, name: regionName }).waitFor();
  }

  /** The ranked list items. */
  entries(): Locator {
    return this.page.locator('.guide-list > .guide-item');
  }

  async tapRegion(regionId: string): Promise<void> {
    await this.page.locator(`.map-card [data-region="${regionId}"] path.region-base`).click();
  }
}
