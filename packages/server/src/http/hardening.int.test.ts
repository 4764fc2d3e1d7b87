import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useListeningApp } from '../testing/listening-app.test-helper.ts';

const baseUrl = useListeningApp();

async function postFind(body: string, contentType = 'application/json'): Promise<Response> {
  return fetch(`${baseUrl()}/api/find`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

function rawRequest(text: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let out = '';
    socket.on('data', (chunk: Buffer) => (out += chunk.toString()));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('what the server refuses, it refuses small', () => {
  it('a long list of wrong areas gets a short 400 that names the field and never echoes the allowed list', async () => {
    const areas = Array.from({ length: 3000 }, (_, i) => `nowhere-${i}`);
    const res = await postFind(
      JSON.stringify({ drawing: [{ region: 'r.temple', intensity: 5 }], options: { areas } }),
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(2_000);
    expect(text).toContain('options.areas');
    expect(text).not.toContain('shoulder-girdle');
  });

  it('a few wrong areas are named without the list of allowed values', async () => {
    const areas = ['nowhere', 'elsewhere', 'neck'];
    const res = await postFind(
      JSON.stringify({ drawing: [{ region: 'r.temple', intensity: 5 }], options: { areas } }),
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('options.areas.0');
    expect(text).toContain('is not one of the allowed values');
    expect(text).not.toContain('shoulder-girdle');
  });

  it('hundreds of bad fields give the first few and a count, not hundreds of entries', async () => {
    const drawing = Array.from({ length: 250 }, () => ({ region: 'r.temple', intensity: 11 }));
    const res = await postFind(JSON.stringify({ drawing }));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(2_000);
    const body = JSON.parse(text) as { error: { details: { issues: unknown[]; more: number } } };
    expect(body.error.details.issues).toHaveLength(5);
    expect(body.error.details.more).toBe(245);
  });

  it('a body over the finder limit is a 413 in the app error shape', async () => {
    const res = await postFind(JSON.stringify({ text: 'x', pad: 'y'.repeat(100_000) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload-too-large' } });
  });

  it('a text/plain body is 415, not a validation error', async () => {
    const res = await postFind('right temple', 'text/plain');
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: 'unsupported-media-type' } });
  });

  it('unknown fields are refused with 400 naming each one, at any depth', async () => {
    const res = await postFind(
      JSON.stringify({ drawing: [{ region: 'r.temple', intensity: 5, colour: 'red' }], tpo: 1 }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { details: { issues: { path: string; message: string }[] } };
    };
    expect(body.error.details.issues.map((i) => i.path).sort()).toEqual(['drawing.0.colour', 'tpo']);
    expect(body.error.details.issues[0]?.message).toBe('is not a known field');
  });

  it('__proto__ in a body is refused like any unknown field and changes nothing', async () => {
    const res = await postFind('{"text":"right temple","__proto__":{"polluted":true}}');
    expect([200, 400]).toContain(res.status);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('headers too large get 431 in the app error shape', async () => {
    const reply = await rawRequest(
      `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 431/);
    expect(reply).toContain('"code":"headers-too-large"');
  });

  it('a request that is not HTTP gets 400 in the app error shape', async () => {
    const reply = await rawRequest('NOT HTTP AT ALL\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain('"code":"bad-request"');
  });
});

describe('security headers', () => {
  it('every reply carries a strict CSP, nosniff and no referrer; API replies are no-store; no HSTS without TLS', async () => {
    const res = await fetch(`${baseUrl()}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('an unsafe client request id is replaced, a sane one is kept', async () => {
    const bad = await fetch(`${baseUrl()}/api/health`, { headers: { 'x-request-id': 'a b"<script>' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^req-/);
    const good = await fetch(`${baseUrl()}/api/health`, { headers: { 'x-request-id': 'trace-42' } });
    expect(good.headers.get('x-request-id')).toBe('trace-42');
  });
});

describe('GET /api/regions', () => {
  it('lists every region id the drawing validation points at', async () => {
    const regions = (await (await fetch(`${baseUrl()}/api/regions`)).json()) as { id: string }[];
    expect(regions.length).toBeGreaterThan(200);
    expect(regions.map((r) => r.id)).toContain('r.temple');
  });
});
