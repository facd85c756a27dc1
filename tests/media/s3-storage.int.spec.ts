import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import type { Block } from '@careleaf/schema';
import { S3Storage } from '../../apps/api/src/modules/media';
import { FILE_CACHE_CONTROL, PRIVATE_FILE_CACHE_CONTROL } from '../../apps/api/src/modules/media/media.routes';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { pngBytes } from '../support/images';
import { getMedia, uploadImage } from '../support/media-http';
import { S3_CREDENTIALS, useS3Bucket } from '../support/s3-bucket';
import { signInAs, type SignedInClient } from '../support/session';
import { createDocument, heading, publish } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';

// A real S3 server on loopback (s3rver), registered first: the services are built from its environment.
const s3 = useS3Bucket();
const BUCKET = s3.bucket;
const PREFIX = s3.prefix;
const CREDENTIALS = S3_CREDENTIALS;

const t = useTestDatabase();
const api = useTestApi(t);

let tenant: { id: string; slug: string };
let editor: SignedInClient;
const host = () => `${tenant.slug}.test`;

beforeAll(async () => {
  tenant = await createTenant(t.services);
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

afterAll(() => {
  if (t.services?.media.storage instanceof S3Storage) t.services.media.storage.close();
});

async function objectBytes(key: string): Promise<{ bytes: Buffer; contentType: string | undefined }> {
  const out = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return { bytes: Buffer.from(await out.Body!.transformToByteArray()), contentType: out.ContentType };
}

async function objectExists(key: string): Promise<boolean> {
  try {
    await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    return true;
  } catch (e) {
    if ((e as Error).name === 'NotFound') return false;
    throw e;
  }
}

async function upload(bytes: Buffer, fileName: string) {
  const res = await uploadImage(api, editor, bytes, fileName);
  expect(res.status).toBe(201);
  const item = res.body.mediaItem!;
  return { ...item, key: `${PREFIX}/${tenant.id}/${item.id}/${item.fileName}` };
}

const DELETE = `mutation ($id: ID!) { deleteMediaItem(input: { id: $id }) { deletedId } }`;

test('the services keep media in the configured bucket, not on the local disk', () => {
  expect(t.services.media.storage).toBeInstanceOf(S3Storage);
});

test('an uploaded image lands in the bucket, is served with the same bytes and headers, and its object goes when it is deleted', async () => {
  const bytes = pngBytes(12, 9);
  const image = await upload(bytes, 'Blutdruck Messung.png');

  const stored = await objectBytes(image.key);
  expect(stored.bytes.equals(bytes)).toBe(true);
  expect(stored.contentType).toBe('image/png');
  // Nothing went to the disk storage's test directory.
  expect(fs.existsSync(path.join(os.tmpdir(), 'careleaf-test-media', tenant.id, image.id))).toBe(false);

  // Only a draft could show it so far: private to members, served from the bucket.
  const served = await getMedia(api.baseUrl, image.url, { host: host(), as: editor });
  expect(served.status).toBe(200);
  expect(served.body.equals(bytes)).toBe(true);
  expect(served.headers['content-type']).toBe('image/png');
  expect(served.headers['content-length']).toBe(String(bytes.length));
  expect(served.headers['cache-control']).toBe(PRIVATE_FILE_CACHE_CONTROL);
  expect(served.headers['x-content-type-options']).toBe('nosniff');
  const etag = served.headers.etag;
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
  expect((await getMedia(api.baseUrl, image.url, { host: host() })).status).toBe(404);

  const deleted = await editor.gql<{ deleteMediaItem: { deletedId: string } }>(DELETE, { variables: { id: image.id } });
  expect(deleted.body.errors).toBeUndefined();
  expect(deleted.body.data?.deleteMediaItem.deletedId).toBe(image.id);
  expect(await objectExists(image.key)).toBe(false);
  expect((await getMedia(api.baseUrl, image.url, { host: host(), as: editor })).status).toBe(404);
});

test('a published image is served to anyone from the bucket with the long cache headers and answers 304 to its ETag', async () => {
  const bytes = pngBytes(5, 7);
  const image = await upload(bytes, 'manschette.png');
  const blocks: Block[] = [
    heading('h-1', 'Blutdruck messen'),
    { id: 'f-1', type: 'figure', mediaId: image.id, decorative: false, alt: 'Manschette am Oberarm' },
  ];
  const doc = await createDocument(t.services, tenant.id, { blocks });
  await publish(t.services, tenant.id, doc.document.id);

  const anonymous = await getMedia(api.baseUrl, image.url, { host: host() });
  expect(anonymous.status).toBe(200);
  expect(anonymous.body.equals(bytes)).toBe(true);
  expect(anonymous.headers['cache-control']).toBe(FILE_CACHE_CONTROL);
  expect(anonymous.headers['content-length']).toBe(String(bytes.length));

  const revalidated = await getMedia(api.baseUrl, image.url, { host: host(), headers: { 'if-none-match': anonymous.headers.etag ?? '' } });
  expect(revalidated.status).toBe(304);
  expect(revalidated.body.length).toBe(0);
});

test('an object missing from the bucket is a plain 404, not an error', async () => {
  const image = await upload(pngBytes(3, 3), 'verloren.png');
  await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: image.key }));
  const res = await getMedia(api.baseUrl, image.url, { host: host(), as: editor });
  expect(res.status).toBe(404);
  expect(res.headers['cache-control']).toBe('no-store');
});

test('a storage server that accepts connections but never answers fails the call after the time-out', async () => {
  const sockets: net.Socket[] = [];
  const silent = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as net.AddressInfo;
  const storage = new S3Storage({
    bucket: BUCKET,
    prefix: '',
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
    timeoutMs: 300,
  });
  try {
    const started = Date.now();
    await expect(storage.put('t/1/a.png', pngBytes(2, 2), 'image/png')).rejects.toThrow();
    await expect(storage.get('t/1/a.png')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    storage.close();
    for (const s of sockets) s.destroy();
    await new Promise((r) => silent.close(r));
  }
});
