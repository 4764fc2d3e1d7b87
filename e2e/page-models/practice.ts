import type { Locator, Page } from 'playwright-core';
import { loadAtlas } from '@myomap/atlas';
import {
  CARD_TYPES,
  practiceCards,
  tellApartCardById,
  type CardType,
  type PracticeCard,
} from '@myomap/engine';

const atlas = loadAtlas();
const cards = new Map(practiceCards(atlas).map((c) => [c.id, c]));

/** How the journey acts on the page: keyboard only, or touch taps (a tablet). */
export type InputMode = 'keyboard' | 'touch';

/** The Practice page: pick a deck, answer the card shown by keyboard or touch, read feedback and progress. */
export class PracticePageModel {
  constructor(
    readonly page: Page,
    readonly mode: InputMode,
  ) {
    page.setDefaultTimeout(10_000);
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}/practice`);
    await this.page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    await this.cardElement().waitFor();
  }

  cardElement(): Locator {
    return this.page.locator('article.practice-card');
  }

  /** The card on screen, looked up in the same generated deck the page uses. */
  async card(): Promise<PracticeCard> {
    const id = await this.cardElement().getAttribute('data-card-id');
    // A tell-apart card may come from this learner's confusions rather than the generated deck.
    const card = cards.get(id ?? '') ?? tellApartCardById(atlas, id ?? '');
    if (card === undefined) throw new Error(`unknown card ${id}`);
    return card;
  }

  /** Chooses a deck of one card type (a select works the same by keyboard and touch). */
  async deckOfType(type: CardType): Promise<void> {
    await this.page.getByLabel('Card type').selectOption(type);
    await this.page.locator(`article.practice-card[data-card-type="${type}"]`).waitFor();
  }

  async press(locator: Locator): Promise<void> {
    if (this.mode === 'touch') await locator.tap();
    else {
      await locator.focus();
      await this.page.keyboard.press('Enter');
    }
  }

  /** Shows the map view that draws a region, trying the tabs in turn. */
  async showRegion(regionId: string): Promise<Locator> {
    const option = this.page.locator(`.practice-map [data-option="${regionId}"]`);
    if ((await option.count()) > 0) return option;
    const tabs = this.page.locator('.practice-map [role="tab"]');
    for (let i = 0; i < (await tabs.count()); i++) {
      await this.press(tabs.nth(i));
      if ((await option.count()) > 0) return option;
    }
    throw new Error(`no view draws ${regionId}`);
  }

  /** Paints or taps one region: a tap on touch, focus + Enter by keyboard. */
  async hitRegion(regionId: string): Promise<void> {
    const option = await this.showRegion(regionId);
    if (this.mode === 'touch') {
      const path = option.locator('path.region-base');
      await path.scrollIntoViewIfNeeded();
      const box = await path.boundingBox();
      if (box === null) throw new Error(`no box for ${regionId}`);
      const point = await this.page.evaluate((id) => {
        const p = document.querySelector<SVGPathElement>(
          `.practice-map [data-region="${id}"] path.region-base`,
        );
        const ctm = p?.getScreenCTM();
        if (p === null || p === undefined || ctm === null || ctm === undefined) return undefined;
        const b = p.getBBox();
        for (let i = 1; i < 20; i++)
          for (let j = 1; j < 20; j++) {
            const x = b.x + (b.width * (i % 2 === 0 ? 10 + i / 2 : 10 - (i + 1) / 2)) / 20;
            const y = b.y + (b.height * (j % 2 === 0 ? 10 + j / 2 : 10 - (j + 1) / 2)) / 20;
            const pt = new DOMPoint(x, y).matrixTransform(ctm);
            if (
              document.elementFromPoint(pt.x, pt.y)?.closest('[data-region]')?.getAttribute('data-region') ===
              id
            )
              return { x: pt.x, y: pt.y };
          }
        return undefined;
      }, regionId);
      if (point === undefined) throw new Error(`no tappable point in ${regionId}`);
      await this.page.touchscreen.tap(point.x, point.y);
    } else {
      await option.focus();
      await this.page.keyboard.press('Enter');
    }
  }

  async typeInto(field: Locator, text: string): Promise<void> {
    if (this.mode === 'touch') await field.tap();
    else await field.focus();
    await field.fill(text);
  }

  /** Answers the card on screen: rightly, or (for the named-answer cards) with a given wrong answer. */
  async answer(wrongMuscle?: string): Promise<PracticeCard> {
    const card = await this.card();
    const check = this.page.getByRole('button', { name: 'Check' });
    const name = (id: string): string => atlas.muscleById.get(id)?.name ?? id;
    switch (card.type) {
      case 'which-muscle':
        await this.typeInto(
          this.page.getByLabel('Muscle', { exact: true }),
          wrongMuscle ?? name(card.muscleId),
        );
        if (this.mode === 'touch') await check.tap();
        else await this.page.keyboard.press('Enter');
        break;
      case 'paint-pattern':
        for (const id of card.essential) await this.hitRegion(id);
        await this.press(check);
        break;
      case 'find-trigger-point':
        await this.hitRegion(card.locations[0] ?? '');
        await this.press(check);
        break;
      case 'read-drawing':
        for (const [i, id] of card.expected.entries())
          await this.typeInto(this.page.getByLabel(`Source ${i + 1}`), name(id));
        await this.press(check);
        break;
      case 'tell-apart':
        await this.press(
          this.page
            .getByRole('group', { name: 'Which muscle' })
            .getByRole('button', { name: name(card.muscleId) }),
        );
        break;
      case 'stop-or-go':
        await this.press(
          this.page
            .getByRole('group', { name: 'Decision' })
            .getByRole('button', { name: new RegExp(`^${card.expected}`, 'i') }),
        );
        break;
    }
    await this.page.locator('.practice-feedback').waitFor();
    return card;
  }

  async verdict(): Promise<string> {
    return (await this.page.locator('.practice-verdict').innerText()).replace(/\s+/g, ' ');
  }

  async next(): Promise<void> {
    const before = await this.cardElement().getAttribute('data-card-id');
    await this.press(this.page.getByRole('button', { name: 'Next card' }));
    await this.page.waitForFunction(
      (id) =>
        document.querySelector('article.practice-card .practice-feedback') === null ||
        document.querySelector('article.practice-card')?.getAttribute('data-card-id') !== id,
      before,
    );
  }

  async reviewedToday(): Promise<number> {
    return Number(await this.page.getByTestId('reviewed-today').innerText());
  }
}

/** Every card type, in the order the journey reviews them. */
export const JOURNEY_TYPES: readonly CardType[] = CARD_TYPES;
