#!/usr/bin/env node
// Prepares a checkout for `npm start` and `npm test`: installs dependencies only when they are missing or
// the lockfile changed, and rebuilds the web app only when its inputs changed. Fast when nothing changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force-build');

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(
      `setup: "${cmd} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})\n`,
    );
    process.exit(result.status ?? 1);
  }
}

function hashFiles(paths) {
  const hash = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort())
        if (name !== 'node_modules' && name !== 'dist') walk(join(p, name));
    } else {
      hash.update(relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const p of paths) walk(join(root, p));
  return hash.digest('hex');
}

// 1. Dependencies.
const installStamp = join(root, 'node_modules', '.myomap-install-stamp');
const lockHash = hashFiles([
  'package-lock.json',
  'package.json',
  ...['atlas', 'engine', 'server', 'web', 'cli'].map((p) => `packages/${p}/package.json`),
]);
if (!existsSync(installStamp) || readFileSync(installStamp, 'utf8') !== lockHash) {
  // A fresh clone gets a clean install from the lockfile; an existing tree is brought in line incrementally.
  const fresh = !existsSync(join(root, 'node_modules'));
  process.stdout.write(`setup: installing dependencies (npm ${fresh ? 'ci' : 'install'})…\n`);
  run('npm', [fresh ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel', 'error']);
  writeFileSync(installStamp, lockHash);
}

// 2. The web app.
const webInputs = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/web/public',
  'packages/atlas/src',
  'packages/engine/src',
  'packages/web/package.json',
];
const buildStamp = join(root, 'packages', 'web', 'dist', '.build-stamp');
const webHash = hashFiles(webInputs);
if (force || !existsSync(buildStamp) || readFileSync(buildStamp, 'utf8') !== webHash) {
  process.stdout.write('setup: building the web app…\n');
  run('npx', ['vite', 'build', '--config', 'packages/web/vite.config.ts', '--logLevel', 'warn']);
  mkdirSync(join(root, 'packages', 'web', 'dist'), { recursive: true });
  writeFileSync(buildStamp, webHash);
}
