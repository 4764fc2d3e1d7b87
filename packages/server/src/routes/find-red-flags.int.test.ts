import { describe, expect, it } from 'vitest';
import { useListeningApp } from '../testing/listening-app.test-helper.ts';

const baseUrl = useListeningApp();

async function find(body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${baseUrl()}/api/find`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

describe('POST /api/find reads red flags with context', () => {
  it('a negative screen raises nothing and lists what it ruled out', async () => {
    const json = await find({ text: 'low back', evidenceText: 'denies saddle numbness, no fever' });
    expect(json.stop).toBeNull();
    expect((json.ruledOut as { id: string; status: string }[]).map((f) => `${f.id}:${f.status}`)).toEqual([
      'saddle-numbness:negated',
      'fever:negated',
    ]);
  });

  it('a companion named with arm pain in the description is an emergency, with the rule that fired', async () => {
    const json = await find({ text: 'pain down my left arm, feel cold and clammy' });
    expect((json.stop as { tier: string }).tier).toBe('emergency');
    expect((json.redFlagRules as { id: string }[]).map((r) => r.id)).toContain('cardiac-companion');
  });

  it('reads the client’s age for the age rules: the same words are urgent at 70 and a referral without an age', async () => {
    const words = { text: 'right temple', evidenceText: 'new headache, my jaw hurts when chewing' };
    const old = await find({ ...words, age: 70 });
    expect((old.stop as { tier: string }).tier).toBe('urgent');
    expect((old.redFlagRules as { id: string }[]).map((r) => r.id)).toContain('giant-cell-arteritis');
    const unknown = await find(words);
    expect((unknown.stop as { tier: string }).tier).toBe('refer');
    expect((unknown.redFlagRules as { id: string }[]).map((r) => r.id)).not.toContain('giant-cell-arteritis');
  });

  it.each([[121], [-1], [42.5], ['70']])('refuses age %j with a 400 naming the field', async (age) => {
    const res = await fetch(`${baseUrl()}/api/find`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'right temple', age }),
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { details: { issues: { path: string }[] } } };
    expect(error.details.issues.map((i) => i.path)).toEqual(['age']);
  });
});
