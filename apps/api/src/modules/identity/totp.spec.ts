import { generate } from 'otplib';
import { acceptedTimeStep, newRecoveryCode, newTotpSecret, recoveryCodeHash, secretGroups } from './totp';

const now = () => Math.floor(Date.now() / 1000);

test('the secret is 32 base32 characters and its groups of four spell it', () => {
  const secret = newTotpSecret();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(secretGroups(secret)).toHaveLength(8);
  expect(secretGroups(secret).join('')).toBe(secret);
});

test('a code is accepted with its time step, and refused once that step was used', async () => {
  const secret = newTotpSecret();
  const epoch = now();
  const step = await acceptedTimeStep(secret, await generate({ secret, epoch }), null);
  expect(step).toBe(Math.floor(epoch / 30));
  // Typed with a space, as apps show it.
  const spaced = await generate({ secret, epoch });
  expect(await acceptedTimeStep(secret, `${spaced.slice(0, 3)} ${spaced.slice(3)}`, null)).toBe(step);
  expect(await acceptedTimeStep(secret, await generate({ secret, epoch }), step)).toBeNull();
});

test('codes of other secrets, of far-off times, and malformed codes are refused', async () => {
  const secret = newTotpSecret();
  expect(await acceptedTimeStep(secret, await generate({ secret: newTotpSecret(), epoch: now() }), null)).toBeNull();
  expect(await acceptedTimeStep(secret, await generate({ secret, epoch: now() - 600 }), null)).toBeNull();
  expect(await acceptedTimeStep(secret, '12345', null)).toBeNull();
  expect(await acceptedTimeStep(secret, 'abcdef', null)).toBeNull();
});

test('recovery codes are four groups of four unambiguous characters, hashed the same however they are typed', () => {
  const code = newRecoveryCode();
  expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$/);
  const hash = recoveryCodeHash(code)!;
  expect(recoveryCodeHash(code.toUpperCase().replace(/-/g, ' '))).toEqual(hash);
  expect(recoveryCodeHash('not-a-recovery-code')).toBeNull();
  expect(new Set(Array.from({ length: 50 }, newRecoveryCode)).size).toBe(50);
});
