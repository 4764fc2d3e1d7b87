import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import https from 'node:https';
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

  it('serves the page no-cache (also as the app-route fallback and on HEAD) and hashed assets immutable', async () => {
    const webDir = tempDir();
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>shell</title>');
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const config = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', MYOMAP_DATA_DIR: tempDir(), LOG_LEVEL: 'silent' },
      { webDir },
    );
    const server = await startServer(config, testDeps());
    try {
      for (const path of ['/', '/index.html', '/finder']) {
        const res = await fetch(`${server.url}${path}`);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('cache-control'), path).toBe('no-cache');
      }
      const head = await fetch(`${server.url}/atlas/temporalis`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('cache-control')).toBe('no-cache');
      const asset = await fetch(`${server.url}/assets/index-abc123.js`);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    } finally {
      await server.close();
    }
  });

  it('serves HTTPS from a given certificate and key, with HSTS', async () => {
    const dir = tempDir();
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    expect(made.status).toBe(0);
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      MYOMAP_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      MYOMAP_TLS_CERT: join(dir, 'cert.pem'),
      MYOMAP_TLS_KEY: join(dir, 'key.pem'),
    });
    const server = await startServer(config, testDeps());
    try {
      expect(server.url).toMatch(/^https:/);
      const headers = await new Promise<Record<string, unknown>>((resolve, reject) => {
        https
          .get(`${server.url}/api/health`, { rejectUnauthorized: false }, (res) => {
            res.resume();
            resolve(res.headers);
          })
          .on('error', reject);
      });
      expect(headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await server.close();
    }
  });

  it('names the data folder when it cannot be used', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const dataDir = join(file, 'data');
    const result = spawnSync(process.execPath, [CLI, 'serve', '--port', '0'], {
      env: { ...process.env, MYOMAP_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(dataDir);
    expect(result.stderr).toMatch(/MYOMAP_DATA_DIR/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
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

  it('wants both TLS files or neither', () => {
    expect(() => loadConfig({ MYOMAP_TLS_CERT: 'cert.pem' })).toThrow(/MYOMAP_TLS_KEY/);
  });

  it('rejects a bad PORT with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
