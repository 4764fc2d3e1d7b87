import { ApiError, fieldErrors } from '../../api/client.ts';

/** A short message for a failed save: the stale-edit and signed cases in plain words. */
export function saveMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 409) {
    const d = error.details as { currentVersion?: number; signed?: boolean } | undefined;
    if (d?.signed === true) return 'The note is signed and locked; add an addendum instead.';
    return `Someone else saved this first (now version ${d?.currentVersion ?? '?'}). Reload to see their change, then apply yours again.`;
  }
  const f = Object.entries(fieldErrors(error))[0];
  if (f !== undefined) return `${f[0]}: ${f[1]}`;
  return error instanceof ApiError ? error.message : 'The server did not answer; try again.';
}
