import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { testDeps } from '@myomap/fixtures';
import { buildApp } from '../app.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';

/** The part of the generated OpenAPI document these checks read. */
export interface OpenApiDoc {
  readonly paths: Record<string, Record<string, unknown>>;
}

/**
 * Checks a web API client against the server: the client (`packages/web/src/api/<file>`) lists the
 * paths it calls as `<list> = ['GET /api/…', …] as const`, read here as text because the web never
 * imports server code; the list must hold `count` entries, and each must exist, with its method, in
 * the OpenAPI document the server generates from its zod schemas. Returns the document for further checks.
 */
export async function expectWebClientInOpenApi(
  file: string,
  list: string,
  count: number,
): Promise<OpenApiDoc> {
  const text = readFileSync(new URL(`../../../web/src/api/${file}`, import.meta.url), 'utf8');
  const block = new RegExp(`${list} = \\[([\\s\\S]*?)\\] as const`).exec(text)?.[1] ?? '';
  const used = [...block.matchAll(/'(GET|POST|PUT|PATCH|DELETE) ([^']+)'/g)].map(
    (m) => [m[1] ?? '', m[2] ?? ''] as const,
  );
  expect(used.length).toBe(count);
  const store = openSqliteStore(':memory:', testDeps());
  await store.migrate();
  const app = await buildApp({ store, logLevel: 'silent' });
  try {
    await app.ready();
    const doc = app.swagger() as OpenApiDoc;
    for (const [method, path] of used)
      expect(doc.paths[path]?.[method.toLowerCase()], `${method} ${path}`).toBeDefined();
    return doc;
  } finally {
    await app.close();
    await store.close();
  }
}
