// How long the whole atlas takes to load, and how big the browser's atlas data is.
// Run: node scripts/run-ts.mjs bench/atlas-load.ts [--runs 15]   (build the web app first: npm run build)
//  1. loadAtlas() in N fresh processes (parse + validate every muscle with zod, freeze, build lookups);
//     median and max. Import time is reported apart: under tsx it includes transpiling the TypeScript.
//  2. In one process, repeated parse of the raw muscle data (JSON.parse + z.array(MuscleSchema).parse).
//  3. Gzipped size (level 9) of the built atlas chunks in packages/web/dist/assets.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { report } from './support/timing.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET_MS = 50;

async function child(): Promise<void> {
  const t0 = performance.now();
  const { loadAtlas } = await import('@myomap/atlas');
  const t1 = performance.now();
  const atlas = loadAtlas();
  const t2 = performance.now();
  process.stdout.write(
    `${JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, muscles: atlas.muscles.length })}\n`,
  );
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const ms = (x: number): string => x.toFixed(1);

function freshProcesses(runs: number): void {
  const samples: { importMs: number; loadMs: number; muscles: number }[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/run-ts.mjs'), fileURLToPath(import.meta.url), '--child'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    if (i > 0) samples.push(JSON.parse(r.stdout) as { importMs: number; loadMs: number; muscles: number }); // run 0 warms tsx's cache
  }
  const load = samples.map((s) => s.loadMs);
  report(`atlas loadAtlas() in a fresh process (${samples[0]?.muscles ?? 0} muscles, ${runs} runs)`, {
    'median ms': ms(median(load)),
    'max ms': ms(Math.max(...load)),
    'import median ms (tsx, incl. transpile)': ms(median(samples.map((s) => s.importMs))),
    target: `<= ${TARGET_MS} ms`,
  });
}

async function inProcess(iterations: number): Promise<void> {
  const { z } = await import('zod');
  const { ALL_MUSCLES, MuscleSchema } = await import('@myomap/atlas');
  const raw = JSON.stringify(ALL_MUSCLES);
  const schema = z.array(MuscleSchema);
  for (let i = 0; i < 5; i++) schema.parse(JSON.parse(raw));
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    schema.parse(JSON.parse(raw));
    times.push(performance.now() - t);
  }
  report(
    `atlas raw data JSON.parse + MuscleSchema parse, in process (${(raw.length / 1024).toFixed(0)} KB, ${iterations} runs)`,
    {
      'median ms': ms(median(times)),
      'max ms': ms(Math.max(...times)),
      target: `<= ${TARGET_MS} ms`,
    },
  );
}

/** The chunk and every chunk it imports statically (what the browser fetches with it). */
function closure(dir: string, start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g))
      if (m[1] !== undefined) visit(m[1]);
  };
  visit(start);
  return seen;
}

function bundleSizes(): void {
  const dir = join(ROOT, 'packages/web/dist/assets');
  if (!existsSync(dir)) {
    console.log('browser atlas data: packages/web/dist is missing; run npm run build first');
    return;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const find = (prefix: string): string => files.find((f) => f.startsWith(prefix)) ?? '';
  const gz = (names: Iterable<string>): number =>
    [...names].reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
  const entry = closure(dir, find('index-'));
  // The data chunk is loaded with a dynamic import; the chunks it pulls in that the app entry does not
  // already hold (the muscles, loadAtlas, zod) are what the browser downloads for the atlas data.
  const data = [...closure(dir, find('atlas-data-'))].filter((f) => !entry.has(f));
  const pages = [...closure(dir, find('AtlasRoutes-'))].filter((f) => !entry.has(f) && !data.includes(f));
  // The muscle outlines are their own dynamic chunk, fetched beside the data by the atlas pages.
  const outlines = [...closure(dir, find('outlines-'))].filter((f) => !entry.has(f) && !data.includes(f));
  const all = [...data, ...outlines];
  report('browser atlas data with muscle outlines, gzip -9 (muscles, vocabularies, works, loadAtlas, zod)', {
    'KB gz': kb(gz(all)),
    'KB raw': kb(all.reduce((n, f) => n + readFileSync(join(dir, f)).length, 0)),
    'outlines KB gz': kb(gz(outlines)),
    chunks: all.join(' + ') || '(none)',
    'atlas page code KB gz': kb(gz(pages)),
    'app entry KB gz (loaded on every page)': kb(gz(entry)),
    target: '<= 250 KB gz',
  });
}

if (process.argv.includes('--child')) await child();
else {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 15;
  freshProcesses(Number.isFinite(runs) && runs > 0 ? runs : 15);
  await inProcess(30);
  bundleSizes();
}
