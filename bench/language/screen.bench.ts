// Evidence reading and the red-flag screen (ConText + lexicon + rules), in process.
// Run: node scripts/run-ts.mjs bench/language/screen.bench.ts
// 1. A 20-word intake note with negations, a family history and a red flag: resolveEvidence and screenRedFlags.
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
const s = await timeCalls(() => screenRedFlags({ text: NOTE20, drawing: [{ region: 'r.posterior-neck' }] }));
report(`screenRedFlags, ${words(NOTE20)}-word note + drawing`, {
  'median µs': s.medianUs,
  'p99 µs': s.p99Us,
  'calls/s': s.perSecond,
});

const rows: Record<string, string | number> = {};
for (const n of [1, 2, 4, 8, 16]) {
  const text = Array.from({ length: n }, () => NOTE20).join('. ');
  const t = await timeCalls(() => screenRedFlags({ text }));
  rows[`${words(text)} words`] = `${t.medianUs} µs (${(t.medianUs / words(text)).toFixed(2)} µs/word)`;
}
report('screenRedFlags, length scaling (median)', rows);
