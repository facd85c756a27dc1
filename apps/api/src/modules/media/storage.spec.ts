import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalDiskStorage, validStorageKey } from './storage';

let root: string;
let storage: LocalDiskStorage;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-storage-'));
  storage = new LocalDiskStorage(root);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

async function read(key: string): Promise<string | null> {
  const got = await storage.get(key);
  if (!got) return null;
  const chunks: Buffer[] = [];
  for await (const c of got.body) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

test('put, get and delete by key, leaving no temporary files or empty directories', async () => {
  await storage.put('t1/m1/a.png', Buffer.from('bytes'), 'image/png');
  expect(await read('t1/m1/a.png')).toBe('bytes');
  const again = await storage.get('t1/m1/a.png');
  again?.body.destroy();
  expect(again?.size).toBe(5);
  expect(fs.readdirSync(path.join(root, 't1', 'm1'))).toEqual(['a.png']);
  await storage.delete('t1/m1/a.png');
  expect(await storage.get('t1/m1/a.png')).toBeNull();
  expect(fs.existsSync(path.join(root, 't1', 'm1'))).toBe(false);
  await expect(storage.delete('t1/m1/a.png')).resolves.toBeUndefined();
});

test.each(['../outside.png', 't1/../../x', '/etc/passwd', 't1//a.png', 't1/.hidden', 'a b.png', ''])(
  'the key %p is refused',
  async (key) => {
    expect(validStorageKey(key)).toBe(false);
    await expect(storage.put(key, Buffer.from('x'), 'image/png')).rejects.toThrow(/not a valid media storage key/);
    await expect(storage.get(key)).rejects.toThrow(/not a valid media storage key/);
  },
);
