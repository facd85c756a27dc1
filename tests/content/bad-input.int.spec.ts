import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createTenant } from '../factories/tenant.factory';
import { createDocument } from '../factories/document.factory';
import { createUser } from '../factories/user.factory';

const t = useTestDatabase();
const gql = useGraphQL(t);
let tenantId: string;
let editor: { user: { id: string; email: string }; role: 'editor' };

async function contentTables(): Promise<unknown> {
  return t.dataSource.query(`SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM document_locales) AS l,
    (SELECT count(*) FROM revisions) AS r, (SELECT count(*) FROM audit_log) AS a, (SELECT max(version) FROM document_locales) AS v`);
}

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantId = tenant.id;
  editor = { user: await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' }), role: 'editor' };
});

const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }`;

test('an invalid block is BAD_USER_INPUT naming the block id and field, and nothing is written', async () => {
  const before = await contentTables();
  const res = await gql(tenantId, editor, CREATE, {
    input: {
      kind: 'ARTICLE',
      locale: 'de',
      slug: 'kaputt',
      content: {
        title: 'Kaputt',
        blocks: [
          { id: 'p-ok', type: 'paragraph', content: [{ type: 'text', text: 'Gut.' }] },
          {
            id: 'p-bad',
            type: 'paragraph',
            content: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }],
          },
        ],
      },
    },
  });
  expect(res.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content.blocks[1].content[0].href' });
  expect(res.errors?.[0]?.message).toMatch(/block "p-bad"/);
  expect(res.errors?.[0]?.extensions?.issues).toEqual([
    expect.objectContaining({ blockId: 'p-bad', path: 'content.blocks[1].content[0].href' }),
  ]);
  expect(await contentTables()).toEqual(before);
});

test('an unknown document id is NOT_FOUND and nothing is written', async () => {
  const before = await contentTables();
  const res = await gql(
    tenantId,
    editor,
    `mutation { saveTranslation(input: { documentId: "6c1f1c9e-9a7e-4a43-9d6e-5a0f9d7e1a11", locale: "de", baseVersion: 1, content: { title: "x", blocks: [] } }) { revision { id } } }`,
  );
  expect(res.errors?.[0]).toMatchObject({ code: 'NOT_FOUND' });
  expect(await contentTables()).toEqual(before);
});

test('a slug taken by another document in the same locale is a CONFLICT naming the slug', async () => {
  await createDocument(t.services, tenantId, { slug: 'belegt' });
  const before = await contentTables();
  const res = await gql(tenantId, editor, CREATE, {
    input: { kind: 'ARTICLE', locale: 'de', slug: 'belegt', content: { title: 'Zweiter', blocks: [] } },
  });
  expect(res.errors?.[0]).toMatchObject({ code: 'CONFLICT', field: 'slug' });
  expect(await contentTables()).toEqual(before);
});

test('a locale the tenant does not have, and an invalid review date, are BAD_USER_INPUT naming the field', async () => {
  const before = await contentTables();
  const noLocale = await gql(tenantId, editor, CREATE, {
    input: { kind: 'ARTICLE', locale: 'fr', slug: 'franz', content: { title: 'F', blocks: [] } },
  });
  expect(noLocale.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
  const badDate = await gql(tenantId, editor, CREATE, {
    input: { kind: 'ARTICLE', locale: 'de', slug: 'datum', content: { title: 'D', blocks: [] }, quality: { lastReviewed: '2024-02-30' } },
  });
  expect(badDate.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quality.lastReviewed' });
  expect(await contentTables()).toEqual(before);
});

test('an anonymous caller is UNAUTHENTICATED and a viewer is FORBIDDEN for createDocument', async () => {
  const input = { kind: 'ARTICLE', locale: 'de', slug: 'anon', content: { title: 'A', blocks: [] } };
  expect((await gql(tenantId, {}, CREATE, { input })).errors?.[0]?.code).toBe('UNAUTHENTICATED');
  expect((await gql(tenantId, { ...editor, role: 'viewer' }, CREATE, { input })).errors?.[0]?.code).toBe('FORBIDDEN');
});
