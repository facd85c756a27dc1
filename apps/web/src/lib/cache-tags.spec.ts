import { hostName, slugTag, tenantTag } from './cache-tags';

test('cache tags name the host without its port, so the API’s publish call reaches pages read through any port', () => {
  expect(tenantTag('Gesundheit.localhost:3000')).toBe('tenant:gesundheit.localhost');
  expect(tenantTag('gesundheit.localhost')).toBe(tenantTag('gesundheit.localhost:8080'));
  expect(slugTag('example.org:443', 'de', 'x')).toBe('slug:example.org:de:x');
  expect(hostName(' [::1]:3000 ')).toBe('[::1]');
});
