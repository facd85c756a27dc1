import { hashToken, issueToken, looksLikeToken } from './tokens';

test('an issued token is 256 random bits and is stored only as its SHA-256', () => {
  const a = issueToken();
  const b = issueToken();
  expect(a.token).not.toBe(b.token);
  expect(looksLikeToken(a.token)).toBe(true);
  expect(a.hash).toHaveLength(32);
  expect(a.hash.equals(hashToken(a.token))).toBe(true);
  expect(a.hash.toString('hex')).not.toContain(Buffer.from(a.token, 'base64url').toString('hex'));
});

test('values that cannot be our tokens are recognised without a lookup', () => {
  expect(looksLikeToken('')).toBe(false);
  expect(looksLikeToken('x'.repeat(42))).toBe(false);
  expect(looksLikeToken(`${'x'.repeat(42)}=`)).toBe(false);
  expect(looksLikeToken("' OR 1=1 --")).toBe(false);
});
