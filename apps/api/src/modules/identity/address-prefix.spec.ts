import { addressPrefix } from './address-prefix';

test('an IPv4 address is cut to its /24', () => {
  expect(addressPrefix('203.0.113.77')).toBe('203.0.113.0/24');
  expect(addressPrefix('10.1.2.3')).toBe('10.1.2.0/24');
});

test('an IPv4 address written as IPv6 is cut to its IPv4 /24', () => {
  expect(addressPrefix('::ffff:198.51.100.200')).toBe('198.51.100.0/24');
});

test('an IPv6 address is cut to its /48, written short', () => {
  expect(addressPrefix('2001:db8:abcd:12:1:2:3:4')).toBe('2001:db8:abcd::/48');
  expect(addressPrefix('2001:0db8:0001:ffff::1')).toBe('2001:db8:1::/48');
  expect(addressPrefix('2001:db8::1')).toBe('2001:db8::/48');
  expect(addressPrefix('fe80::1%eth0')).toBe('fe80::/48');
  expect(addressPrefix('::1')).toBe('::/48');
});

test('something that is not an address has no prefix', () => {
  expect(addressPrefix('unknown')).toBeNull();
  expect(addressPrefix('')).toBeNull();
  expect(addressPrefix('999.1.1.1')).toBeNull();
});
