import { acceptedHost, cookieName, publicOrigin, secureCookies } from './public-url';

const production = { NODE_ENV: 'production' };
const development = { NODE_ENV: 'development', PORT: '3000' };

test('absolute URLs use https and the canonical domain in production, whatever the request said', () => {
  expect(publicOrigin('gesundheit.example', production)).toBe('https://gesundheit.example');
  expect(publicOrigin('gesundheit.localhost', development)).toBe('http://gesundheit.localhost:3000');
  expect(publicOrigin('gesundheit.example', { ...production, PUBLIC_WEB_URL: 'https://{host}:8443/' })).toBe(
    'https://gesundheit.example:8443',
  );
});

test('in production every cookie the site sets is Secure and named __Host-', () => {
  expect(secureCookies(production)).toBe(true);
  expect(cookieName('careleaf-region', production)).toBe('__Host-careleaf-region');
});

test('over plain http (development) cookies keep their plain names and carry no Secure', () => {
  expect(secureCookies(development)).toBe(false);
  expect(cookieName('careleaf-region', development)).toBe('careleaf-region');
});

test('only name[:allowed port] hosts are accepted', () => {
  expect(acceptedHost('Gesundheit.Localhost:3000', development)).toBe('gesundheit.localhost:3000');
  expect(acceptedHost('gesundheit.example', production)).toBe('gesundheit.example');
  expect(acceptedHost('gesundheit.example:443', production)).toBe('gesundheit.example:443');
  for (const evil of [
    'gesundheit.localhost:@evil.example',
    'gesundheit.localhost@evil.example',
    'gesundheit.localhost:3000@evil.example',
    'gesundheit.localhost/evil.example',
    'gesundheit.localhost, evil.example',
    '',
  ]) {
    expect(acceptedHost(evil, development)).toBeNull();
  }
  expect(acceptedHost('gesundheit.example:3000', production)).toBeNull();
  expect(acceptedHost('gesundheit.example:3000', { ...production, ALLOWED_HOST_PORTS: '3000' })).toBe('gesundheit.example:3000');
});
