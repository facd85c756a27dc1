/**
 * A Host (or trusted X-Forwarded-Host) value, strictly: a DNS name or IPv4
 * address and an optional port, nothing else. Express's `req.hostname` cuts
 * at the first ":", so "gesundheit.localhost:@evil.example" would read as the
 * tenant's host; here anything but `name[:port]` is refused.
 */
export interface ParsedHost {
  hostname: string;
  port: number | null;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(${LABEL}(?:\\.${LABEL})*)\\.?(?::(\\d{1,5}))?$`);
/** RFC 1035: 253 characters of name, plus ":65535". */
const MAX_LENGTH = 253 + 6;

export function parseHost(raw: string | undefined | null): ParsedHost | null {
  if (!raw || raw.length > MAX_LENGTH) return null;
  const m = HOST.exec(raw.trim().toLowerCase());
  if (!m) return null;
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  return { hostname: m[1]!, port };
}

/** The ports a Host may name: null allows any (development); 80 and 443 are always fine, as is no port. */
export function portAllowed(port: number | null, allowed: ReadonlySet<number> | null): boolean {
  return port === null || port === 80 || port === 443 || allowed === null || allowed.has(port);
}
