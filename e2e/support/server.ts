import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, startServer, type RunningServer } from '@myomap/server';

/** The built web app the journeys run against (npm test builds it first). */
export const WEB_DIST = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

/** Starts a real server on a free port with a fresh SQLite database and the built web app. */
export async function startTestServer(): Promise<RunningServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      'packages/web/dist is missing: run `npm test` (it builds the web app) or `npm run build` first',
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'myomap-e2e-'));
  const config = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', MYOMAP_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    { webDir: WEB_DIST },
  );
  return startServer(config);
}
