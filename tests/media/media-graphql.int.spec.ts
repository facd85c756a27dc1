import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../apps/api/src/kernel/errors';
import { useTestDatabase } from '../support/database';
import { useGraphQLAs, type Caller } from '../support/graphql-as';
import { pngBytes } from '../support/images';
import { createMedia } from '../factories/media.factory';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const gql = useGraphQLAs(t);
let a: { id: string; slug: string };
let b: { id: string; slug: string };
let editor: Caller;
let translator: Caller;
let viewer: Caller;

beforeAll(async () => {
  a = await createTenant(t.services);
  b = await createTenant(t.services);
  editor = { tenant: a, user: await createUser(t.services, { tenantSlug: a.slug, role: 'editor' }), role: 'editor' };
  translator = {
    tenant: a,
    user: await createUser(t.services, { tenantSlug: a.slug, role: 'translator', locales: ['en'] }),
    role: 'translator',
    locales: ['en'],
  };
  viewer = { tenant: a, user: await createUser(t.services, { tenantSlug: a.slug, role: 'viewer' }), role: 'viewer' };
});

const SET_TEXT = `mutation ($input: SetMediaTextInput!) { setMediaText(input: $input) { mediaItem { id version texts { locale alt caption } } } }`;
const ITEM = `query ($id: ID!) { mediaItem(id: $id) { id url mimeType width height decorative texts { locale alt caption } } }`;

test('an editor sets alt text and caption per locale; a field left out keeps its text, an empty one clears it', async () => {
  const m = await createMedia(t.services, a.id);
  const de = await gql(editor, SET_TEXT, {
    input: { mediaId: m.id, locale: 'de', alt: '  Röntgenbild   der Brust ', caption: 'Mammografie' },
  });
  expect(de.errors).toEqual([]);
  expect(de.data?.setMediaText.mediaItem.texts).toEqual([{ locale: 'de', alt: 'Röntgenbild der Brust', caption: 'Mammografie' }]);
  await gql(editor, SET_TEXT, { input: { mediaId: m.id, locale: 'en', alt: 'X-ray of the breast' } });
  const kept = await gql(editor, SET_TEXT, { input: { mediaId: m.id, locale: 'de', caption: '' } });
  expect(kept.data?.setMediaText.mediaItem.texts).toEqual([
    { locale: 'de', alt: 'Röntgenbild der Brust', caption: '' },
    { locale: 'en', alt: 'X-ray of the breast', caption: '' },
  ]);
  const cleared = await gql(editor, SET_TEXT, { input: { mediaId: m.id, locale: 'en', alt: '' } });
  expect(cleared.data?.setMediaText.mediaItem.texts.map((x: { locale: string }) => x.locale)).toEqual(['de']);
  const trail = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [m.id]);
  expect(trail.map((r: { action: string }) => r.action)).toEqual(['media.upload', 'media.text', 'media.text', 'media.text', 'media.text']);
});

test('alt text in a locale the tenant does not have, or of over 1000 characters, is refused naming the field', async () => {
  const m = await createMedia(t.services, a.id);
  expect((await gql(editor, SET_TEXT, { input: { mediaId: m.id, locale: 'fr', alt: 'Radiographie' } })).errors[0]).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'locale',
  });
  expect((await gql(editor, SET_TEXT, { input: { mediaId: m.id, locale: 'de', alt: 'x'.repeat(1001) } })).errors[0]).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'alt',
  });
  expect((await gql(editor, ITEM, { id: m.id })).data?.mediaItem.texts).toEqual([]);
});

test('marking an image decorative is explicit and audited', async () => {
  const m = await createMedia(t.services, a.id);
  expect(m.decorative).toBe(false);
  const res = await gql(
    editor,
    `mutation ($id: ID!) { setMediaDecorative(input: { mediaId: $id, decorative: true }) { mediaItem { decorative } } }`,
    {
      id: m.id,
    },
  );
  expect(res.data?.setMediaDecorative.mediaItem.decorative).toBe(true);
  const [entry] = await t.dataSource.query(`SELECT diff FROM audit_log WHERE subject_id = $1 AND action = 'media.decorative'`, [m.id]);
  expect(entry.diff).toEqual({ before: false, after: true });
});

test('translators read images but cannot change them; viewers cannot read the editor view', async () => {
  const m = await createMedia(t.services, a.id);
  expect((await gql(translator, ITEM, { id: m.id })).data?.mediaItem).toMatchObject({
    id: m.id,
    mimeType: 'image/png',
    width: 4,
    height: 3,
  });
  expect((await gql(translator, SET_TEXT, { input: { mediaId: m.id, locale: 'en', alt: 'x' } })).errors[0]?.code).toBe('FORBIDDEN');
  expect((await gql(viewer, ITEM, { id: m.id })).errors[0]?.code).toBe('FORBIDDEN');
  expect((await gql({ tenant: a }, ITEM, { id: m.id })).errors[0]?.code).toBe('UNAUTHENTICATED');
});

test("tenant A cannot read or change tenant B's image, via GraphQL or the service", async () => {
  const theirs = await createMedia(t.services, b.id, { alt: { locale: 'de', alt: 'Gehört B' } });
  expect((await gql(editor, ITEM, { id: theirs.id })).errors[0]?.code).toBe('NOT_FOUND');
  expect((await gql(editor, SET_TEXT, { input: { mediaId: theirs.id, locale: 'de', alt: 'übernommen' } })).errors[0]?.code).toBe(
    'NOT_FOUND',
  );
  expect(
    (await gql(editor, `mutation ($id: ID!) { deleteMediaItem(input: { id: $id }) { deletedId } }`, { id: theirs.id })).errors[0]?.code,
  ).toBe('NOT_FOUND');
  await expect(t.db.withTenant(a.id, (tx) => t.services.media.get(tx, theirs.id))).rejects.toBeInstanceOf(AppError);
  expect((await t.db.withTenant(a.id, (tx) => t.services.media.byIds(tx, [theirs.id]))).size).toBe(0);
  expect(await t.db.withTenant(a.id, (tx) => t.services.media.servable(tx, theirs.id, theirs.fileName))).toBeNull();
  expect((await t.db.withTenant(b.id, (tx) => t.services.media.get(tx, theirs.id))).texts).toEqual([
    { locale: 'de', alt: 'Gehört B', caption: '' },
  ]);
});

test('deleting an image removes its record and its file; while in use it is refused and both stay', async () => {
  const m = await createMedia(t.services, a.id);
  const file = path.join(t.services.media.config.root, a.id, m.id, m.fileName);
  expect(fs.existsSync(file)).toBe(true);
  const DELETE = `mutation ($id: ID!) { deleteMediaItem(input: { id: $id }) { deletedId } }`;
  t.services.usage.provide({ isMediaInUse: async (_tx, id) => id === m.id });
  try {
    expect((await gql(editor, DELETE, { id: m.id })).errors[0]?.code).toBe('CONFLICT');
    expect(fs.existsSync(file)).toBe(true);
  } finally {
    t.services.usage.provide({ isMediaInUse: async () => false });
  }
  expect((await gql(editor, DELETE, { id: m.id })).data?.deleteMediaItem.deletedId).toBe(m.id);
  expect(fs.existsSync(file)).toBe(false);
  expect((await gql(editor, ITEM, { id: m.id })).errors[0]?.code).toBe('NOT_FOUND');
});

test('a failed record write leaves no file behind', async () => {
  const dir = path.join(t.services.media.config.root, a.id);
  const entries = () => (fs.existsSync(dir) ? fs.readdirSync(dir).length : 0);
  const before = entries();
  // An actor id that names no user breaks the uploaded_by foreign key after the file was written.
  const ghost = { ...testActor, userId: '00000000-0000-4000-8000-000000000000' };
  await expect(t.db.withTenant(a.id, (tx) => t.services.media.upload(tx, ghost, { bytes: pngBytes() }))).rejects.toThrow(/foreign key/);
  expect(entries()).toBe(before);
});

describe('mediaItems', () => {
  test("lists the tenant's images newest first, to members who may use them; a viewer may not", async () => {
    const older = await createMedia(t.services, a.id, { fileName: 'aelter.png' });
    const newer = await createMedia(t.services, a.id, { fileName: 'neuer.png' });
    await createMedia(t.services, b.id, { fileName: 'fremd.png' });
    const res = await gql(translator, `{ mediaItems(first: 100) { id fileName } }`);
    expect(res.errors).toEqual([]);
    const ids = res.data?.mediaItems.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining([older.id, newer.id]));
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(res.data?.mediaItems.map((m: { fileName: string }) => m.fileName)).not.toContain('fremd.png');
    expect((await gql(viewer, `{ mediaItems { id } }`)).errors[0]?.code).toBe('FORBIDDEN');
    expect((await gql(editor, `{ mediaItems(first: 500) { id } }`)).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
