import 'server-only';
import { cookies } from 'next/headers';
import { cookieName, secureCookies } from '../public-url';

/**
 * A webhook's new signing secret, from the handler that created or rotated
 * it to the page that shows it once (the API never answers it again). It
 * travels in a short-lived HttpOnly, SameSite=Strict cookie, never in the
 * URL (history, logs, referrers), as the two-factor recovery codes do; "I
 * have saved it" clears it.
 */
export const WEBHOOK_SECRET_COOKIE = cookieName('careleaf_editor_webhook_secret');
/** Long enough to copy it into the receiver's configuration, short enough not to linger. */
export const WEBHOOK_SECRET_MAX_AGE = 10 * 60;

function cookie(value: string, maxAge: number): string {
  const parts = [`${WEBHOOK_SECRET_COOKIE}=${value}`, 'Path=/', `Max-Age=${maxAge}`, 'SameSite=Strict', 'HttpOnly'];
  if (secureCookies()) parts.push('Secure');
  return parts.join('; ');
}

export interface ShownSecret {
  webhookId: string;
  secret: string;
}

const SECRET = /^whsec_[A-Za-z0-9_-]{20,100}$/;
const ID = /^[0-9a-f-]{36}$/i;

export function webhookSecretCookie(shown: ShownSecret): string {
  return cookie(Buffer.from(JSON.stringify(shown), 'utf8').toString('base64url'), WEBHOOK_SECRET_MAX_AGE);
}

export function clearWebhookSecretCookie(): string {
  return cookie('', 0);
}

export function decodeWebhookSecret(value: string | undefined): ShownSecret | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<ShownSecret>;
    if (typeof parsed.webhookId !== 'string' || !ID.test(parsed.webhookId)) return null;
    if (typeof parsed.secret !== 'string' || !SECRET.test(parsed.secret)) return null;
    return { webhookId: parsed.webhookId, secret: parsed.secret };
  } catch {
    return null;
  }
}

/** The secret just made, while its cookie lasts; null otherwise. */
export async function webhookSecretOfRequest(): Promise<ShownSecret | null> {
  return decodeWebhookSecret((await cookies()).get(WEBHOOK_SECRET_COOKIE)?.value);
}
