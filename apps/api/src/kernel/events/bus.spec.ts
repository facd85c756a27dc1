import { EventBus, type EventOrigin } from './bus';
import { decodeNotice, encodeNotice, type DomainEvent } from './events';

const published: DomainEvent = { type: 'DocumentPublished', tenantId: 't1', documentId: 'd1', locale: 'de' };

function recording(bus: EventBus) {
  const heard: [DomainEvent, EventOrigin][] = [];
  bus.on(['DocumentPublished', 'TenantChanged'], (e, origin) => void heard.push([e, origin]));
  return heard;
}

test('an event from another process reaches the subscribers of its type once, marked as from elsewhere', () => {
  const bus = new EventBus();
  const heard = recording(bus);
  bus.receive(encodeNotice('another process', published));
  bus.receive(encodeNotice('another process', { type: 'RegistryChanged', tenantId: 't1' }));
  expect(heard).toEqual([[published, 'elsewhere']]);
});

test('a process ignores its own notices: it has delivered those events already', () => {
  const bus = new EventBus();
  const heard = recording(bus);
  bus.receive(encodeNotice(bus.processId, published));
  expect(heard).toEqual([]);
});

test('malformed or unknown notices are ignored', () => {
  const bus = new EventBus();
  const heard = recording(bus);
  for (const payload of [
    'not json',
    '{}',
    JSON.stringify({ from: 'x', event: { type: 'DocumentDeleted', tenantId: 't1' } }),
    JSON.stringify({ from: 'x', event: { ...published, extra: 1 } }),
    JSON.stringify({ from: 'x', event: { ...published, tenantId: 'x'.repeat(65) } }),
  ])
    bus.receive(payload);
  expect(heard).toEqual([]);
});

test('a failing subscriber neither stops the others nor throws to the sender', async () => {
  const bus = new EventBus();
  bus.on('DocumentPublished', () => {
    throw new Error('broken');
  });
  bus.on('DocumentPublished', () => Promise.reject(new Error('broken later')));
  const heard = recording(bus);
  expect(() => bus.receive(encodeNotice('other', published))).not.toThrow();
  await new Promise((r) => setImmediate(r));
  expect(heard).toHaveLength(1);
});

test('after unsubscribing, a subscriber hears nothing; missed notices reach onMissed subscribers', () => {
  const bus = new EventBus();
  const heard: DomainEvent[] = [];
  const off = bus.on('DocumentPublished', (e) => void heard.push(e));
  let missed = 0;
  bus.onMissed(() => void (missed += 1));
  off();
  bus.receive(encodeNotice('other', published));
  bus.missed();
  expect(heard).toEqual([]);
  expect(missed).toBe(1);
});

test('a notice round-trips and stays under the PostgreSQL payload limit', () => {
  const payload = encodeNotice('p', published);
  expect(decodeNotice(payload)).toEqual({ from: 'p', event: published });
  expect(() => encodeNotice('p'.repeat(8000), published)).toThrow(/larger than/);
});
