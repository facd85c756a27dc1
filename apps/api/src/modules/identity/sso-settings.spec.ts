import { claimValues, isLoopback, mappedRole, SSO_LIMITS, validIssuer } from './sso-settings';

describe('the issuer of an identity provider', () => {
  test('https is accepted everywhere', () => {
    expect(validIssuer('https://login.example.org/realms/health', true).href).toBe('https://login.example.org/realms/health');
  });

  test('plain http is accepted outside production, and in production only for a provider on this machine', () => {
    expect(validIssuer('http://idp.example.org', false).protocol).toBe('http:');
    expect(validIssuer('http://127.0.0.1:8080', true).host).toBe('127.0.0.1:8080');
    expect(validIssuer('http://localhost:8080', true).hostname).toBe('localhost');
    expect(() => validIssuer('http://idp.example.org', true)).toThrow(expect.objectContaining({ reason: 'SSO_ISSUER_INVALID' }));
  });

  test('other schemes, user names, queries and fragments are refused', () => {
    for (const bad of [
      'ftp://idp.example.org',
      'https://user:pw@idp.example.org',
      'https://idp.example.org/?a=1',
      'https://idp.example.org/#x',
      'idp',
    ]) {
      expect(() => validIssuer(bad, false)).toThrow(expect.objectContaining({ reason: 'SSO_ISSUER_INVALID', field: 'issuer' }));
    }
  });

  test('loopback means 127.0.0.0/8, ::1 and localhost, nothing else', () => {
    expect(['127.0.0.1', '127.9.9.9', '[::1]', 'localhost'].map(isLoopback)).toEqual([true, true, true, true]);
    expect(['10.0.0.1', '128.0.0.1', 'localhost.example.org', '127.0.0.1.example.org'].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('claim values and the role mapping', () => {
  const mappings = [
    { value: 'admins', role: 'admin' as const, locales: [] },
    { value: 'translators-en', role: 'translator' as const, locales: ['en'] },
    { value: 'editors', role: 'editor' as const, locales: [] },
  ];

  test('a claim is a string or a list of strings; anything else is no value', () => {
    expect(claimValues('editors')).toEqual(['editors']);
    expect(claimValues(['a', 1, null, 'b', { c: 1 }])).toEqual(['a', 'b']);
    expect(claimValues(undefined)).toEqual([]);
    expect(claimValues(42)).toEqual([]);
  });

  test('at most SSO_LIMITS.claimValues values are read', () => {
    expect(claimValues(Array.from({ length: 5000 }, (_, i) => `g${i}`))).toHaveLength(SSO_LIMITS.claimValues);
  });

  test("the first row in the admin's order that the person matches decides", () => {
    expect(mappedRole(mappings, ['editors', 'translators-en'])).toEqual(mappings[1]);
    expect(mappedRole(mappings, ['staff', 'admins'])).toEqual(mappings[0]);
    expect(mappedRole(mappings, ['staff'])).toBeNull();
  });
});
