import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testDeps } from '@myomap/fixtures';
import { buildApp } from '../../app.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';

// The web's practice client lists the paths it calls; each must exist, with that method, in the OpenAPI
// document the server generates (read as text: the web never imports server code).
const WEB_CLIENT = new URL('../../../../web/src/api/practice.ts', import.meta.url);

describe('web API client for practice', () => {
  it('calls only paths and methods of the OpenAPI document', async () => {
    const text = readFileSync(WEB_CLIENT, 'utf8');
    const block = /PRACTICE_API_PATHS = \[([\s\S]*?)\] as const/.exec(text)?.[1] ?? '';
    const used = [...block.matchAll(/'(GET|POST|PUT|PATCH|DELETE) ([^']+)'/g)].map(
      (m) => [m[1] ?? '', m[2] ?? ''] as const,
    );
    expect(used.length).toBe(2);
    const store = openSqliteStore(':memory:', testDeps());
    await store.migrate();
    const app = await buildApp({ store, logLevel: 'silent' });
    await app.ready();
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    for (const [method, path] of used)
      expect(doc.paths[path]?.[method.toLowerCase()], `${method} ${path}`).toBeDefined();
    await app.close();
    await store.close();
  });
});
