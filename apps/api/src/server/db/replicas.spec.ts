import type { DataSource } from 'typeorm';
import { EventBus } from '../../kernel/events';
import { parseLsn, ReplicaReads } from './replicas';

/** A stand-in data source answering the position queries from `pos`. */
function fake(pos: { lsn: string | null }): DataSource {
  return {
    isInitialized: true,
    initialize: async () => undefined,
    destroy: async () => undefined,
    query: async (sql: string) => (sql.includes('pg_current_wal') ? [{ lsn: pos.lsn }] : [{ replayed: pos.lsn, lag: '0' }]),
  } as unknown as DataSource;
}

async function setup() {
  const primary = { lsn: '0/100' };
  const replica = { lsn: '0/100' as string | null };
  const reads = new ReplicaReads(['postgres://replica'], fake(primary), {
    poolMax: 1,
    statementTimeoutMs: 0,
    logger: null,
    pollMs: 60_000,
    connect: () => fake(replica),
  });
  await reads.start();
  return { reads, primary, replica, poll: () => (reads as unknown as { poll(): Promise<void> }).poll() };
}

const flush = () => new Promise((r) => setImmediate(r));

test('WAL positions are read as byte offsets', () => {
  expect(parseLsn('0/100')).toBe(256n);
  expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
  expect(parseLsn(null)).toBeNull();
  expect(parseLsn('nonsense')).toBeNull();
});

test('a caught-up replica answers anonymous reads', async () => {
  const { reads } = await setup();
  expect(reads.sourceFor('t1')).not.toBeNull();
  expect(reads.routed).toEqual({ replica: 1, primary: 0 });
  await reads.stop();
});

test('after a change the tenant reads the primary until the replica has replayed past it; other tenants stay on the replica', async () => {
  const { reads, primary, replica, poll } = await setup();
  primary.lsn = '0/200';
  reads.changed('t1');
  // Before the primary's position is known, too.
  expect(reads.sourceFor('t1')).toBeNull();
  await flush();
  expect(reads.sourceFor('t1')).toBeNull();
  expect(reads.sourceFor('t2')).not.toBeNull();
  replica.lsn = '0/1FF';
  await poll();
  expect(reads.sourceFor('t1')).toBeNull();
  replica.lsn = '0/200';
  await poll();
  expect(reads.sourceFor('t1')).not.toBeNull();
  await reads.stop();
});

test('lost notices send every tenant to the primary until the replica catches up', async () => {
  const { reads, primary, replica, poll } = await setup();
  const events = new EventBus();
  reads.subscribe(events);
  primary.lsn = '0/300';
  events.missed();
  await flush();
  expect(reads.sourceFor('any')).toBeNull();
  replica.lsn = '0/300';
  await poll();
  expect(reads.sourceFor('any')).not.toBeNull();
  await reads.stop();
});

test('a replica that does not answer is left out', async () => {
  const { reads, replica, poll } = await setup();
  replica.lsn = null; // not a standby (e.g. promoted) or unreachable
  await poll();
  expect(reads.sourceFor('t1')).toBeNull();
  expect(reads.states()[0]).toMatchObject({ replayed: null });
  await reads.stop();
});
