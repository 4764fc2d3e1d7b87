import type { Locator, Page } from 'playwright-core';

/** The source finder page: paint, describe, add evidence, read the ranking. */
export class FinderPageModel {
  constructor(readonly page: Page) {
    page.setDefaultTimeout(10_000);
  }

  async open(baseUrl: string, query = ''): Promise<void> {
    await this.page.goto(`${baseUrl}/finder${query}`);
    await this.page.getByRole('heading', { level: 1, name: 'Source finder' }).waitFor();
    await this.map().waitFor();
  }

  /** The paintable body map. */
  map(): Locator {
    return this.page.locator('svg.finder-body-map');
  }

  /** Switches the map view by its tab label ("Face", "Head, right", "Teeth" …). */
  async showView(label: string, view: string): Promise<void> {
    await this.page
      .getByRole('tab', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .click();
    await this.page.locator(`svg.finder-body-map[data-view="${view}"]`).waitFor();
  }

  /** Paints a region with a real mouse click on a point inside its shape (not just its box centre). */
  async paintRegion(regionId: string): Promise<void> {
    const point = await this.regionPoint(regionId);
    await this.page.mouse.click(point.x, point.y);
    await this.page.locator(`[data-region-item="${regionId}"]`).waitFor();
  }

  /** Paints by dragging: press in the first region, move through the others, release in the last. */
  async dragPaint(regionIds: readonly string[]): Promise<void> {
    // Scroll once, for the first region; the others must not scroll the page under the stroke.
    const points: { x: number; y: number }[] = [];
    for (const [i, id] of regionIds.entries()) points.push(await this.regionPoint(id, i === 0));
    const [first, ...rest] = points;
    if (first === undefined) return;
    await this.page.mouse.move(first.x, first.y);
    await this.page.mouse.down();

    for (const p of rest) await this.page.mouse.move(p.x, p.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** A screen point inside a region's shape where that region is the topmost element. */
  async regionPoint(regionId: string, scroll = true): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(
      ([id, doScroll]) => {
        const path = document.querySelector<SVGPathElement>(`[data-region="${id}"] path.region-base`);
        if (path === null) return undefined;
        if (doScroll) path.scrollIntoView({ block: 'center' });
        const svg = path.ownerSVGElement;
        const ctm = path.getScreenCTM();
        if (svg === null || ctm === null) return undefined;
        const box = path.getBBox();
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const candidates: { x: number; y: number; d: number }[] = [];
        for (let i = 1; i < 20; i++)
          for (let j = 1; j < 20; j++) {
            const x = box.x + (box.width * i) / 20;
            const y = box.y + (box.height * j) / 20;
            candidates.push({ x, y, d: (x - cx) ** 2 + (y - cy) ** 2 });
          }
        candidates.sort((a, b) => a.d - b.d);
        for (const c of candidates) {
          const p = svg.createSVGPoint();
          p.x = c.x;
          p.y = c.y;
          if (!path.isPointInFill(p)) continue;
          const s = p.matrixTransform(ctm);
          const hit = document
            .elementFromPoint(s.x, s.y)
            ?.closest('[data-region]')
            ?.getAttribute('data-region');
          if (hit === id) return { x: s.x, y: s.y };
        }
        return undefined;
      },
      [regionId, scroll] as const,
    );
    if (point === undefined) throw new Error(`region ${regionId} is not clickable in the current view`);
    return point;
  }

  /** Region ids listed as painted. */
  paintedRegions(): Promise<string[]> {
    return this.page
      .locator('[data-region-item]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-region-item') ?? ''));
  }

  /** The ranked candidates as "muscle|side", best first. */
  ranked(): Promise<string[]> {
    return this.page
      .locator('.candidate-list article.candidate')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-muscle')}|${e.getAttribute('data-side')}`),
      );
  }

  /** The card of a ranked candidate. */
  candidate(muscle: string): Locator {
    return this.page.locator(`.candidate-list article.candidate[data-muscle="${muscle}"]`);
  }

  /** The 0–100 score shown for a ranked muscle. */
  async score(muscle: string): Promise<number> {
    return Number(await this.candidate(muscle).locator('.score-num').innerText());
  }

  /** Searches the evidence box and picks the option whose text matches. */
  async addEvidence(query: string, option: RegExp): Promise<void> {
    const box = this.page.getByRole('combobox', { name: 'Add evidence' });
    await box.fill(query);
    await this.page.getByRole('option', { name: option }).first().click();
  }

  /** Sets the side and finding of a movement chip by its label. */
  async setMovement(
    label: string,
    side: 'l' | 'r' | 'both',
    finding: 'restricted' | 'painful',
  ): Promise<void> {
    await this.page.getByRole('combobox', { name: `Side for ${label}` }).selectOption(side);
    await this.page.getByRole('combobox', { name: `Finding for ${label}` }).selectOption(finding);
  }

  /** Types a description into "Describe where it hurts", reads it (Enter) and paints the chips as read. */
  async describe(text: string): Promise<void> {
    await this.readDescription(text);
    const paint = this.page.getByRole('button', { name: /^Paint \d+ regions?$/ });
    if (await paint.isEnabled()) await paint.click();
  }

  /** Types a description and reads it (Enter): the phrase chips show, nothing is painted yet. */
  async readDescription(text: string): Promise<void> {
    const box = this.page.getByRole('textbox', { name: 'Describe where it hurts' });
    await box.fill(text);
    await box.press('Enter');
    await this.page
      .getByRole('list', { name: 'How the description was read' })
      .or(this.page.getByText('No body region recognised.'))
      .waitFor();
  }

  /** The phrase chips as "text → what it became" lines. */
  async phraseChips(): Promise<string[]> {
    const labels = this.page
      .getByRole('list', { name: 'How the description was read' })
      .locator('.chip-label');
    return (await labels.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** True when the stop notice stands above the ranked list (both shown). */
  async stopIsAboveList(): Promise<boolean> {
    const alertBox = await this.page.getByRole('alert').boundingBox();
    const listBox = await this.page.getByRole('list', { name: 'Ranked sources' }).boundingBox();
    return alertBox !== null && listBox !== null && alertBox.y < listBox.y;
  }

  /** Types what the client says into the red-flag screen's box (read once the typing settles). */
  async clientSays(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'What the client says' }).fill(text);
  }

  /** The signs read from the client's words as "“words” → sign" lines. */
  async signChips(): Promise<string[]> {
    const chips = this.page.locator('.sign-chips .chip-label');
    return (await chips.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** Durations (ms) of a performance measure recorded in the page. */
  measures(name: string): Promise<number[]> {
    return this.page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
  }
}
