import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createPublishedDocument } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let editor: SignedInClient;
let tenantId: string;

interface GqlError {
  extensions?: { code?: string; reason?: string; field?: string; suggestion?: string };
}
type Res = { body: { data?: Record<string, unknown> | null; errors?: GqlError[] } };

const article = (title: string) => `# ${title}\n\nZucker im Blut ist zu hoch. Bewegung hilft.\n`;

const importArticle = (title: string, slug?: string): Promise<Res> =>
  editor.gql(
    `mutation($source: String!, $slug: String) { importDocument(input: { format: MARKDOWN, locale: "en", source: $source, slug: $slug }) {
      document { id } } }`,
    { variables: { source: article(title), slug: slug ?? null } },
  ) as Promise<Res>;

const documentCount = async (): Promise<number> => {
  const res = (await editor.gql(`{ documents(filter: { locale: "en" }, first: 50) { edges { node { documentId } } } }`)) as {
    body: { data: { documents: { edges: unknown[] } } };
  };
  return res.body.data.documents.edges.length;
};

const refusal = (res: Res) => res.body.errors?.[0]?.extensions;

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantId = tenant.id;
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

test('a second import with the same title is refused with SLUG_TAKEN and a free alternative, and stores nothing', async () => {
  expect((await importArticle('Diabetes Typ 2')).body.errors).toBeUndefined();
  const before = await documentCount();
  const second = await importArticle('Diabetes Typ 2');
  expect(refusal(second)).toMatchObject({ code: 'CONFLICT', reason: 'SLUG_TAKEN', field: 'slug', suggestion: 'diabetes-typ-2-2' });
  expect(await documentCount()).toBe(before);
});

test('the suggested or any other free address imports the same article', async () => {
  const res = await importArticle('Diabetes Typ 2', 'diabetes-typ-2-2');
  expect(res.body.errors).toBeUndefined();
  // The next clash skips the address now taken.
  expect(refusal(await importArticle('Diabetes Typ 2'))).toMatchObject({ suggestion: 'diabetes-typ-2-3' });
});

test.each([
  ['glossary', 'SLUG_RESERVED'],
  ['Diabetes Typ', 'SLUG_INVALID'],
  ['-diabetes', 'SLUG_INVALID'],
])('the address %p is refused with a field error (%s)', async (slug, reason) => {
  expect(refusal(await importArticle('Neu', slug))).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'slug' });
});

test("a draft's address can change, but not to one another document uses", async () => {
  const created = (await importArticle('Blutdruck', 'blutdruck')).body.data!.importDocument as { document: { id: string } };
  const save = (slug: string) =>
    editor.gql(
      `mutation($id: ID!, $slug: String) { saveTranslation(input: { documentId: $id, locale: "en", baseVersion: 1, slug: $slug,
        content: { title: "Blutdruck", summary: "", blocks: [] } }) { revision { number } } }`,
      { variables: { id: created.document.id, slug } },
    ) as Promise<Res>;
  expect(refusal(await save('diabetes-typ-2'))).toMatchObject({ reason: 'SLUG_TAKEN', suggestion: 'diabetes-typ-2-3' });
  expect((await save('hoher-blutdruck')).body.errors).toBeUndefined();
  const slugs = (await editor.gql(`query($id: ID!) { document(id: $id) { locales { locale slug } } }`, {
    variables: { id: created.document.id },
  })) as Res;
  expect(JSON.stringify(slugs.body.data)).toContain('hoher-blutdruck');
});

test('a published address stays: changing it is refused with SLUG_PUBLISHED until the page is unpublished', async () => {
  const published = await createPublishedDocument(t.services, tenantId, { locale: 'en', slug: 'impfungen', title: 'Impfungen' });
  const res = (await editor.gql(
    `mutation($id: ID!) { saveTranslation(input: { documentId: $id, locale: "en", baseVersion: 1, slug: "impfen",
      content: { title: "Impfungen", summary: "", blocks: [] } }) { revision { number } } }`,
    { variables: { id: published.document.id } },
  )) as Res;
  expect(refusal(res)).toMatchObject({ code: 'CONFLICT', reason: 'SLUG_PUBLISHED', field: 'slug' });
});
