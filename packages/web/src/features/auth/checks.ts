/** Page-side checks that mirror the server's (the server decides; these only save a round trip). */

/** Shown under every new-password field. */
export const passwordHint =
  'At least 8 characters. A few unrelated words make a strong, memorable passphrase.';

/** "Required" when blank. */
export function required(value: string): string | undefined {
  return value.trim() === '' ? 'Required' : undefined;
}

/** A plain email shape check. */
export function looksLikeEmail(value: string): string | undefined {
  if (value.trim() === '') return 'Required';
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim())
    ? undefined
    : 'Enter an email address like name@example.com';
}

/** Length only; commonness is judged by the server. */
export function strongEnough(value: string): string | undefined {
  if (value === '') return 'Required';
  return value.length < 8 ? 'Use at least 8 characters' : undefined;
}
