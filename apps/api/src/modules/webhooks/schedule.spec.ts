import { DEFAULT_RETRY, retryDelaySeconds, verdictOf } from './schedule';

test('the default schedule tries six times, doubling the wait, over about an hour', () => {
  const waits = [1, 2, 3, 4, 5, 6].map((a) => retryDelaySeconds(DEFAULT_RETRY, a));
  expect(waits).toEqual([120, 240, 480, 960, 1920, null]);
  const total = waits.reduce<number>((s, w) => s + (w ?? 0), 0);
  expect(total).toBeGreaterThan(50 * 60);
  expect(total).toBeLessThan(70 * 60);
});

test('network errors, 5xx, 408 and 429 are retried; other 4xx and redirects are permanent; 2xx succeeds', () => {
  expect([null, 500, 502, 503, 408, 429].map(verdictOf)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'retry']);
  expect([400, 401, 403, 404, 410, 422, 301, 302].map(verdictOf)).toEqual(Array(8).fill('permanent'));
  expect([200, 201, 204].map(verdictOf)).toEqual(['succeeded', 'succeeded', 'succeeded']);
});
