import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applySqliteSettings } from './sqlite-store.ts';

describe('SQLite connection settings', () => {
  it('enforce foreign keys, wait for a busy writer and sync every commit fully (no committed record lost)', () => {
    const database = new Database(join(mkdtempSync(join(tmpdir(), 'myomap-pragma-')), 'x.sqlite'));
    database.pragma('journal_mode = WAL');
    applySqliteSettings(database);
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(database.pragma('busy_timeout', { simple: true })).toBe(5000);
    database.close();
  });
});
