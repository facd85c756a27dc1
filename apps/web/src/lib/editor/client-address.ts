import 'server-only';
import { createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import { headers } from 'next/headers';

/**
 * The visitor's address, signed for the API (which checks it in
 * apps/api/src/server/http/client-address.ts): the API's sign-in limits
 * are per address, and every call from this server would otherwise come
 * from the same loopback address.
 *
 * The address is the last X-Forwarded-For entry: the one the nearest hop saw.
 * Next sets it to the socket's address when absent; a reverse proxy in front
 * should set it (nginx: `proxy_set_header X-Forwarded-For $remote_addr`),
 * since without one a visitor can send their own header and choose the
 * address their attempts are counted under. That only gives them fresh
 * counts of their own, never someone else's lockout.
 */
export async function signedClientAddress(): Promise<string | undefined> {
  const secret = process.env.CARELEAF_CLIENT_IP_SECRET;
  if (!secret) return undefined;
  const forwarded = (await headers()).get('x-forwarded-for') ?? '';
  let address = forwarded.split(',').at(-1)?.trim() ?? '';
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  if (!isIP(address)) return undefined;
  const seconds = Math.floor(Date.now() / 1000);
  const mac = createHmac('sha256', secret).update(`${address};${seconds}`).digest('hex');
  return `${address};${seconds};${mac}`;
}

/**
 * What a sign-in sends about the browser: its signed address (for the sign-in
 * limits; the API keeps only its network prefix) and its User-Agent (the API
 * names the session's device from it on the sessions page). Without the
 * User-Agent every session would be named after this server's fetch.
 */
export async function signInClient(): Promise<{ signedClient?: string; userAgent?: string }> {
  const signedClient = await signedClientAddress();
  const userAgent = (await headers()).get('user-agent') ?? undefined;
  return { ...(signedClient ? { signedClient } : {}), ...(userAgent ? { userAgent } : {}) };
}
