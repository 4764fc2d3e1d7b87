// Muscle page render time in headless chromium: with the atlas data already loaded (the Atlas home was
// opened first), navigates client-side from muscle to muscle and times navigation → the new page's
// map and trigger point list committed → the next frame painted. Reports median / p90 / max, and on how
// many of the timed pages the muscle outline and a hand or foot close-up were drawn.
// Usage: node scripts/run-ts.mjs bench/atlas-browser/muscle-render.ts [rounds] [--each] [--no-outline]   (build the web app
// first; --each prints every muscle's times)
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startTestServer } from '../../e2e/support/server.ts';
import { report } from '../support/timing.ts';

const TARGET_MS = 100;
const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5);
// Two per body area and then some: head, neck, shoulder, arm, hand, trunk, hip, thigh, leg, foot.
const MUSCLES = [
  'temporalis',
  'masseter-superficial',
  'upper-trapezius',
  'sternocleidomastoid-sternal',
  'infraspinatus',
  'subscapularis',
  'extensor-digitorum',
  'first-dorsal-interosseous-hand',
  'adductor-pollicis',
  'quadratus-lumborum-superficial',
  'gluteus-minimus-anterior',
  'vastus-lateralis',
  'soleus',
  'abductor-hallucis',
  'extensor-digitorum-brevis',
];

/**
 * Navigates client-side to a muscle and returns ms until the frame after its map and list committed.
 * The page script is a string: tsx would otherwise add helpers the browser does not have.
 */
function renderOnce(page: Page, id: string): Promise<{ ms: number; outline: boolean; closeUp: boolean }> {
  const sel = `article.muscle-page[data-muscle="${id}"]`;
  return page.evaluate(`new Promise((resolve) => {
    const done = () => document.querySelector('${sel} .muscle-map svg.body-map') !== null &&
      document.querySelector('${sel} .tp-card') !== null;
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        const map = document.querySelector('${sel} .muscle-map svg.body-map');
        resolve({
          ms: performance.now() - t0,
          outline: map?.querySelector('.muscle-outline') != null,
          closeUp: /^(hand|foot)-/.test(map?.getAttribute('data-view') ?? ''),
        });
      }, 0));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    history.pushState({}, '', '/atlas/muscles/${id}');
    dispatchEvent(new PopStateEvent('popstate'));
  })`) as Promise<{ ms: number; outline: boolean; closeUp: boolean }>;
}

const server = await startTestServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // --no-outline: the same pages with the "Show muscle outline" switch off (for comparison).
  if (process.argv.includes('--no-outline'))
    await page.addInitScript(() => localStorage.setItem('myomap.muscleOutline', 'off'));
  await page.goto(`${server.url}/atlas`);
  await page.getByRole('heading', { name: 'Where does it hurt?' }).waitFor(); // atlas data loaded
  for (const id of MUSCLES.slice(0, 3)) await renderOnce(page, id); // warm-up
  const times: number[] = [];
  const perMuscle = new Map<string, number[]>();
  let outlined = 0;
  let closeUps = 0;
  for (let r = 0; r < rounds; r++)
    for (const id of MUSCLES) {
      const { ms: t, outline, closeUp } = await renderOnce(page, id);
      times.push(t);
      if (outline) outlined++;
      if (closeUp) closeUps++;
      perMuscle.set(id, [...(perMuscle.get(id) ?? []), t]);
    }
  if (process.argv.includes('--each'))
    for (const [id, ts] of perMuscle)
      console.log(
        `  ${id}: ${[...ts]
          .sort((a, b) => a - b)
          .map((t) => t.toFixed(0))
          .join(' ')} ms`,
      );
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number): string => (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN).toFixed(1);
  report(`muscle page render, data loaded -> painted (chromium, ${MUSCLES.length} muscles x ${rounds})`, {
    'median ms': q(0.5),
    'p90 ms': q(0.9),
    'max ms': q(1),
    'pages with an outline': `${outlined} of ${times.length}`,
    'pages on a close-up': `${closeUps} of ${times.length}`,
    target: `median <= ${TARGET_MS} ms`,
  });
} finally {
  await browser.close();
  await server.close();
}
