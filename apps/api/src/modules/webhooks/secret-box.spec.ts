import { openSecret, sealSecret, webhookKey } from './secret-box';

const key = webhookKey('an operator key of at least thirty-two characters');

test('a sealed secret opens with the same key for the same row only', () => {
  const box = sealSecret(key, 'whsec_abc', 'tenant-a/sub-1');
  expect(box.toString('utf8')).not.toContain('whsec_abc');
  expect(openSecret(key, box, 'tenant-a/sub-1')).toBe('whsec_abc');
  expect(openSecret(key, box, 'tenant-b/sub-1')).toBeNull();
  expect(openSecret(webhookKey('another operator key, also thirty-two chars'), box, 'tenant-a/sub-1')).toBeNull();
  const tampered = Buffer.from(box);
  tampered[tampered.length - 1]! ^= 1;
  expect(openSecret(key, tampered, 'tenant-a/sub-1')).toBeNull();
});
