/** An error reply of the Myomap API. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function parse<T>(res: Response): Promise<T> {
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error;
    throw new ApiError(res.status, err?.code ?? 'http-error', err?.message ?? res.statusText, err?.details);
  }
  return body as T;
}

/** GET a JSON resource from the API. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: 'application/json' }, signal: signal ?? null }));
}

/** POST JSON to the API and read the JSON reply. */
export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return parse<T>(
    await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: signal ?? null,
    }),
  );
}

/** The CSRF token the server set at sign-in (script-readable cookie), echoed on every write. */
export function csrfToken(): string | undefined {
  const match = /(?:^|;\s*)myomap_csrf=([^;]+)/.exec(document.cookie);
  return match?.[1];
}

/** Sends a state-changing request (POST, PUT, PATCH, DELETE) with JSON and the CSRF header; reads the JSON reply (undefined for 204). */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (token !== undefined) headers['x-csrf-token'] = token;
  const res = await fetch(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status === 204) return undefined as T;
  return parse<T>(res);
}

/** Field messages of a 400 reply, keyed by field path ("email", "password", …); empty for other errors. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'validation-failed') return {};
  const issues =
    (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path] ??= issue.message;
  return out;
}
