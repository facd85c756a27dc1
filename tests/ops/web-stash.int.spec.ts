import { closeStash, stashDrop, stashGet, stashPut, type StashKind } from '../../apps/web/src/lib/shared-state/stash';
import { useTestDatabase } from '../support/database';

/*
 * The web app's stash in PostgreSQL (WEB_DATABASE_URL): what one web process
 * keeps, another reads back, only for the same owner and host, within its
 * expiry and its bounds.
 */
// Closed before the test database is dropped (Jest runs afterAll hooks in the order they were added).
afterAll(async () => {
  await closeStash();
  delete process.env.WEB_DATABASE_URL;
});
const t = useTestDatabase();
const key = { owner: 'owner-hash', host: 'site.example' };
const kind = (over: Partial<StashKind> = {}): StashKind => ({ name: 'test', ttlMs: 60_000, maxEntries: 3, maxBytes: 1000, ...over });

beforeAll(() => {
  process.env.WEB_DATABASE_URL = t.url;
});
beforeEach(async () => {
  await t.dataSource.query(`DELETE FROM web_stash`);
});

const rows = async () => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM web_stash`)) as { n: number }[])[0]!.n;

test('a value kept is read back for the same owner and host, and for no one else', async () => {
  const id = await stashPut(kind(), key, 'checked file');
  expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
  await expect(stashGet(kind(), id!, key)).resolves.toBe('checked file');
  await expect(stashGet(kind(), id!, { ...key, owner: 'someone else' })).resolves.toBeNull();
  await expect(stashGet(kind(), id!, { ...key, host: 'other.example' })).resolves.toBeNull();
  await expect(stashGet(kind({ name: 'other-kind' }), id!, key)).resolves.toBeNull();
  await expect(stashGet(kind(), "x' OR '1'='1", key)).resolves.toBeNull();
  await stashDrop(kind(), id!);
  await expect(stashGet(kind(), id!, key)).resolves.toBeNull();
});

test('each kind keeps at most its count and its bytes: the oldest go first', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) ids.push((await stashPut(kind(), key, `value ${i}`))!);
  expect(await rows()).toBe(3);
  await expect(stashGet(kind(), ids[0], key)).resolves.toBeNull();
  await expect(stashGet(kind(), ids[4], key)).resolves.toBe('value 4');

  const big = kind({ name: 'big', maxBytes: 1000 });
  const first = await stashPut(big, key, 'a'.repeat(600));
  const second = await stashPut(big, key, 'b'.repeat(600));
  await expect(stashGet(big, first!, key)).resolves.toBeNull();
  await expect(stashGet(big, second!, key)).resolves.toBe('b'.repeat(600));
  // Larger than the kind allows at all: not kept.
  await expect(stashPut(big, key, 'c'.repeat(1001))).resolves.toBeNull();
});

test('an expired value is not read back, and the next write sweeps it', async () => {
  const short = kind({ name: 'short', ttlMs: 1 });
  const id = await stashPut(short, key, 'soon gone');
  await new Promise((r) => setTimeout(r, 20));
  await expect(stashGet(short, id!, key)).resolves.toBeNull();
  await stashPut(kind(), key, 'another');
  expect(await rows()).toBe(1);
});
