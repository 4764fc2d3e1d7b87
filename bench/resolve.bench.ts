// resolveRegions on a five-phrase description, in process. Run: node scripts/run-ts.mjs bench/resolve.bench.ts
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
