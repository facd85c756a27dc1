import { createHmac, randomBytes } from 'node:crypto';

/** A new signing secret: 32 random bytes, prefixed so people recognise it in their configuration. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** Hex HMAC-SHA256 of `<t>.<body>` with the secret (the secret's text, prefix included, is the key). */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/**
 * The `Careleaf-Signature` header: `t=<unix seconds>,v1=<hex>` (as Stripe's).
 * The timestamp is signed too, so a receiver that refuses old timestamps
 * cannot be fed a recorded request again later.
 */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signPayload(secret, timestamp, body)}`;
}
