import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/myomap.js', import.meta.url));

describe('myomap users and audit', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'myomap-users-'));
  const run = (args: string[], input = '') => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      input,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, MYOMAP_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it(
    'adds the first clinic and owner, lists, disables, resets, and verifies the audit chain',
    { timeout: 180_000 },
    () => {
      const noClinic = run(
        ['users', 'add', '--email', 'ann@x.example', '--name', 'Ann', '--role', 'owner'],
        'copper meadow lantern 5\n',
      );
      expect(noClinic.status).toBe(1);
      expect(noClinic.stderr).toMatch(/--new-clinic/);
      const weak = run(
        [
          'users',
          'add',
          '--email',
          'ann@x.example',
          '--name',
          'Ann',
          '--role',
          'owner',
          '--new-clinic',
          'Harbourside',
        ],
        'password\n',
      );
      expect(weak.stderr).toMatch(/password: /);
      const first = run(
        [
          'users',
          'add',
          '--email',
          'Ann@X.example',
          '--name',
          'Ann',
          '--role',
          'owner',
          '--new-clinic',
          'Harbourside',
        ],
        'copper meadow lantern 5\n',
      );
      expect(first.stderr).toBe('');
      expect(first.stdout).toMatch(/added ann@x\.example \(owner\) to Harbourside/);
      expect(
        run(['users', 'add', '--email', 'tia@x.example', '--name', 'Tia'], 'violet harbour kettle 88\n')
          .status,
      ).toBe(0);
      expect(run(['users', 'disable', 'tia@x.example']).status).toBe(0);
      expect(run(['users', 'reset-password', 'ann@x.example'], 'granite moss ladder 71\n').status).toBe(0);
      const list = JSON.parse(run(['users', 'list', '--json']).stdout) as {
        users: { email: string; disabled: boolean }[];
      }[];
      expect(list[0]?.users.map((u) => [u.email, u.disabled])).toEqual([
        ['ann@x.example', false],
        ['tia@x.example', true],
      ]);
      const ok = run(['audit', 'verify']);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/ok {6}Harbourside .*: 4 entries/);

      const db = new Database(join(dataDir, 'myomap.sqlite'));
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET action = 'users.nothing' WHERE seq = 2").run();
      db.close();
      const broken = run(['audit', 'verify']);
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/first broken link at entry 2/);
      expect(broken.stderr).toMatch(/1 of 1 audit chains are broken/);
    },
  );
});
