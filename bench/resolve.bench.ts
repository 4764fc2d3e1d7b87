// resolveRegions (the language layer: lexicon tags, mention parse, facet placement), in process.
// Run: node scripts/run-ts.mjs bench/resolve.bench.ts
// 1. Five-phrase clinical descriptions (the first resolver's bench, kept for comparison).
// 2. A 20-word lay description (issue 9 target: median ≤ 200 µs), with a misspelling and a negation.
// 3. Linearity: the same lay wording repeated to 10, 20, 40, 80 and 160 words; µs per word should stay flat.
import { resolveRegions } from '@myomap/engine';
import { report, timeCalls } from './support/timing.ts';

const DESCRIPTIONS = [
  'right temple, behind the right eye, back of the neck, top of the shoulder and the angle of the jaw',
  'left lateral epicondyle, back of the forearm, web of the thumb, back of the wrist and middle finger on the left',
  'bilateral low back, sacroiliac region, upper buttock, outer hip and the back of the thigh on the right',
  'kneecap, above the kneecap, inner knee, front of the thigh and the shin on the left side',
  'ball of the foot, arch, bottom of the heel, big toe and the back of the heel on both sides',
];
let i = 0;
resolveRegions(DESCRIPTIONS[0] ?? '');
const t = await timeCalls(() => resolveRegions(DESCRIPTIONS[i++ % DESCRIPTIONS.length] ?? ''));
report('resolveRegions, five-phrase description', {
  'median µs': t.medianUs,
  'p99 µs': t.p99Us,
  'calls/s': t.perSecond,
  target: 'median ≤ 50 µs',
});

// Twenty words as a client writes them on an intake form.
const LAY20 =
  'my rigth shoulder blade aches and the back of my left hand, but no pain in my knee when I walk';
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const t20 = await timeCalls(() => resolveRegions(LAY20));
report(`resolveRegions, ${words(LAY20)}-word lay description`, {
  'median µs': t20.medianUs,
  'p99 µs': t20.p99Us,
  'calls/s': t20.perSecond,
  target: 'median ≤ 200 µs',
});

// Linearity by process CPU time (the shared machine's wall clock is too noisy for a slope): the same
// lay wording repeated, 13 to 208 words; µs per word should stay flat.
const UNIT = 'pain behind my right ear and down the outside of my left leg,';
const cpuUs = (f: () => unknown, calls: number): number => {
  const start = process.cpuUsage();
  for (let k = 0; k < calls; k++) f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
};
const rows: Record<string, string> = {};
for (const n of [1, 2, 4, 8, 16]) {
  const text = Array.from({ length: n }, () => UNIT).join(' ');
  cpuUs(() => resolveRegions(text), 300);
  const us = cpuUs(() => resolveRegions(text), 3000);
  rows[`${words(text)} words`] = `${us.toFixed(1)} µs (${(us / words(text)).toFixed(2)} µs/word)`;
}
report('resolveRegions, CPU time by length', rows);
