import type { Block } from '@careleaf/schema';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { pngBytes } from '../support/images';
import { getMedia } from '../support/media-http';
import { signInAs, type SignedInClient } from '../support/session';
import { createDocument, heading, publish, systemActor } from '../factories/document.factory';
import { createMedia } from '../factories/media.factory';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);

let a: { id: string; slug: string };
let b: { id: string; slug: string };
let viewerOfA: SignedInClient;
let editorOfB: SignedInClient;
const hostOf = (tenant: { slug: string }) => `${tenant.slug}.test`;

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  viewerOfA = await signInAs(t, api, { tenantSlug: a.slug, role: 'viewer' });
  editorOfB = await signInAs(t, api, { tenantSlug: b.slug, role: 'editor' });
});

const figure = (mediaId: string): Block[] => [
  heading('h-1', 'Blutdruck messen'),
  { id: 'f-1', type: 'figure', mediaId, decorative: false, alt: 'Blutdruckmanschette am Oberarm' },
];

/** An 8 × 6 PNG of tenant A that a draft document shows. */
async function imageInDraft() {
  const image = await createMedia(t.services, a.id, {
    bytes: pngBytes(8, 6),
    fileName: 'manschette.png',
    alt: { locale: 'de', alt: 'Manschette' },
  });
  const doc = await createDocument(t.services, a.id, { blocks: figure(image.id) });
  return { image, documentId: doc.document.id };
}

const get = (path: string, host: string, as?: SignedInClient) => getMedia(api.baseUrl, path, { host, ...(as ? { as } : {}) });

test("tenant B's host answers 404 for tenant A's image, whatever slug the path names; A's own host serves it", async () => {
  const { image, documentId } = await imageInDraft();
  await publish(t.services, a.id, documentId);
  const own = await get(image.url, hostOf(a));
  expect(own.status).toBe(200);
  expect(own.headers['content-type']).toBe('image/png');

  const missing = await get(`/media/${b.slug}/00000000-0000-4000-8000-000000000000/manschette.png`, hostOf(b));
  expect(missing.status).toBe(404);
  for (const path of [image.url, `/media/${b.slug}/${image.id}/${image.fileName}`]) {
    const elsewhere = await get(path, hostOf(b));
    expect(elsewhere.status).toBe(404);
    // The same answer as for an id that does not exist: nothing tells that the image is there.
    expect(elsewhere.body.toString()).toBe(missing.body.toString());
    expect(elsewhere.headers['cache-control']).toBe('no-store');
  }
  expect((await get(image.url, hostOf(b), editorOfB)).status).toBe(404);
  expect((await get(image.url, 'no-such-site.test')).status).toBe(404);
});

test('an image only a draft shows is a 404 to anonymous readers and members of other tenants, and private to members', async () => {
  const { image } = await imageInDraft();
  const missing = await get(`/media/${a.slug}/00000000-0000-4000-8000-000000000000/manschette.png`, hostOf(a));

  const anonymous = await get(image.url, hostOf(a));
  expect(anonymous.status).toBe(404);
  expect(anonymous.body.toString()).toBe(missing.body.toString());
  expect((await get(image.url, hostOf(a), editorOfB)).status).toBe(404);

  const member = await get(image.url, hostOf(a), viewerOfA);
  expect(member.status).toBe(200);
  expect(member.headers['content-type']).toBe('image/png');
  expect(member.headers['cache-control']).toBe('private, no-store');
  expect(member.body.equals(pngBytes(8, 6))).toBe(true);
});

test('once a document showing the image is published anyone may load it, publicly cacheable; unpublished, it is private again', async () => {
  const { image, documentId } = await imageInDraft();
  expect((await get(image.url, hostOf(a))).status).toBe(404);

  await publish(t.services, a.id, documentId);
  const published = await get(image.url, hostOf(a));
  expect(published.status).toBe(200);
  expect(published.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(published.body.equals(pngBytes(8, 6))).toBe(true);

  await t.services.db.withTenant(a.id, (tx) => t.services.workflow.transition(tx, systemActor, 'unpublish', { documentId, locale: 'de' }));
  expect((await get(image.url, hostOf(a))).status).toBe(404);
  expect((await get(image.url, hostOf(a), viewerOfA)).headers['cache-control']).toBe('private, no-store');
});
