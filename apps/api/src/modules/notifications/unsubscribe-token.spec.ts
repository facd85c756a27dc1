import { newUnsubscribeKey, parseUnsubscribeToken, unsubscribeToken, verifyUnsubscribe } from './unsubscribe-token';

const tenant = '6f1c0b8e-1111-4a2b-9c3d-000000000001';
const user = '6f1c0b8e-2222-4a2b-9c3d-000000000002';

test('a token verifies under its key for its tenant, user and kind, and under nothing else', () => {
  const key = newUnsubscribeKey();
  const token = unsubscribeToken(key, tenant, user, 'reviewRequested');
  const parsed = parseUnsubscribeToken(token)!;
  expect(parsed).toMatchObject({ userId: user, kind: 'reviewRequested' });
  expect(verifyUnsubscribe(key, tenant, parsed)).toBe(true);
  expect(verifyUnsubscribe(newUnsubscribeKey(), tenant, parsed)).toBe(false);
  expect(verifyUnsubscribe(key, '6f1c0b8e-1111-4a2b-9c3d-000000000009', parsed)).toBe(false);
  // The same signature under another kind is refused.
  const otherKind = parseUnsubscribeToken(token.replace('reviewRequested', 'documentPublished'))!;
  expect(verifyUnsubscribe(key, tenant, otherKind)).toBe(false);
});

test('malformed tokens are not parsed at all', () => {
  for (const bad of [
    '',
    'x',
    `${user}.reviewRequested`,
    `${user}.noSuchKind.${'a'.repeat(43)}`,
    `not-a-uuid.reviewRequested.${'a'.repeat(43)}`,
    `${user}.reviewRequested.${'a'.repeat(42)}`,
  ])
    expect(parseUnsubscribeToken(bad)).toBeNull();
});
