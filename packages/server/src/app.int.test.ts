import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { latestSchemaVersion } from './store/migrations.ts';
import { useListeningApp } from './testing/listening-app.test-helper.ts';

const baseUrl = useListeningApp({
  extraRoutes: (a) => {
    a.post(
      '/api/test/echo',
      {
        schema: {
          body: z.object({
            name: z.string().min(1),
            dose: z.object({ seconds: z.number().int().max(90) }),
          }),
        },
      },
      async (req) => req.body,
    );
    a.get('/api/test/boom', async () => {
      throw new Error('secret internal detail');
    });
  },
});

describe('HTTP basics', () => {
  it('reports health with version, database and schema version', async () => {
    const res = await fetch(`${baseUrl()}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: 'sqlite',
      schemaVersion: latestSchemaVersion('sqlite'),
    });
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const res = await fetch(`${baseUrl()}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not-found', message: 'No route for GET /api/nothing-here' },
    });
  });

  it('names the problem in malformed JSON with a 400', async () => {
    const res = await fetch(`${baseUrl()}/api/test/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid-json');
    expect(body.error.message).toMatch(/not valid JSON/);
  });

  it('names every bad field path in a validation 400', async () => {
    const res = await fetch(`${baseUrl()}/api/test/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '', dose: { seconds: 120 } }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe('validation-failed');
    expect(body.error.details.issues.map((i) => i.path).sort()).toEqual(['dose.seconds', 'name']);
  });

  it('hides internals in a 500 and gives the request id', async () => {
    const res = await fetch(`${baseUrl()}/api/test/boom`, { headers: { 'x-request-id': 'trace-123' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret internal detail');
    expect(JSON.parse(text)).toMatchObject({
      error: { code: 'internal-error', details: { requestId: 'trace-123' } },
    });
  });

  it('publishes an OpenAPI 3 document and browsable docs', async () => {
    const doc = (await (await fetch(`${baseUrl()}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
    const docs = await fetch(`${baseUrl()}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
  });
});
