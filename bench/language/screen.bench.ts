// Evidence reading and the red-flag screen (ConText + lexicon + rules), in process.
// Run: node scripts/run-ts.mjs bench/language/screen.bench.ts
// 1. A 20-word intake note with negations, a family history and a red flag: resolveEvidence and screenRedFlags.
// The screen keeps its last reading (the Finder re-ranks with the same words on every stroke), so the
// timed calls alternate two texts that differ by a trailing space: every call reads its text afresh.
// 2. Linearity: the same note repeated to 20, 40, 80, 160 and 320 words; µs per word should stay flat.
import { resolveEvidence, screenRedFlags } from '@myomap/engine';
import { report, timeCalls } from '../support/timing.ts';

const NOTE20 =
  'denies saddle numbness, no fever; her mother had breast cancer; takes Eliquis; neck pain and feels clammy today';
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
resolveEvidence(NOTE20);
const e = await timeCalls(() => resolveEvidence(NOTE20));
report(`resolveEvidence, ${words(NOTE20)}-word note`, {
  'median µs': e.medianUs,
  'p99 µs': e.p99Us,
  'calls/s': e.perSecond,
});
let flip = 0;
/** The text, or the text with a trailing space, in turn: misses the screen's one-entry reading cache. */
const fresh = (text: string): string => ((flip ^= 1) === 1 ? text : `${text} `);
const s = await timeCalls(() =>
  screenRedFlags({ text: fresh(NOTE20), drawing: [{ region: 'r.posterior-neck' }] }),
);
report(`screenRedFlags, ${words(NOTE20)}-word note + drawing`, {
  'median µs': s.medianUs,
  'p99 µs': s.p99Us,
  'calls/s': s.perSecond,
});

const rows: Record<string, string | number> = {};
for (const n of [1, 2, 4, 8, 16]) {
  const text = Array.from({ length: n }, () => NOTE20).join('. ');
  const t = await timeCalls(() => screenRedFlags({ text: fresh(text) }));
  rows[`${words(text)} words`] = `${t.medianUs} µs (${(t.medianUs / words(text)).toFixed(2)} µs/word)`;
}
report('screenRedFlags, length scaling (median)', rows);

// 3. A Finder stroke: the same long text as the last call (2,000 characters), read once and kept.
const LONG = Array.from({ length: 20 }, () => NOTE20)
  .join('. ')
  .slice(0, 2000);
const again = await timeCalls(() => screenRedFlags({ text: LONG }));
const afresh = await timeCalls(() => screenRedFlags({ text: fresh(LONG) }));
report('screenRedFlags, 2,000-character client text (median µs)', {
  'same text as last call': again.medianUs,
  'new text every call': afresh.medianUs,
});
