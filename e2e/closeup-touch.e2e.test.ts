import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/browser.ts';
import { useJourney } from './support/journey.ts';
import { FinderPageModel } from './page-models/finder.ts';

const enabled = chromiumAvailable();
const DIGITS = /\.(thumb|index-finger|middle-finger|ring-finger|little-finger|big-toe|lesser-toes)$/;

/** Each finger or toe region's rendered size in CSS pixels on the shown close-up: [id, narrow side]. */
async function digitSizes(finder: FinderPageModel): Promise<[string, number][]> {
  return finder
    .map()
    .locator('[data-region]')
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return [el.getAttribute('data-region') ?? '', Math.min(r.width, r.height)] as [string, number];
      }),
    )
    .then((all) => all.filter(([id]) => DIGITS.test(id)));
}

describe.runIf(enabled)('journey: hand and foot close-ups on a 768 px tablet', () => {
  const journey = useJourney();

  it('draws one hand or foot at a time, large enough that every finger and toe is a 44 px touch target', async () => {
    const page = await journey().browser.newPage({ viewport: { width: 768, height: 1024 } });
    const finder = new FinderPageModel(page);
    await finder.open(journey().server.url);
    // Paint a palm, a back of a hand, a top of a foot and a heel so the four close-up tabs are offered.
    await finder.showView('Front', 'anterior');
    await finder.paintRegion('r.palm');
    await finder.paintRegion('l.dorsal-foot');
    await finder.showView('Back', 'posterior');
    await finder.paintRegion('r.dorsal-hand');
    await finder.paintRegion('l.plantar-heel');
    const report: string[] = [];
    for (const [label, view] of [
      ['Palms', 'hand-palmar'],
      ['Backs of hands', 'hand-dorsal'],
      ['Tops of feet', 'foot-dorsal'],
      ['Soles', 'foot-plantar'],
    ] as const) {
      await finder.showView(label, view);
      for (const side of ['right', 'left']) {
        await page.getByRole('button', { name: new RegExp(`Client’s ${side} (hand|foot)`) }).click();
        await page.locator(`svg.finder-body-map[data-side="${side.slice(0, 1)}"]`).waitFor();
        const sizes = await digitSizes(finder);
        expect(sizes.length).toBeGreaterThanOrEqual(view.startsWith('hand') ? 5 : 2);
        expect(sizes.every(([id]) => id.startsWith(side.slice(0, 1)))).toBe(true);
        const narrowest = Math.min(...sizes.map(([, w]) => w));
        report.push(`${view} ${side}: narrowest ${narrowest.toFixed(1)} px`);
        expect(narrowest, `${view} ${side}: ${JSON.stringify(sizes)}`).toBeGreaterThanOrEqual(44);
      }
    }
    console.log(`close-up digit targets at 768 px: ${report.join('; ')}`);
  });
});
