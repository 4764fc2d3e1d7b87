import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Polls a URL until it answers 2xx or the timeout passes; returns the milliseconds it took. */
export async function waitForOk(url: string, timeoutMs = 30_000, init?: RequestInit): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    try {
      const res = await fetch(url, init);
      if (res.ok) return performance.now() - start;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts `myomap serve` in its own process on a free port with a fresh SQLite data folder; logs go nowhere. */
export async function startMyomap(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'packages/cli/bin/myomap.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        MYOMAP_DATA_DIR: mkdtempSync(join(tmpdir(), 'myomap-bench-')),
        LOG_LEVEL: 'info',
      },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/api/health`);
  return { url, child };
}

/** Starts the trivial fastify baseline server in its own process. */
export async function startTrivial(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'scripts/run-ts.mjs'), join(ROOT, 'bench/support/trivial-server.ts'), String(port)],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/trivial`, 30_000, { method: 'POST' });
  return { url, child };
}
