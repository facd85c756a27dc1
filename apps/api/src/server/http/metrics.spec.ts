import { ApiMetrics, MAX_OPERATION_NAMES, routeLabel } from './metrics';

test('operation names become labels only while few: later names, odd names and anonymous operations are grouped', () => {
  const metrics = new ApiMetrics(null, null);
  expect(metrics.operationLabel('DocumentPage')).toBe('DocumentPage');
  expect(metrics.operationLabel(undefined)).toBe('(anonymous)');
  expect(metrics.operationLabel('x'.repeat(65))).toBe('(other)');
  expect(metrics.operationLabel('drop table;')).toBe('(other)');
  for (let i = 1; i < MAX_OPERATION_NAMES; i++) metrics.operationLabel(`Op${i}`);
  expect(metrics.operationLabel('OneTooMany')).toBe('(other)');
  // Names already seen keep their own label.
  expect(metrics.operationLabel('DocumentPage')).toBe('DocumentPage');
});

test('paths are reported by their route, never as sent', () => {
  expect(routeLabel('/graphql')).toBe('/graphql');
  expect(routeLabel('/media/t/1/a.jpg')).toBe('/media');
  expect(routeLabel('/wp-admin/setup.php')).toBe('other');
  expect(routeLabel('/graphqlx')).toBe('other');
});

test("Node's process metrics are reported only by the server that asks for them", async () => {
  const plain = await new ApiMetrics(null, null).registry.metrics();
  expect(plain).not.toMatch(/^careleaf_process_cpu_seconds_total /m);
  const own = await new ApiMetrics(null, null, { processMetrics: true }).registry.metrics();
  expect(own).toMatch(/^careleaf_process_cpu_seconds_total /m);
  expect(own).toMatch(/^careleaf_nodejs_heap_size_used_bytes /m);
});
