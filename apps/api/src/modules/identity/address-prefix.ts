import { isIPv4, isIPv6 } from 'node:net';

/** IPv4 addresses are kept to their /24, IPv6 to their /48: about the network of a household or a small site. */
export const IPV4_PREFIX_BITS = 24;
export const IPV6_PREFIX_BITS = 48;

/**
 * The network a sign-in came from, never the address itself: `203.0.113.0/24`
 * or `2001:db8:1::/48` (privacy by design: only this is stored with a session,
 * enough for a person to recognise "my office" or "not me"). An IPv4 address
 * written as IPv6 (`::ffff:203.0.113.9`) is treated as IPv4; anything that is
 * not an address (e.g. 'unknown') gives null.
 */
export function addressPrefix(address: string): string | null {
  let a = address.trim();
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1]!;
  if (isIPv4(a)) {
    const [x, y, z] = a.split('.');
    return `${x}.${y}.${z}.0/${IPV4_PREFIX_BITS}`;
  }
  if (isIPv6(a)) {
    const groups = ipv6Groups(a);
    // The first three groups are the /48; printed short, as PostgreSQL prints a cidr.
    const [g0, g1, g2] = groups.slice(0, 3);
    const head = [g0!, g1!, g2!];
    while (head.length && head.at(-1) === 0) head.pop();
    return `${head.map((g) => g.toString(16)).join(':')}::/${IPV6_PREFIX_BITS}`;
  }
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address (node:net has checked it), with `::` and a dotted IPv4 tail expanded. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [b0, b1, b2, b3] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((b0! << 8) | b1!).toString(16)}:${((b2! << 8) | b3!).toString(16)}`;
  }
  const [left, right] = text.split('::');
  const part = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const head = part(left);
  if (right === undefined) return head;
  const tail = part(right);
  return [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}
