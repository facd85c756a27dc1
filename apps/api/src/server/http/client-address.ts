import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Request } from 'express';
import proxyaddr from 'proxy-addr';

/** The header the web app sends: `<address>;<unix seconds>;<hex HMAC-SHA256 of "address;seconds">`. */
export const CLIENT_ADDRESS_HEADER = 'x-careleaf-client';

/** A signed address older (or newer) than this is refused: a captured header cannot be replayed for long. */
export const CLIENT_ADDRESS_MAX_SKEW_SEC = 60;

export interface ClientAddressConfig {
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDRs, or proxy-addr's names); empty: none. */
  trustedProxies: string[];
  /** Shared with the web app; null: the signed header is ignored. */
  clientIpSecret: string | null;
}

function signature(secret: string, address: string, seconds: number): Buffer {
  return createHmac('sha256', secret).update(`${address};${seconds}`).digest();
}

/** What the web app puts in CLIENT_ADDRESS_HEADER (the web has its own copy of this in lib/client-address.ts). */
export function signClientAddress(secret: string, address: string, nowMs = Date.now()): string {
  const seconds = Math.floor(nowMs / 1000);
  return `${address};${seconds};${signature(secret, address, seconds).toString('hex')}`;
}

/** The address in a signed header, or null when it is missing, malformed, stale or not signed with `secret`. */
export function verifyClientAddress(secret: string, header: string | undefined, nowMs = Date.now()): string | null {
  if (!header || header.length > 200) return null;
  const [address, secondsText, mac] = header.split(';');
  if (!address || !secondsText || !mac || !isIP(address) || !/^\d{1,12}$/.test(secondsText) || !/^[0-9a-f]{64}$/.test(mac)) return null;
  const seconds = Number(secondsText);
  if (Math.abs(nowMs / 1000 - seconds) > CLIENT_ADDRESS_MAX_SKEW_SEC) return null;
  return timingSafeEqual(Buffer.from(mac, 'hex'), signature(secret, address, seconds)) ? address : null;
}

/**
 * The address rate limits are keyed on. Loopback is not trusted by default:
 * the web app runs there, and so could anybody else's process, so a
 * forwarded address counts only when it is signed with the shared secret
 * or comes from a proxy the operator listed in TRUSTED_PROXIES.
 */
export function clientAddressResolver(config: ClientAddressConfig): (req: Request) => string {
  const trust = proxyaddr.compile(config.trustedProxies);
  return (req) => {
    if (config.clientIpSecret) {
      const signed = verifyClientAddress(config.clientIpSecret, req.get(CLIENT_ADDRESS_HEADER));
      if (signed) return signed;
    }
    return proxyaddr(req, trust) || 'unknown';
  };
}
