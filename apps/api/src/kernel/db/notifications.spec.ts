import { backoffDelay } from './notifications';

const backoff = { initialMs: 250, maxMs: 30_000 };

test('reconnect delays double from the first step and stop growing at the cap', () => {
  const top = () => 1;
  expect([0, 1, 2, 3].map((n) => backoffDelay(n, backoff, top))).toEqual([250, 500, 1000, 2000]);
  expect(backoffDelay(20, backoff, top)).toBe(30_000);
  expect(backoffDelay(10_000, backoff, top)).toBe(30_000);
});

test('reconnect delays are jittered between half and all of the step', () => {
  expect(backoffDelay(3, backoff, () => 0)).toBe(1000);
  expect(backoffDelay(3, backoff, () => 0.5)).toBe(1500);
  expect(backoffDelay(30, backoff, () => 0)).toBe(15_000);
});
