import { describe, expect, it } from 'vitest';
import { useListeningApp } from '../testing/listening-app.test-helper.ts';

const baseUrl = useListeningApp();

async function find(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl()}/api/find`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/find', () => {
  it('ranks sources for a drawing and explains them', async () => {
    const { status, json } = await find({
      drawing: [
        { region: 'r.temple', intensity: 7, quality: 'aching' },
        { region: 'r.posterolateral-neck', intensity: 5 },
      ],
    });
    expect(status).toBe(200);
    const ranked = json.ranked as {
      muscle: { id: string };
      side: string;
      explains: unknown[];
      summary: string;
    }[];
    expect(ranked[0]?.muscle.id).toBe('upper-trapezius');
    expect(ranked[0]?.side).toBe('r');
    expect(ranked[0]?.summary).toMatch(/Upper trapezius/);
    expect(json.stop).toBeNull();
  });

  it('accepts text and reports unresolved phrases', async () => {
    const { status, json } = await find({
      text: 'right temple, purple elephant',
      evidenceText: 'chews gum; frobnicate',
    });
    expect(status).toBe(200);
    expect(json.unresolved).toEqual(['purple elephant', 'frobnicate']);
  });

  it('says how each phrase was read, negated places included but not painted', async () => {
    const { status, json } = await find({ text: 'behind my right ear, no pain in the left knee' });
    expect(status).toBe(200);
    const readings = json.readings as {
      text: string;
      negated: boolean;
      regions: string[];
      ranked?: unknown;
    }[];
    expect(readings.map((r) => [r.text, r.negated, r.regions])).toEqual([
      ['behind my right ear', false, ['r.mastoid']],
      ['no pain in the left knee', true, []],
    ]);
    expect((json.drawing as { region: string }[]).map((d) => d.region)).toEqual(['r.mastoid']);
    expect(Array.isArray(json.ranked)).toBe(true);
    const doc = (await (await fetch(`${baseUrl()}/api/openapi.json`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(doc)).toContain('how each phrase of `text` was read');
  });

  it('puts a stop notice first when red flags are present', async () => {
    const { json } = await find({
      drawing: [{ region: 'm.sternum', intensity: 8 }],
      redFlags: ['breathlessness', 'cold-sweat'],
    });
    expect((json.stop as { tier: string }).tier).toBe('emergency');
  });

  it.each([
    ['an unknown region id', { drawing: [{ region: 'r.wing', intensity: 5 }] }, 'drawing.0.region'],
    ['intensity 11', { drawing: [{ region: 'r.temple', intensity: 11 }] }, 'drawing.0.intensity'],
    ['an empty drawing', { drawing: [] }, 'drawing'],
    [
      'an unknown movement',
      { drawing: [{ region: 'r.temple', intensity: 5 }], movements: [{ id: 'neck.wiggle' }] },
      'movements.0.id',
    ],
  ])('rejects %s with a 400 naming the field', async (_label, body, path) => {
    const { status, json } = await find(body);
    expect(status).toBe(400);
    const error = json.error as { code: string; details: { issues: { path: string }[] } };
    expect(error.code).toBe('validation-failed');
    expect(error.details.issues.map((i) => i.path)).toContain(path);
  });

  it('rejects 10,000 regions as too large a body (413), not a crash', async () => {
    const drawing = Array.from({ length: 10_000 }, () => ({ region: 'r.temple', intensity: 5 }));
    const { status, json } = await find({ drawing });
    expect(status).toBe(413);
    expect((json.error as { code: string }).code).toBe('payload-too-large');
  });

  it('rejects more regions than the map has with a 400 naming the drawing', async () => {
    const drawing = Array.from({ length: 400 }, () => ({ region: 'r.temple', intensity: 5 }));
    const { status, json } = await find({ drawing });
    expect(status).toBe(400);
    expect((json.error as { message: string }).message).toMatch(/drawing/);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${baseUrl()}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toContain('/api/find');
  });
});
