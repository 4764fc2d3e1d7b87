// POST /api/find under load on loopback with autocannon: p99 latency at a fixed 1,000 requests/s,
// and maximum throughput as a fraction of a trivial fastify route measured in the same run.
// Run: node scripts/run-ts.mjs bench/find-api.bench.ts
import autocannon from 'autocannon';
import { report } from './support/timing.ts';
import { startMyomap, startTrivial } from './support/processes.ts';

const BODY = JSON.stringify({
  drawing: [
    { region: 'r.temple', intensity: 7, quality: 'aching' },
    { region: 'r.posterolateral-neck', intensity: 5 },
    { region: 'r.jaw-angle', intensity: 4 },
  ],
  movements: [{ id: 'cervical.lateral_flexion', side: 'r' }],
  activities: ['prolonged-computer-work'],
});

async function load(
  url: string,
  opts: { rate?: number; seconds: number; connections: number; body?: string },
): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: opts.body ?? '{}',
    connections: opts.connections,
    duration: opts.seconds,
    ...(opts.rate === undefined ? {} : { overallRate: opts.rate }),
  });
}

const myomap = await startMyomap();
const trivial = await startTrivial();
try {
  await load(`${myomap.url}/api/find`, { seconds: 3, connections: 10, body: BODY }); // warm-up
  const fixed = await load(`${myomap.url}/api/find`, {
    rate: 1000,
    seconds: 15,
    connections: 10,
    body: BODY,
  });
  report('POST /api/find at 1,000 req/s (15 s, 10 connections)', {
    'req/s': Math.round(fixed.requests.average),
    'p50 ms': fixed.latency.p50,
    'p99 ms': fixed.latency.p99,
    errors: fixed.errors + fixed.non2xx,
    target: 'p99 ≤ 5 ms',
  });
  await load(`${trivial.url}/trivial`, { seconds: 3, connections: 20 });
  // the same fixed rate against the trivial route: what the machine and autocannon add on their own
  const fixedTrivial = await load(`${trivial.url}/trivial`, { rate: 1000, seconds: 15, connections: 10 });
  report('trivial fastify route at 1,000 req/s, same run (15 s, 10 connections)', {
    'req/s': Math.round(fixedTrivial.requests.average),
    'p50 ms': fixedTrivial.latency.p50,
    'p99 ms': fixedTrivial.latency.p99,
    errors: fixedTrivial.errors + fixedTrivial.non2xx,
  });
  const maxFind = await load(`${myomap.url}/api/find`, { seconds: 10, connections: 20, body: BODY });
  const maxTrivial = await load(`${trivial.url}/trivial`, { seconds: 10, connections: 20 });
  report('max throughput, 20 connections, 10 s each, same run', {
    'find req/s': Math.round(maxFind.requests.average),
    'trivial req/s': Math.round(maxTrivial.requests.average),
    fraction: (maxFind.requests.average / maxTrivial.requests.average).toFixed(2),
    'find p99 ms': maxFind.latency.p99,
  });
} finally {
  myomap.child.kill('SIGTERM');
  trivial.child.kill('SIGTERM');
}
