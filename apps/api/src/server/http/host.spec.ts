import { parseHost, portAllowed } from './host';

test('a plain host name, with or without a port, is read as name and port', () => {
  expect(parseHost('gesundheit.localhost')).toEqual({ hostname: 'gesundheit.localhost', port: null });
  expect(parseHost('Gesundheit.Localhost:3000')).toEqual({ hostname: 'gesundheit.localhost', port: 3000 });
  expect(parseHost('127.0.0.1:4000')).toEqual({ hostname: '127.0.0.1', port: 4000 });
});

test.each([
  'gesundheit.localhost:@evil.example',
  'gesundheit.localhost@evil.example',
  'gesundheit.localhost:3000@evil.example',
  'gesundheit.localhost/evil.example',
  'gesundheit.localhost:99999',
  'gesundheit.localhost:0',
  'gesundheit.localhost, evil.example',
  'gesundheit..localhost',
  '-gesundheit.localhost',
  'gesundheit.localhost:',
  '',
  `${'a'.repeat(300)}.example`,
])('a host that is not name[:port] is refused: %j', (raw) => {
  expect(parseHost(raw)).toBeNull();
});

test('ports other than 80 and 443 need to be configured unless any port is allowed', () => {
  expect(portAllowed(null, new Set())).toBe(true);
  expect(portAllowed(443, new Set())).toBe(true);
  expect(portAllowed(3000, new Set())).toBe(false);
  expect(portAllowed(3000, new Set([3000]))).toBe(true);
  expect(portAllowed(8080, null)).toBe(true);
});
