import { createHmac, timingSafeEqual } from 'node:crypto';
import { newWebhookSecret, signatureHeader } from './signature';

test('the signature is the hex HMAC-SHA256 of "<t>.<body>" with the secret, as a receiver recomputes it', () => {
  const secret = newWebhookSecret();
  const body = '{"id":"e1","type":"document.published"}';
  const header = signatureHeader(secret, 1_765_600_000, body);
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)!;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  expect(timingSafeEqual(Buffer.from(v1!), Buffer.from(expected))).toBe(true);
  expect(signatureHeader(secret, 1_765_600_001, body)).not.toBe(header);
  expect(signatureHeader(newWebhookSecret(), 1_765_600_000, body)).not.toBe(header);
});

test('secrets are random and recognisable', () => {
  const a = newWebhookSecret();
  expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  expect(newWebhookSecret()).not.toBe(a);
});
