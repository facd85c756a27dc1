import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request } from 'express';
import type { RequestPrincipal } from '../../apps/api/src/modules/media/media.routes';
import type { Role } from '../../apps/api/src/kernel/policy';
import type { TenantRef } from '../../apps/api/src/kernel/db/database';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { gifBytes, jpegBytes, pngBytes } from '../support/images';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

// Set before the services are built (in useTestDatabase's beforeAll): a media
// directory of this file's own and a small limit, so "too large" is cheap to send.
const MAX = 64 * 1024;
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-upload-'));
const savedEnv = { dir: process.env.CARELEAF_MEDIA_DIR, max: process.env.MEDIA_MAX_BYTES };
process.env.CARELEAF_MEDIA_DIR = mediaDir;
process.env.MEDIA_MAX_BYTES = String(MAX);

const t = useTestDatabase();

/** Users the stand-in session check knows, by the `x-test-user` header. */
const principals = new Map<string, { user: { id: string; email: string }; memberships: Record<string, Role> }>();
/** Test stand-in for the session check: the `x-test-user` header names a prepared user. */
async function testAuthorizer(req: Request, tenant: TenantRef): Promise<RequestPrincipal | null> {
  const p = principals.get(req.get('x-test-user') ?? '');
  if (!p) return null;
  const role = p.memberships[tenant.id];
  return { user: { ...p.user, displayName: p.user.email }, membership: role ? { role, locales: [] } : null };
}
const api = useTestApi(t, {}, { authorizeRequest: testAuthorizer });

let a: { id: string; slug: string };
let b: { id: string; slug: string };

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  for (const [name, tenant, role] of [
    ['editor', a, 'editor'],
    ['admin', a, 'admin'],
    ['reviewer', a, 'reviewer'],
    ['editorOfB', b, 'editor'],
  ] as const) {
    const user = await createUser(t.services, { tenantSlug: tenant.slug, role });
    principals.set(name, { user, memberships: { [tenant.id]: role } });
  }
});

afterAll(() => {
  fs.rmSync(mediaDir, { recursive: true, force: true });
  if (savedEnv.dir === undefined) delete process.env.CARELEAF_MEDIA_DIR;
  else process.env.CARELEAF_MEDIA_DIR = savedEnv.dir;
  if (savedEnv.max === undefined) delete process.env.MEDIA_MAX_BYTES;
  else process.env.MEDIA_MAX_BYTES = savedEnv.max;
});

interface UploadResult {
  status: number;
  body: {
    mediaItem?: {
      id: string;
      url: string;
      fileName: string;
      mimeType: string;
      width: number;
      height: number;
      byteSize: number;
      texts: unknown[];
    };
    errors?: { message: string; extensions: { code: string; field?: string } }[];
  };
}

async function upload(
  bytes: Buffer,
  fileName: string,
  opts: { as?: string; tenant?: string; fields?: Record<string, string>; declaredType?: string } = {},
): Promise<UploadResult> {
  const form = new FormData();
  for (const [k, v] of Object.entries(opts.fields ?? {})) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: opts.declaredType ?? 'image/png' }), fileName);
  const headers: Record<string, string> = { 'x-tenant': opts.tenant ?? a.slug };
  if (opts.as !== undefined) headers['x-test-user'] = opts.as;
  const res = await fetch(`${api.baseUrl}/media`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as UploadResult['body'] };
}

async function mediaRows(): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM media`);
  return n;
}

function storedFiles(): string[] {
  return fs.existsSync(mediaDir) ? (fs.readdirSync(mediaDir, { recursive: true }) as string[]).filter((f) => /\.[a-z]+$/.test(f)) : [];
}

/** GET a file on tenant A's site as one of its editors (an unpublished image is for members only). */
const fetchAsEditor = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${api.baseUrl}${url}`, { headers: { 'x-tenant': a.slug, 'x-test-user': 'editor', ...headers } });

test('an editor uploads a real PNG; it is stored under the tenant and served to members with its type, nosniff and no caching', async () => {
  const png = pngBytes(6, 4);
  const res = await upload(png, 'Lymphknoten Übersicht.PNG', { as: 'editor' });
  expect(res.status).toBe(201);
  const item = res.body.mediaItem!;
  expect(item).toMatchObject({ mimeType: 'image/png', width: 6, height: 4, byteSize: png.length, fileName: 'lymphknoten-ubersicht.png' });
  expect(item.url).toBe(`/media/${a.slug}/${item.id}/lymphknoten-ubersicht.png`);
  expect(fs.readFileSync(path.join(mediaDir, a.id, item.id, 'lymphknoten-ubersicht.png'))).toEqual(png);

  const served = await fetchAsEditor(item.url);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/png');
  expect(served.headers.get('x-content-type-options')).toBe('nosniff');
  expect(served.headers.get('cache-control')).toBe('private, no-store');
  expect(served.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(Buffer.from(await served.arrayBuffer())).toEqual(png);

  const again = await fetchAsEditor(item.url, { 'if-none-match': served.headers.get('etag')! });
  expect(again.status).toBe(304);
});

test('a JPEG named .gif is stored and served as JPEG: the type comes from the content', async () => {
  const res = await upload(jpegBytes(16, 8), 'photo.gif', { as: 'admin', declaredType: 'image/gif' });
  expect(res.status).toBe(201);
  expect(res.body.mediaItem).toMatchObject({ mimeType: 'image/jpeg', fileName: 'photo.jpg', width: 16, height: 8 });
  const served = await fetchAsEditor(res.body.mediaItem!.url);
  expect(served.headers.get('content-type')).toBe('image/jpeg');
});

test('a GIF with alt text and caption for a locale in the same request', async () => {
  const res = await upload(gifBytes(), 'dot.gif', {
    as: 'editor',
    fields: { locale: 'de', alt: 'Ein schwarzer Punkt', caption: 'Beispiel' },
  });
  expect(res.status).toBe(201);
  expect(res.body.mediaItem?.texts).toEqual([{ locale: 'de', alt: 'Ein schwarzer Punkt', caption: 'Beispiel' }]);
});

test('an HTML page named .png is refused as 415, and nothing is stored', async () => {
  const rows = await mediaRows();
  const files = storedFiles().length;
  const html = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/steal")</script></body></html>');
  const res = await upload(html, 'harmless.png', { as: 'editor' });
  expect(res.status).toBe(415);
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'file', reason: 'IMAGE_NOT_AN_IMAGE' });
  expect(res.body.errors?.[0]?.message).toMatch(/not an image/);
  expect(await mediaRows()).toBe(rows);
  expect(storedFiles()).toHaveLength(files);
});

test('an SVG is refused with the reason', async () => {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  const res = await upload(svg, 'chart.svg', { as: 'editor', declaredType: 'image/svg+xml' });
  expect(res.status).toBe(415);
  expect(res.body.errors?.[0]?.message).toMatch(/SVG/);
});

test('a file one byte over the limit is refused as 413 by counting its bytes, and nothing is stored', async () => {
  const rows = await mediaRows();
  const big = Buffer.concat([pngBytes(), Buffer.alloc(MAX + 1 - pngBytes().length)]);
  const res = await upload(big, 'big.png', { as: 'editor' });
  expect(res.status).toBe(413);
  expect(res.body.errors?.[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  expect(res.body.errors?.[0]?.message).toMatch(/64 KB/);
  expect(await mediaRows()).toBe(rows);
});

test('a body declared far larger than the limit is refused before it is read', async () => {
  const res = await fetch(`${api.baseUrl}/media`, {
    method: 'POST',
    headers: {
      'x-tenant': a.slug,
      'x-test-user': 'editor',
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(MAX * 4),
    },
    body: Buffer.alloc(MAX * 4),
  });
  expect(res.status).toBe(413);
});

test('an unknown tenant is 404, and nothing is stored', async () => {
  const rows = await mediaRows();
  const res = await upload(pngBytes(), 'a.png', { as: 'editor', tenant: 'no-such-tenant' });
  expect(res.status).toBe(404);
  expect(res.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  expect(await mediaRows()).toBe(rows);
});

test('nobody signed in is 401; a reviewer, or an editor of another tenant, is 403', async () => {
  expect((await upload(pngBytes(), 'a.png')).status).toBe(401);
  const reviewer = await upload(pngBytes(), 'a.png', { as: 'reviewer' });
  expect(reviewer.status).toBe(403);
  expect(reviewer.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  expect((await upload(pngBytes(), 'a.png', { as: 'editorOfB' })).status).toBe(403);
});

test('a request without a file, or not multipart, is 400 naming the file field', async () => {
  const form = new FormData();
  form.append('alt', 'no file here');
  const empty = await fetch(`${api.baseUrl}/media`, {
    method: 'POST',
    body: form,
    headers: { 'x-tenant': a.slug, 'x-test-user': 'editor' },
  });
  expect(empty.status).toBe(400);
  expect(((await empty.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    field: 'file',
    reason: 'IMAGE_MISSING',
  });
  const json = await fetch(`${api.baseUrl}/media`, {
    method: 'POST',
    body: '{}',
    headers: { 'x-tenant': a.slug, 'x-test-user': 'editor', 'content-type': 'application/json' },
  });
  expect(json.status).toBe(400);
});

test("a file is served only under its own tenant, id and name: another tenant's path or a wrong name is 404", async () => {
  const item = (await upload(pngBytes(), 'private.png', { as: 'editor' })).body.mediaItem!;
  expect((await fetchAsEditor(`/media/${a.slug}/${item.id}/private.png`)).status).toBe(200);
  expect((await fetchAsEditor(`/media/${b.slug}/${item.id}/private.png`)).status).toBe(404);
  expect((await fetchAsEditor(`/media/${a.slug}/${item.id}/other.png`)).status).toBe(404);
  expect((await fetchAsEditor(`/media/${a.slug}/not-a-uuid/private.png`)).status).toBe(404);
  expect((await fetchAsEditor(`/media/nobody/${item.id}/private.png`)).status).toBe(404);
  const traversal = await fetchAsEditor(`/media/${a.slug}/${item.id}/..%2F..%2Fetc%2Fpasswd`);
  expect(traversal.status).toBe(404);
  expect(traversal.headers.get('content-type')).toMatch(/application\/json/);
});
