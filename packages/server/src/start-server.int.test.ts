import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { testDeps } from '@myomap/fixtures';
import { loadConfig } from './config.ts';
import { startServer } from './start-server.ts';
import { latestSchemaVersion } from './store/migrations.ts';

const CLI = fileURLToPath(new URL('../../cli/bin/myomap.js', import.meta.url));

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'myomap-test-'));
}

describe('starting the server', () => {
  it('migrates a fresh SQLite data folder, serves the web app and falls back to index.html for app routes', async () => {
    const dataDir = tempDir();
    const webDir = tempDir();
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Myomap test shell</title>');
    const config = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', MYOMAP_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      { webDir },
    );
    const server = await startServer(config, testDeps());
    try {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { schemaVersion: number };
      expect(health.schemaVersion).toBe(latestSchemaVersion('sqlite'));
      const page = await fetch(`${server.url}/regions/r.temple`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Myomap test shell');
      const missingAsset = await fetch(`${server.url}/assets/missing.js`);
      expect(missingAsset.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('refuses, with a clear message and a non-zero exit, a database whose schema is newer than it knows', () => {
    const dataDir = tempDir();
    const db = new Database(join(dataDir, 'myomap.sqlite'));
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT NOT NULL)',
    );
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?, ?)').run(
      999,
      'from-the-future',
      '2030-01-01T00:00:00Z',
      'x',
    );
    db.close();
    const result = spawnSync(process.execPath, [CLI, 'serve', '--port', '0'], {
      env: { ...process.env, MYOMAP_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/schema is version 999 but this Myomap knows only up to \d+/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses, with a clear message and a non-zero exit, when DATABASE_URL cannot be reached', () => {
    const result = spawnSync(process.execPath, [CLI, 'serve', '--port', '0'], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/none', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /Cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    expect(result.stderr).not.toContain('secret');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad PORT with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
