import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret (session cookie, reset or invitation link) and the only form of it that is stored. */
export interface IssuedToken {
  token: string;
  hash: Buffer;
}

/** 32 random bytes, base64url: 256 bits, so a plain SHA-256 (no salt, no stretching) is a safe stored form. */
export function issueToken(): IssuedToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Tokens we issue are exactly 43 base64url characters; anything else is rejected before any lookup. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
