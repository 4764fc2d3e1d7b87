import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import type { AuthConfig } from './auth-config.ts';

/** Shortest and longest password accepted (ASVS: at least 8, allow 64 and more). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

/**
 * The lowest zxcvbn score accepted. Score 2 means an estimated 10^6 guesses or more: every password
 * of the bundled common-password list and its simple variants (l33t, reversed, a digit added) scores
 * 0 or 1 and is refused; long passphrases of ordinary words pass. No composition rules.
 */
export const MIN_PASSWORD_SCORE = 2;

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** Why a new password is refused, or null when it is acceptable. `userInputs` (email, names) count as guessable. */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  if (password.length < PASSWORD_MIN) return `must be at least ${PASSWORD_MIN} characters`;
  if (password.length > PASSWORD_MAX) return `must be at most ${PASSWORD_MAX} characters`;
  const result = zxcvbn.check(password, [...userInputs]);
  if (result.score < MIN_PASSWORD_SCORE)
    return 'is too common or too easy to guess; a few unrelated words make a strong passphrase';
  return null;
}

/** Hashes a password with Argon2id at the configured cost (PHC string with a random 16-byte salt). */
export function hashPassword(password: string, config: AuthConfig): Promise<string> {
  return hash(password, { ...config.argon2 });
}

/** Checks a password against a stored PHC string; false (never a throw) for a malformed hash. */
export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}
