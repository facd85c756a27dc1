import type { Block } from '@careleaf/schema';
import sharp from 'sharp';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { DERIVATIVES_QUEUE, S3Storage, startMediaDerivatives } from '../../apps/api/src/modules/media';
import { FILE_CACHE_CONTROL } from '../../apps/api/src/modules/media/media.routes';
import { createServices } from '../../apps/api/src/server/services';
import { useTestApi } from '../support/api';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { pngBytes, pngDeclaring } from '../support/images';
import { getMedia, uploadImage } from '../support/media-http';
import { useS3Bucket } from '../support/s3-bucket';
import { signInAs, type SignedInClient } from '../support/session';
import { testMode } from '../support/test-env';
import { createDocument, heading, publish } from '../factories/document.factory';
import { createMedia } from '../factories/media.factory';
import { createTenant, testActor } from '../factories/tenant.factory';

// Registered first: the bucket and its environment exist before any services are built.
const s3 = useS3Bucket();
let jobs: JobQueue | undefined;
// Before the database's own hooks: the queue stops before the database goes.
afterAll(async () => {
  await jobs?.stop();
  if (database.services?.media.storage instanceof S3Storage) database.services.media.storage.close();
  if (t.services?.media.storage instanceof S3Storage) t.services.media.storage.close();
});
const t = useTestDatabase();
// The API process's wiring: services with a job queue whose worker makes the derivatives.
const database = {} as TestDatabase;
beforeAll(async () => {
  const logger = createLogger('silent');
  jobs = await JobQueue.start(t.dataSource, { embedded: testMode() === 'embedded', url: t.url, pollingIntervalSeconds: 0.5 }, logger);
  const services = createServices(t.db, { jobs, logger });
  Object.assign(database, t, { services });
  await startMediaDerivatives(jobs, services.mediaDerivatives, logger);
});
const api = useTestApi(database);

let tenant: { id: string; slug: string };
let editor: SignedInClient;
const host = () => `${tenant.slug}.test`;

beforeAll(async () => {
  tenant = await createTenant(database.services);
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

async function stateOf(mediaId: string): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT derivatives_state AS state FROM media WHERE id = $1`, [mediaId]);
  return row.state;
}

/** Waits for the job queue's worker to finish with the image. */
async function derived(mediaId: string): Promise<string> {
  const until = Date.now() + 60_000;
  for (;;) {
    const state = await stateOf(mediaId);
    if (state !== 'pending' || Date.now() > until) return state;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function queuedJobs(): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [DERIVATIVES_QUEUE]);
  return row.n;
}

const READ = `query ($slug: String!) {
  publishedDocument(slug: $slug, locale: "de") { media { id url width height sources { url width height mimeType } } }
}`;
const DELETE = `mutation ($id: ID!) { deleteMediaItem(input: { id: $id }) { deletedId } }`;

interface Source {
  url: string;
  width: number;
  height: number;
  mimeType: string;
}

test('an upload is resized in the job queue into AVIF and WebP at srcset widths in the bucket, listed for the published page, served immutable, and all of it goes with the image', async () => {
  const res = await uploadImage(api, editor, pngBytes(1000, 500, [200, 80, 40]), 'Blutdruck.png');
  expect(res.status).toBe(201);
  const image = res.body.mediaItem!;
  const under = `${tenant.id}/${image.id}/`;

  expect(await derived(image.id)).toBe('ready');

  const keys = await s3.keys(under);
  const original = `${s3.prefix}/${under}${image.fileName}`;
  expect(keys).toContain(original);
  const copies = keys.filter((k) => k !== original);
  const seen: string[] = [];
  for (const key of copies) {
    const { bytes, contentType } = await s3.read(key);
    const meta = await sharp(bytes).metadata();
    const format = key.endsWith('.avif') ? 'avif' : 'webp';
    expect(contentType).toBe(`image/${format}`);
    expect(meta.format).toBe(format === 'avif' ? 'heif' : 'webp');
    expect(meta.height).toBe(meta.width! / 2);
    seen.push(`${format}@${meta.width}`);
  }
  expect(seen.sort()).toEqual(['avif@1000', 'avif@320', 'avif@640', 'avif@960', 'webp@1000', 'webp@320', 'webp@640', 'webp@960']);

  const blocks: Block[] = [
    heading('h-1', 'Blutdruck'),
    { id: 'f-1', type: 'figure', mediaId: image.id, decorative: false, alt: 'Messgerät' },
  ];
  const doc = await createDocument(database.services, tenant.id, { blocks });
  await publish(database.services, tenant.id, doc.document.id);
  const read = await api.gql<{ publishedDocument: { media: { id: string; url: string; width: number; sources: Source[] }[] } }>(READ, {
    host: host(),
    variables: { slug: doc.slug },
  });
  expect(read.body.errors).toBeUndefined();
  const [use] = read.body.data!.publishedDocument.media;
  expect(use!.url).toBe(image.url);
  expect(use!.width).toBe(1000);
  expect(use!.sources.map((s) => `${s.mimeType}@${s.width}x${s.height}`)).toEqual([
    'image/avif@320x160',
    'image/avif@640x320',
    'image/avif@960x480',
    'image/avif@1000x500',
    'image/webp@320x160',
    'image/webp@640x320',
    'image/webp@960x480',
    'image/webp@1000x500',
  ]);

  // A copy's URL carries a hash of its bytes: served to anyone with the year-long immutable cache, its own type, nosniff.
  const avif = use!.sources[0]!;
  expect(avif.url).toMatch(new RegExp(`^/media/${tenant.slug}/${image.id}/blutdruck-320w\\.[0-9a-f]{16}\\.avif$`));
  const served = await getMedia(api.baseUrl, avif.url, { host: host() });
  expect(served.status).toBe(200);
  expect(served.headers['content-type']).toBe('image/avif');
  expect(served.headers['cache-control']).toBe(FILE_CACHE_CONTROL);
  expect(served.headers['x-content-type-options']).toBe('nosniff');
  expect((await sharp(served.body).metadata()).width).toBe(320);
  // A made-up copy name is the same 404 as any other.
  expect((await getMedia(api.baseUrl, avif.url.replace('-320w', '-321w'), { host: host() })).status).toBe(404);

  // Deleting the image (once no document shows it) removes the original and every copy from the bucket.
  await database.services.db.withTenant(tenant.id, (tx) =>
    tx.em.query(`DELETE FROM documents WHERE tenant_id = $1 AND id = $2`, [tenant.id, doc.document.id]),
  );
  const deleted = await editor.gql<{ deleteMediaItem: { deletedId: string } }>(DELETE, { variables: { id: image.id } });
  expect(deleted.body.errors).toBeUndefined();
  expect(await s3.keys(under)).toEqual([]);
});

test('a decompression bomb upload (a PNG declaring 100000 × 100000 pixels) is refused: nothing stored, no job queued', async () => {
  const before = { jobs: await queuedJobs(), keys: (await s3.keys(`${tenant.id}/`)).length };
  const res = await uploadImage(api, editor, pngDeclaring(100_000, 100_000), 'bombe.png');
  expect(res.status).toBe(413);
  expect(await queuedJobs()).toBe(before.jobs);
  expect((await s3.keys(`${tenant.id}/`)).length).toBe(before.keys);
});

test('a file that is not an image is refused at upload and never queued for the resizer', async () => {
  const before = await queuedJobs();
  const res = await uploadImage(api, editor, Buffer.from('<html><script>alert(1)</script></html>'), 'bild.png');
  expect(res.status).toBe(415);
  expect(await queuedJobs()).toBe(before);
});

test('a bomb or a non-image found in the storage behind an image is marked failed, without exhausting memory, and the page keeps the original', async () => {
  for (const bytes of [pngDeclaring(100_000, 100_000), Buffer.from('<html><body>not an image</body></html>')]) {
    // Through the service, so no job races the swap; then the bytes in the bucket are replaced.
    const image = await createMedia(database.services, tenant.id, { bytes: pngBytes(40, 20) });
    await database.services.media.storage.put(`${tenant.id}/${image.id}/${image.fileName}`, bytes, 'image/png');
    const rss = process.memoryUsage().rss;
    expect(await database.services.mediaDerivatives.run({ tenantId: tenant.id, mediaId: image.id })).toBe('failed');
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
    expect(await stateOf(image.id)).toBe('failed');
    expect(await s3.keys(`${tenant.id}/${image.id}/`)).toEqual([`${s3.prefix}/${tenant.id}/${image.id}/${image.fileName}`]);
    const sources = await database.services.db.withTenant(tenant.id, (tx) => database.services.media.sourcesOf(tx, [image.id]));
    expect(sources.size).toBe(0);
  }
});

test('until the job has run, the published page lists the original alone, with its size', async () => {
  // Through the service: no job is queued, as when the worker has not come to it yet.
  const image = await createMedia(database.services, tenant.id, { bytes: pngBytes(800, 600) });
  const blocks: Block[] = [heading('h-1', 'Puls'), { id: 'f-1', type: 'figure', mediaId: image.id, decorative: false, alt: 'Puls' }];
  const doc = await createDocument(database.services, tenant.id, { blocks });
  await publish(database.services, tenant.id, doc.document.id);
  const read = await api.gql<{ publishedDocument: { media: { url: string; width: number; height: number; sources: Source[] }[] } }>(READ, {
    host: host(),
    variables: { slug: doc.slug },
  });
  expect(read.body.data!.publishedDocument.media).toEqual([{ id: image.id, url: image.url, width: 800, height: 600, sources: [] }]);
  // Once it has, the same published document lists the copies: they are read live, not from the publication.
  expect(await database.services.mediaDerivatives.run({ tenantId: tenant.id, mediaId: image.id })).toBe('ready');
  const again = await api.gql<{ publishedDocument: { media: { sources: Source[] }[] } }>(READ, {
    host: host(),
    variables: { slug: doc.slug },
  });
  expect(again.body.data!.publishedDocument.media[0]!.sources).toHaveLength(6);
});

test('a job for an image deleted meanwhile stores nothing', async () => {
  const image = await createMedia(database.services, tenant.id, { bytes: pngBytes(40, 20) });
  const keys = await database.services.db.withTenant(tenant.id, (tx) => database.services.media.delete(tx, testActor, image.id));
  await database.services.media.removeFiles(keys);
  expect(await database.services.mediaDerivatives.run({ tenantId: tenant.id, mediaId: image.id })).toBe('skipped');
  expect(await s3.keys(`${tenant.id}/${image.id}/`)).toEqual([]);
});

test('images that have no copies yet (uploaded before this version) are queued on request (careleaf media derive), and the worker makes them', async () => {
  // Through the service: no job queued, as for an image uploaded before derivatives existed.
  const old = await createMedia(database.services, tenant.id, { bytes: pngBytes(360, 180) });
  // What the CLI command does; it runs as a child process only against a PostgreSQL server, so it is called here directly.
  const queued = await database.services.media.requestPendingDerivatives(database.services.db, tenant.id, 100);
  expect(queued).toBe(1);
  expect(await derived(old.id)).toBe('ready');
  expect((await s3.keys(`${tenant.id}/${old.id}/`)).length).toBe(1 + 4);
});
