import { minutesText, Throttle } from './throttle';

test('a key may go on until it has used its points, then waits for the window to end', async () => {
  const throttle = new Throttle('test', { points: 3, durationSec: 60 }, 'memory');
  for (let i = 0; i < 3; i++) {
    expect(await throttle.waitMs('a')).toBe(0);
    await throttle.hit('a');
  }
  const wait = await throttle.waitMs('a');
  expect(wait).toBeGreaterThan(55_000);
  expect(wait).toBeLessThanOrEqual(60_000);
  expect(await throttle.waitMs('b')).toBe(0);
});

test('hits past the limit do not throw, and a reset clears the key', async () => {
  const throttle = new Throttle('test2', { points: 1, durationSec: 60 }, 'memory');
  await throttle.hit('a');
  await throttle.hit('a');
  expect(await throttle.waitMs('a')).toBeGreaterThan(0);
  await throttle.reset('a');
  expect(await throttle.waitMs('a')).toBe(0);
});

test('take counts and checks in one step: the hits within the limit answer 0, the next ones the wait', async () => {
  const throttle = new Throttle('test3', { points: 2, durationSec: 60 }, 'memory');
  expect(await Promise.all([1, 2, 3, 4].map(() => throttle.take('a')))).toEqual([0, 0, expect.any(Number), expect.any(Number)]);
  expect(await throttle.take('a')).toBeGreaterThan(55_000);
  expect(await throttle.take('b')).toBe(0);
});

test('waiting time is told in whole minutes, rounded up', () => {
  expect(minutesText(1)).toBe('1 minute');
  expect(minutesText(60_000)).toBe('1 minute');
  expect(minutesText(60_001)).toBe('2 minutes');
  expect(minutesText(15 * 60_000)).toBe('15 minutes');
});
