import { generateSecret, generateURI, verify } from 'otplib';

/** TOTP as authenticator apps expect it: SHA-1, 6 digits, 30-second steps; one step of clock drift either way. */
const PERIOD = 30;
const TOLERANCE = PERIOD;

/** A new random TOTP secret (160 bits, base32). */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// link an authenticator app reads (as a QR code or typed in). */
export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret, period: PERIOD });
}

/**
 * Checks a 6-digit code at the instant `nowIso`; returns the time step it matched, or null. A code
 * of a step at or before `lastStep` is refused, so a code never works twice (ASVS 6.5.1).
 */
export async function checkTotp(
  secret: string,
  code: string,
  nowIso: string,
  lastStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    period: PERIOD,
    epoch: Math.floor(Date.parse(nowIso) / 1000),
    epochTolerance: TOLERANCE,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  return result.valid ? (result as { timeStep: number }).timeStep : null;
}
