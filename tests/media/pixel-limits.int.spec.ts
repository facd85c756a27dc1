import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { jpegBytes, pngDeclaring } from '../support/images';
import { uploadImage } from '../support/media-http';
import { signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';

// A media directory of this file's own, set before the services are built.
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-pixels-'));
const savedDir = process.env.CARELEAF_MEDIA_DIR;
process.env.CARELEAF_MEDIA_DIR = mediaDir;

const t = useTestDatabase();
const api = useTestApi(t);
let editor: SignedInClient;

beforeAll(async () => {
  const a = await createTenant(t.services);
  editor = await signInAs(t, api, { tenantSlug: a.slug, role: 'editor' });
});

afterAll(() => {
  fs.rmSync(mediaDir, { recursive: true, force: true });
  if (savedDir === undefined) delete process.env.CARELEAF_MEDIA_DIR;
  else process.env.CARELEAF_MEDIA_DIR = savedDir;
});

/** A small baseline JPEG whose frame header (SOF0) claims width × height. */
function jpegDeclaring(width: number, height: number): Buffer {
  const jpeg = Buffer.from(jpegBytes(16, 8));
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  jpeg.writeUInt16BE(height, sof + 5);
  jpeg.writeUInt16BE(width, sof + 7);
  return jpeg;
}

/** An extended WebP (VP8X) header claiming a canvas of width × height, and nothing else. */
function webpDeclaring(width: number, height: number): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const chunk = Buffer.concat([Buffer.from('VP8X'), Buffer.from([10, 0, 0, 0]), vp8x]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + chunk.length);
  return Buffer.concat([Buffer.from('RIFF'), size, Buffer.from('WEBP'), chunk]);
}

async function mediaRows(): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM media`);
  return n;
}

const storedFiles = () => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir, { recursive: true }).length : 0);

test.each([
  ['PNG', pngDeclaring(10_000, 10_000), 'huge.png'],
  ['JPEG', jpegDeclaring(10_000, 10_000), 'huge.jpg'],
  ['WebP', webpDeclaring(10_000, 10_000), 'huge.webp'],
])('a tiny %s whose header declares 10000 × 10000 pixels is refused with 413, and nothing is stored', async (_format, bytes, name) => {
  expect(bytes.length).toBeLessThan(1024);
  const rows = await mediaRows();
  const files = storedFiles();
  const res = await uploadImage(api, editor, bytes, name);
  expect(res.status).toBe(413);
  expect(res.body.errors?.[0]?.extensions).toEqual({
    code: 'PAYLOAD_TOO_LARGE',
    field: 'file',
    reason: 'IMAGE_DIMENSIONS_TOO_LARGE',
    maxSide: 12_000,
    maxPixels: 40_000_000,
  });
  expect(res.body.errors?.[0]?.message).toMatch(/10000 × 10000 pixels; the limit is 12000 pixels a side and 40 megapixels/);
  expect(await mediaRows()).toBe(rows);
  expect(storedFiles()).toBe(files);
});

test('one side over 12000 pixels is refused even when the area is small; 6000 × 6000 is accepted', async () => {
  const long = await uploadImage(api, editor, pngDeclaring(12_001, 10), 'long.png');
  expect(long.status).toBe(413);
  expect(long.body.errors?.[0]?.extensions.reason).toBe('IMAGE_DIMENSIONS_TOO_LARGE');
  const wide = await uploadImage(api, editor, pngDeclaring(7_000, 6_000), 'wide.png');
  expect(wide.status).toBe(413);
  const fine = await uploadImage(api, editor, pngDeclaring(6_000, 6_000), 'fine.png');
  expect(fine.status).toBe(201);
  expect(fine.body.mediaItem).toMatchObject({ width: 6_000, height: 6_000 });
});
