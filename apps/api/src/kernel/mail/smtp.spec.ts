import { loadSmtpConfig, safeHeaders } from './smtp';

const base = { SMTP_HOST: 'mail.example.org', MAIL_FROM: 'careleaf@example.org' };

test('production without SMTP_HOST refuses to start, naming the variable; development falls back to the log sender', () => {
  expect(() => loadSmtpConfig({}, true)).toThrow(/^SMTP_HOST is required in production/);
  expect(loadSmtpConfig({}, false)).toBeNull();
});

test('the TLS mode follows the port unless given: 465 implicit, otherwise STARTTLS required', () => {
  expect(loadSmtpConfig(base, true)).toMatchObject({ port: 587, tls: 'starttls', user: null, password: null });
  expect(loadSmtpConfig({ ...base, SMTP_PORT: '465' }, true)).toMatchObject({ port: 465, tls: 'implicit' });
  expect(loadSmtpConfig({ ...base, SMTP_TLS: 'implicit' }, true)).toMatchObject({ port: 465, tls: 'implicit' });
  expect(loadSmtpConfig({ ...base, SMTP_PORT: '2525', SMTP_TLS: 'starttls', SMTP_USER: 'u', SMTP_PASSWORD: 'p' }, true)).toMatchObject({
    port: 2525,
    user: 'u',
    password: 'p',
  });
});

test('settings that cannot work are refused with the variable to fix', () => {
  expect(() => loadSmtpConfig({ ...base, SMTP_TLS: 'maybe' }, false)).toThrow(/^SMTP_TLS must be implicit, starttls or none/);
  expect(() => loadSmtpConfig({ ...base, SMTP_PORT: '70000' }, false)).toThrow(/^SMTP_PORT must be a port number/);
  expect(() => loadSmtpConfig({ ...base, MAIL_FROM: '' }, false)).toThrow(/^MAIL_FROM must be the sender's e-mail address/);
  expect(() => loadSmtpConfig({ ...base, SMTP_USER: 'u' }, false)).toThrow(/^SMTP_USER is set but SMTP_PASSWORD is not/);
  expect(() => loadSmtpConfig({ ...base, SMTP_TIMEOUT_SECONDS: '0' }, false)).toThrow(/^SMTP_TIMEOUT_SECONDS/);
});

test('plain SMTP in production only to a relay on this machine', () => {
  expect(() => loadSmtpConfig({ ...base, SMTP_TLS: 'none' }, true)).toThrow(/^SMTP_TLS=none sends passwords and links in the clear/);
  expect(loadSmtpConfig({ ...base, SMTP_HOST: '127.0.0.1', SMTP_TLS: 'none', SMTP_PORT: '25' }, true)).toMatchObject({
    tls: 'none',
    port: 25,
  });
  expect(loadSmtpConfig({ ...base, SMTP_TLS: 'none' }, false)).toMatchObject({ tls: 'none' });
});

test('extra headers pass as given; a header that could smuggle another line is refused for good', () => {
  expect(safeHeaders({ 'List-Unsubscribe': '<https://x.test/u?t=1>' })).toEqual({ 'List-Unsubscribe': '<https://x.test/u?t=1>' });
  expect(() => safeHeaders({ 'List-Unsubscribe': 'a\r\nBcc: someone@example.org' })).toThrow(/malformed header/);
  expect(() => safeHeaders({ 'Bad Name': 'x' })).toThrow(/malformed header/);
});
