import { checkPasswordStrength } from './password-strength';

const reasonOf = (password: string, context: string[] = []): string => {
  try {
    checkPasswordStrength(password, 'password', context);
    return 'OK';
  } catch (e) {
    return (e as { details?: { reason?: string } }).details?.reason ?? String(e);
  }
};

describe('password strength', () => {
  test.each([
    ['passwort123', 'PASSWORD_TOO_SHORT'],
    ['Password1!', 'PASSWORD_TOO_SHORT'],
    ['qwerty123456', 'PASSWORD_COMMON'],
    ['Passwort123456', 'PASSWORD_WEAK'],
    ['Password1234!', 'PASSWORD_WEAK'],
    ['qwertzuiop123', 'PASSWORD_WEAK'],
    ['careleaf2025careleaf', 'PASSWORD_WEAK'],
    ['x'.repeat(1025), 'PASSWORD_TOO_LONG'],
  ])('%s is refused as %s', (password, reason) => {
    expect(reasonOf(password)).toBe(reason);
  });

  test("a password made of the tenant's name, the user's name or address is refused", () => {
    const context = ['Wache Gesundheit Nordstadt', 'Anna Schmidt', 'anna.schmidt@example.org'];
    for (const p of ['Wache Gesundheit Nordstadt', 'wachegesundheit2025', 'AnnaSchmidt1990', 'anna.schmidt@example.org']) {
      expect([p, reasonOf(p, context)]).toEqual([p, 'PASSWORD_WEAK']);
    }
  });

  test.each(['violet kayak hums under 7 lanterns', 'Lantern-orchid drifts 47 miles', 'Qw8!mZ2#rT6pLx'])('%s is accepted', (password) => {
    expect(reasonOf(password, ['Wache Gesundheit Nordstadt'])).toBe('OK');
  });

  test('the error names the field and says why, for the client to show in its language', () => {
    expect(() => checkPasswordStrength('Password1234!', 'newPassword')).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'newPassword',
        details: { reason: 'PASSWORD_WEAK', score: expect.any(Number), minScore: 3 },
      }),
    );
  });
});
