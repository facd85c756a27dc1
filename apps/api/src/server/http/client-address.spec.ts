import { CLIENT_ADDRESS_MAX_SKEW_SEC, signClientAddress, verifyClientAddress } from './client-address';

const SECRET = 'a unit test secret that is long enough';

describe('signed client address', () => {
  test('a header signed with the shared secret gives its address back, for IPv4 and IPv6', () => {
    for (const ip of ['203.0.113.7', '2001:db8::1']) expect(verifyClientAddress(SECRET, signClientAddress(SECRET, ip))).toBe(ip);
  });

  test('another secret, a changed address, a stale or future time, or garbage give nothing', () => {
    const now = Date.now();
    const skew = (CLIENT_ADDRESS_MAX_SKEW_SEC + 5) * 1000;
    expect(verifyClientAddress(SECRET, signClientAddress('some other secret of enough length', '203.0.113.7'))).toBeNull();
    expect(verifyClientAddress(SECRET, signClientAddress(SECRET, '203.0.113.7').replace('.7;', '.8;'))).toBeNull();
    expect(verifyClientAddress(SECRET, signClientAddress(SECRET, '203.0.113.7', now - skew), now)).toBeNull();
    expect(verifyClientAddress(SECRET, signClientAddress(SECRET, '203.0.113.7', now + skew), now)).toBeNull();
    for (const junk of [undefined, '', '203.0.113.7', 'not-an-ip;1;' + 'a'.repeat(64), 'x'.repeat(500)]) {
      expect(verifyClientAddress(SECRET, junk)).toBeNull();
    }
  });
});
