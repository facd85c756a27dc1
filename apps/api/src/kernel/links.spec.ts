import { EDITOR_PATHS, linkBuilder } from './links';

test('links use the configured scheme and port with the tenant host', () => {
  const link = linkBuilder('http://{host}:3000');
  expect(link('gesundheit.localhost', EDITOR_PATHS.resetPassword, { token: 'abc_-1' })).toBe(
    'http://gesundheit.localhost:3000/editor/reset-password?token=abc_-1',
  );
  expect(linkBuilder('https://{host}')('krebsinfo.example.org', EDITOR_PATHS.acceptInvitation, { token: 't' })).toBe(
    'https://krebsinfo.example.org/editor/accept-invitation?token=t',
  );
});

test('a tenant without a domain gets a localhost link', () => {
  expect(linkBuilder('http://{host}:3000')(null, '/x', {})).toBe('http://localhost:3000/x');
});
