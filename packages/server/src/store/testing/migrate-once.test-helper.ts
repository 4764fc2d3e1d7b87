// Run as a child process by migrations-race.int.test.ts: opens the SQLite file given on the command line,
// waits until the start time given (epoch ms), migrates it and prints the versions this process applied as JSON (or the error message).
import { testDeps } from '@myomap/fixtures';
import { openSqliteStore } from '../sqlite/sqlite-store.ts';

const file = process.argv[2];
if (file === undefined) throw new Error('usage: migrate-once <file.sqlite>');
const store = openSqliteStore(file, testDeps('race'));
// Both children wait for the same moment, so their version checks really overlap.
const startAt = Number(process.argv[3] ?? 0);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
try {
  const report = await store.migrate();
  process.stdout.write(JSON.stringify({ ok: true, applied: report.applied }));
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, message: String(error) }));
} finally {
  await store.close();
}
