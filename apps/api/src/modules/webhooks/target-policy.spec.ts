import { isInternalAddress, targetGuard } from './target-policy';

const production = targetGuard({ production: true, allowNetworks: [] });
const development = targetGuard({ production: false, allowNetworks: [] });

test('internal addresses are recognised, IPv4 written as IPv6 included', () => {
  for (const a of [
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fd00::1',
    'fe80::1',
    '::ffff:10.0.0.1',
  ])
    expect([a, isInternalAddress(a)]).toEqual([a, true]);
  for (const a of ['93.184.216.34', '2a00:1450:4001::1', '::ffff:93.184.216.34']) expect([a, isInternalAddress(a)]).toEqual([a, false]);
});

test('production accepts only https to public hosts; development also http and loopback', () => {
  expect(production.checkUrl('https://hooks.example.org/careleaf').ok).toBe(true);
  expect(production.checkUrl('http://hooks.example.org/careleaf')).toEqual({ ok: false, reason: 'WEBHOOK_URL_NOT_ALLOWED' });
  expect(production.checkUrl('https://127.0.0.1/x')).toEqual({ ok: false, reason: 'WEBHOOK_URL_NOT_ALLOWED' });
  expect(production.checkUrl('https://[::1]/x')).toEqual({ ok: false, reason: 'WEBHOOK_URL_NOT_ALLOWED' });
  expect(production.checkUrl('https://localhost/x')).toEqual({ ok: false, reason: 'WEBHOOK_URL_NOT_ALLOWED' });
  expect(development.checkUrl('http://127.0.0.1:4000/hook').ok).toBe(true);
});

test('malformed URLs, other schemes, credentials and over-long URLs are refused', () => {
  for (const u of [
    'not a url',
    'ftp://example.org/',
    'https://user:pw@example.org/',
    `https://example.org/${'a'.repeat(2048)}`,
    'javascript:alert(1)',
  ])
    expect([u.slice(0, 30), development.checkUrl(u).ok]).toEqual([u.slice(0, 30), false]);
});

test("the operator's allow-list admits an internal network in production", () => {
  const allowing = targetGuard({ production: true, allowNetworks: ['10.20.0.0/16', '192.168.5.5'] });
  expect(allowing.addressAllowed('10.20.3.4')).toBe(true);
  expect(allowing.addressAllowed('192.168.5.5')).toBe(true);
  expect(allowing.addressAllowed('10.21.0.1')).toBe(false);
  expect(allowing.checkUrl('https://10.20.3.4/hook').ok).toBe(true);
});

test('the delivery lookup refuses a name that resolves to loopback in production and allows it elsewhere', async () => {
  const resolve = (guard: ReturnType<typeof targetGuard>) =>
    new Promise<string>((done) =>
      guard.lookup('localhost', { family: 4 }, (err, address) => done(err ? `refused: ${err.message}` : String(address))),
    );
  expect(await resolve(production)).toMatch(/^refused: .*not allowed/);
  expect(await resolve(development)).toBe('127.0.0.1');
});
