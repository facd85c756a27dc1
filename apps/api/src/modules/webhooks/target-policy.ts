import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Longest webhook URL accepted. */
export const MAX_WEBHOOK_URL_CHARS = 2048;

/**
 * Where webhooks may go. In production only https, and never to a private,
 * loopback, link-local or otherwise internal address (server-side request
 * forgery into the operator's network), unless the operator's allow-list
 * (WEBHOOK_ALLOWED_NETWORKS) names the network. Elsewhere http and loopback
 * are allowed: developers and the tests run receivers on their own machine,
 * without certificates.
 */
export interface TargetPolicy {
  production: boolean;
  /** Networks (CIDRs or addresses) allowed although internal. */
  allowNetworks: readonly string[];
}

const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv6');

function allowList(networks: readonly string[]): BlockList {
  const list = new BlockList();
  for (const n of networks) {
    const [address, prefix] = n.split('/');
    const family = isIP(address ?? '') === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address!, family);
    else list.addSubnet(address!, Number(prefix), family);
  }
  return list;
}

/** IPv4 written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

export function isInternalAddress(address: string): boolean {
  const a = unmapped(address);
  return INTERNAL.check(a.address, a.family);
}

/** Builds the checks once per policy (the allow-list is parsed here). */
export function targetGuard(policy: TargetPolicy) {
  const allowed = allowList(policy.allowNetworks);
  const addressAllowed = (address: string): boolean => {
    if (!policy.production) return true;
    const a = unmapped(address);
    return !INTERNAL.check(a.address, a.family) || allowed.check(a.address, a.family);
  };

  /** Checks a URL as written (at creation and before each delivery); the addresses are checked on connecting. */
  const checkUrl = (raw: string): { ok: true; url: URL } | { ok: false; reason: 'WEBHOOK_URL_INVALID' | 'WEBHOOK_URL_NOT_ALLOWED' } => {
    if (raw.length > MAX_WEBHOOK_URL_CHARS) return { ok: false, reason: 'WEBHOOK_URL_INVALID' };
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { ok: false, reason: 'WEBHOOK_URL_INVALID' };
    }
    // Credentials in the URL would be shown in the list and the log; the signature authenticates instead.
    if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.hash) return { ok: false, reason: 'WEBHOOK_URL_INVALID' };
    if (policy.production && url.protocol !== 'https:') return { ok: false, reason: 'WEBHOOK_URL_NOT_ALLOWED' };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) && !addressAllowed(host)) return { ok: false, reason: 'WEBHOOK_URL_NOT_ALLOWED' };
    if (policy.production && /(^|\.)localhost\.?$/i.test(host)) return { ok: false, reason: 'WEBHOOK_URL_NOT_ALLOWED' };
    return { ok: true, url };
  };

  /**
   * The DNS lookup of every delivery: resolves the name and refuses it when
   * any address is not allowed. The connection then goes to exactly the
   * address checked, so a name that resolves differently a moment later
   * (DNS rebinding) cannot slip past.
   */
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const refused = addresses.find((a) => !addressAllowed(a.address));
      if (refused || !addresses.length) {
        const e = Object.assign(new Error(`the address of ${hostname} is not allowed for webhooks (internal network)`), {
          code: 'WEBHOOK_ADDRESS_NOT_ALLOWED',
        });
        return callback(e, '', 0);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

  return { checkUrl, addressAllowed, lookup };
}
