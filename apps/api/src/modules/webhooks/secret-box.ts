import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Signing secrets at rest. HMAC needs the secret itself, so it cannot be
 * hashed like a password: it is encrypted with a key derived from the
 * operator's CARELEAF_WEBHOOK_KEY (AES-256-GCM), with the tenant and the
 * subscription as additional data, so a sealed secret copied to another row
 * or tenant does not open. Layout: version (1 byte) | IV (12) | tag (16) | ciphertext.
 */
const VERSION = 1;

/** Outside production without CARELEAF_WEBHOOK_KEY: a fixed, public key (development and tests only; says nothing secret). */
export const DEVELOPMENT_KEY_MATERIAL = 'careleaf development webhook key: not a secret, never used in production';

export function webhookKey(material: string): Buffer {
  return Buffer.from(hkdfSync('sha256', material, 'careleaf-webhooks', 'webhook signing secrets v1', 32));
}

export function sealSecret(key: Buffer, secret: string, boundTo: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(boundTo));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

/** The secret, or null when the box was sealed with another key or for another row. */
export function openSecret(key: Buffer, box: Buffer, boundTo: string): string | null {
  if (box.length < 30 || box[0] !== VERSION) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, box.subarray(1, 13));
    decipher.setAAD(Buffer.from(boundTo));
    decipher.setAuthTag(box.subarray(13, 29));
    return Buffer.concat([decipher.update(box.subarray(29)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
