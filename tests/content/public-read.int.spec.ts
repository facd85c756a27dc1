import type { Principal } from '../../apps/api/src/kernel/policy';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, heading, paragraph, publish } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { id: string; slug: string };
const editor: Principal = { userId: null, label: 'editor', role: 'editor', locales: [] };

const READ = `query($slug: String!, $locale: String!, $region: String) {
  publishedDocument(slug: $slug, locale: $locale, region: $region) { id title revisionId region blocks alternates { locale slug } quality { publisher firstPublished lastUpdated } }
}`;
const LIST = `query($locale: String!) { documents(filter: { locale: $locale }) { edges { node { title status } } } }`;

beforeAll(async () => {
  tenant = await createTenant(t.services, {
    locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }],
    regions: [{ code: 'DE' }, { code: 'AT' }],
    defaultRegion: 'DE',
  });
});

const read = (slug: string, locale = 'de', region?: string) =>
  api.gql<{ publishedDocument: { id: string; title: string; revisionId: string; region: string; blocks: { id: string }[] } | null }>(READ, {
    headers: { 'x-tenant': tenant.slug },
    variables: { slug, locale, region },
  });

test('a draft is invisible to readers, in publishedDocument and in documents', async () => {
  const { slug } = await createDocument(t.services, tenant.id, { title: 'Geheimer Entwurf' });
  const res = await read(slug);
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.publishedDocument).toBeNull();
  const list = await api.gql<{ documents: { edges: { node: { title: string } }[] } }>(LIST, {
    headers: { 'x-tenant': tenant.slug },
    variables: { locale: 'de' },
  });
  expect(list.body.data?.documents.edges.map((e) => e.node.title)).not.toContain('Geheimer Entwurf');
});

test('publishing switches readers from the old revision to the new one, and a new draft does not leak', async () => {
  const { document, slug, revision } = await createDocument(t.services, tenant.id, { title: 'Version eins' });
  await publish(t.services, tenant.id, document.id);
  expect((await read(slug)).body.data?.publishedDocument).toMatchObject({ title: 'Version eins', revisionId: revision.id });

  const v2 = await t.db.withTenant(tenant.id, (tx) =>
    t.services.documents.save(tx, editor, {
      documentId: document.id,
      locale: 'de',
      baseVersion: 1,
      content: content('Version zwei (Entwurf)'),
    }),
  );
  expect((await read(slug)).body.data?.publishedDocument?.title).toBe('Version eins');
  const list = await api.gql<{ documents: { edges: { node: { title: string; status: string } }[] } }>(LIST, {
    headers: { 'x-tenant': tenant.slug },
    variables: { locale: 'de' },
  });
  expect(list.body.data?.documents.edges.map((e) => e.node.title)).toContain('Version eins');
  expect(list.body.data?.documents.edges.map((e) => e.node.title)).not.toContain('Version zwei (Entwurf)');

  await publish(t.services, tenant.id, document.id);
  expect((await read(slug)).body.data?.publishedDocument).toMatchObject({ title: 'Version zwei (Entwurf)', revisionId: v2.id });
});

test('a publish that fails its checks leaves the previous version live, unchanged', async () => {
  const { document, slug, revision } = await createDocument(t.services, tenant.id, { title: 'Stabil' });
  await publish(t.services, tenant.id, document.id);
  const missingCitation = '3f0b8a5e-1c2d-4e6f-8a9b-0c1d2e3f4a5b';
  await t.db.withTenant(tenant.id, (tx) =>
    t.services.documents.save(tx, editor, {
      documentId: document.id,
      locale: 'de',
      baseVersion: 1,
      content: content('Mit fehlender Quelle', [
        {
          id: 'p-cite',
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Belegt ' },
            { type: 'cite', citationIds: [missingCitation] },
          ],
        },
      ]),
    }),
  );
  const system = { userId: null, label: 'system', role: 'system' as const, locales: [] };
  for (const step of ['submit', 'approve'] as const) {
    await t.db.withTenant(tenant.id, (tx) => t.services.workflow.transition(tx, system, step, { documentId: document.id, locale: 'de' }));
  }
  await expect(
    t.db.withTenant(tenant.id, (tx) => t.services.workflow.transition(tx, system, 'publish', { documentId: document.id, locale: 'de' })),
  ).rejects.toMatchObject({
    code: 'BAD_USER_INPUT',
    details: { findings: [expect.objectContaining({ checkId: 'citation-missing', blockId: 'p-cite' })] },
  });
  expect((await read(slug)).body.data?.publishedDocument).toMatchObject({ title: 'Stabil', revisionId: revision.id });
  const row = await t.db.withTenant(tenant.id, (tx) => t.services.documents.documentLocale(tx, document.id, 'de'));
  expect(row.status).toBe('approved');
});

test('region blocks are resolved for the reader’s region, and the tenant default applies when none is given', async () => {
  const { document, slug } = await createDocument(t.services, tenant.id, {
    blocks: [
      paragraph('p-all', 'Für alle.'),
      {
        id: 'r-de',
        type: 'region',
        mode: 'include',
        regions: ['DE'],
        blocks: [paragraph('p-de', 'Nur in Deutschland.')],
        fallback: [paragraph('p-else', 'Anderswo.')],
      },
    ],
  });
  await publish(t.services, tenant.id, document.id);
  const ids = async (region?: string) => (await read(slug, 'de', region)).body.data?.publishedDocument?.blocks.map((b) => b.id);
  expect(await ids('DE')).toEqual(['p-all', 'p-de']);
  expect(await ids('AT')).toEqual(['p-all', 'p-else']);
  expect(await ids()).toEqual(['p-all', 'p-de']);
});

test('an unknown locale or region is BAD_USER_INPUT naming the argument', async () => {
  const badLocale = await read('x', 'fr');
  expect(badLocale.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
  const badRegion = await read('x', 'de', 'CH');
  expect(badRegion.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
});

test('readers cannot filter by workflow status', async () => {
  const res = await api.gql(`{ documents(filter: { locale: "de", status: DRAFT }) { edges { node { title } } } }`, {
    headers: { 'x-tenant': tenant.slug },
  });
  expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('published documents list their other published languages', async () => {
  const { document, slug } = await createDocument(t.services, tenant.id, {
    slug: 'zweisprachig',
    title: 'Zweisprachig',
    blocks: [heading('h1', 'Eins')],
  });
  await t.db.withTenant(tenant.id, (tx) =>
    t.services.documents.save(tx, editor, {
      documentId: document.id,
      locale: 'en',
      baseVersion: 0,
      slug: 'bilingual',
      content: content('Bilingual', [heading('h1', 'One')]),
    }),
  );
  await publish(t.services, tenant.id, document.id, 'de');
  await publish(t.services, tenant.id, document.id, 'en');
  const res = await api.gql<{ publishedDocument: { alternates: { locale: string; slug: string }[] } }>(READ, {
    headers: { 'x-tenant': tenant.slug },
    variables: { slug, locale: 'de' },
  });
  expect(res.body.data?.publishedDocument.alternates).toEqual([
    { locale: 'de', slug: 'zweisprachig' },
    { locale: 'en', slug: 'bilingual' },
  ]);
});
