import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { hashToken } from './tokens';

/**
 * TOTP (RFC 6238) through otplib (docs/adr/0024-two-factor-with-totp.md):
 * SHA-1, 6 digits, 30-second steps, what every authenticator app accepts.
 * One step either side is accepted for clock drift; the step of each
 * accepted code is stored, and otplib refuses that step and earlier ones
 * (`afterTimeStep`), so a code works once.
 */

/** Shown in the authenticator app above the account name. */
export const TOTP_ISSUER = 'Careleaf';
const TOLERANCE_SECONDS = 30;

/** A new secret: 20 random bytes (160 bits, the RFC's recommendation), base32 without padding. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The address authenticator apps read from the QR code. */
export function otpauthUri(secret: string, account: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: account, secret });
}

/** The secret in groups of four, for people who type it and for screen readers (the QR code's text alternative). */
export function secretGroups(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}

/** A six-digit code as people type it (spaces allowed: apps show "123 456"). */
export function looksLikeTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/** The time step of `code` when it is right for `secret` and later than `afterTimeStep`; null otherwise. */
export async function acceptedTimeStep(secret: string, code: string, afterTimeStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  // The functional API answers HOTP or TOTP results; only a TOTP one has its time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

// Recovery codes: 16 characters from 31 that are hard to confuse (no 0/o, 1/l/i), about 79 bits.
// That is enough for a plain SHA-256 as their stored form (tokens.ts), like our other bearer secrets.
const RECOVERY_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const RECOVERY_CODE_COUNT = 10;

/** A recovery code as shown: four groups of four, e.g. "k7m2-x9qa-…". */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 16 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What is stored of a recovery code: the hash of its 16 characters, whatever case, spaces or hyphens were typed. */
export function recoveryCodeHash(code: string): Buffer | null {
  const plain = code.toLowerCase().replace(/[\s-]/g, '');
  return /^[2-9a-hjkmnp-z]{16}$/.test(plain) ? hashToken(plain) : null;
}
