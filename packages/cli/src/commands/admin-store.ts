import { loadConfig, openStore, systemDeps, type ClinicStore } from '@myomap/server';
import { readInput } from '../io.ts';
import { CliError } from '../cli-error.ts';

/** Opens and migrates the store the environment names (DATABASE_URL or MYOMAP_DATA_DIR), runs `fn`, closes it. */
export async function withStore<T>(fn: (store: ClinicStore) => Promise<T>): Promise<T> {
  const store = await openStore(loadConfig(process.env), systemDeps);
  try {
    await store.migrate();
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The first line of standard input: passwords never go on the command line (other users can see it in ps). */
export function passwordFromStdin(): string {
  const line = readInput('-').split(/\r?\n/)[0] ?? '';
  if (line.length === 0)
    throw new CliError('give the password on standard input, e.g. printf "%s" "$PW" | myomap users add …');
  return line;
}
