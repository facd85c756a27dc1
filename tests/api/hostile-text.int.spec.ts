import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { content, createDocument } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let editor: SignedInClient;
let tenantId: string;
let tenantSlug: string;

const UPDATE = `mutation($input: UpdateDocumentMetadataInput!) { updateDocumentMetadata(input: $input) { document { id } } }`;
const SAVE = `mutation($input: SaveTranslationInput!) { saveTranslation(input: $input) { revision { id } } }`;
const IMPORT = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { document { id } } }`;
const READ = `query($id: ID!) { document(id: $id) { topics } revisions(documentId: $id, locale: "de") { id content } }`;

interface Stored {
  document: { topics: string[] };
  revisions: { id: string; content: { title: string } }[];
}

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantId = tenant.id;
  tenantSlug = tenant.slug;
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

async function stored(id: string): Promise<Stored> {
  const res = await editor.gql<Stored>(READ, { variables: { id } });
  return res.body.data!;
}

/** A document and a save of its content in which `title` (or the whole content) is hostile. */
async function saveContent(contentValue: unknown): Promise<{ id: string; before: Stored; error: Record<string, unknown> | undefined }> {
  const { document } = await createDocument(t.services, tenantId, { topics: ['asthma'] });
  const before = await stored(document.id);
  const res = await editor.gql(SAVE, {
    variables: { input: { documentId: document.id, locale: 'de', baseVersion: 1, content: contentValue } },
  });
  return { id: document.id, before, error: res.body.errors?.[0]?.extensions };
}

test('a NUL character in document content is BAD_USER_INPUT naming the field, and the stored document is unchanged', async () => {
  const { id, before, error } = await saveContent(content('Asthma\u0000'));
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content.title', reason: 'NUL_CHARACTER' });
  expect(await stored(id)).toEqual(before);
});

test('a NUL character in a list of strings is BAD_USER_INPUT naming the item, and the topics stay as they were', async () => {
  const { document } = await createDocument(t.services, tenantId, { topics: ['asthma'] });
  const res = await editor.gql(UPDATE, { variables: { input: { documentId: document.id, topics: ['ok', 'bad\u0000'] } } });
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.topics[1]', reason: 'NUL_CHARACTER' });
  expect((await stored(document.id)).document.topics).toEqual(['asthma']);
});

test('a NUL character written in the query text itself is refused the same way', async () => {
  const res = await api.gql(`{ search(query: "a\\u0000b", locale: "de") { totalCount } }`, { headers: tenantHeader(tenantSlug) });
  expect(res.status).toBe(400);
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query', reason: 'NUL_CHARACTER' });
});

test('a lone surrogate in document content is BAD_USER_INPUT naming the field, and the stored document is unchanged', async () => {
  const blocks = [{ id: 'p-1', type: 'paragraph', content: [{ type: 'text', text: 'Atem \uD83D not a pair' }] }];
  const { id, before, error } = await saveContent({ ...content('Asthma'), blocks });
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content.blocks[0].content[0].text', reason: 'LONE_SURROGATE' });
  expect(await stored(id)).toEqual(before);
});

test('JSON nested 1,000 levels deep is BAD_USER_INPUT naming the field, and the stored document is unchanged', async () => {
  let deep: unknown = 'end';
  for (let i = 0; i < 1000; i++) deep = { children: [deep] };
  const { id, before, error } = await saveContent({ ...content('Asthma'), blocks: [deep] });
  expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_DEEP', limit: 100 });
  expect(String(error?.field)).toMatch(/^input\.content\.blocks\[0\]\.children\[0\]/);
  expect(await stored(id)).toEqual(before);
});

test('Markdown with block quotes nested 2,500 deep is refused before it is parsed, and no document is created', async () => {
  const source = `# Tief\n\n${'> '.repeat(2500)}Text\n`;
  const res = await editor.gql(IMPORT, { variables: { input: { format: 'MARKDOWN', locale: 'de', source, slug: 'tief-verschachtelt' } } });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source', reason: 'TOO_DEEP', limit: 32 });
  const rows = await t.services.db.withTenant(tenantId, (tx) =>
    tx.em.query<{ n: string }[]>(`select count(*) as n from document_locales where slug = 'tief-verschachtelt'`),
  );
  expect(Number(rows[0]!.n)).toBe(0);
});

test('Markdown with 10,000 unclosed emphasis marks in one paragraph is refused before it is parsed', async () => {
  const source = `# Betont\n\n${'**a '.repeat(10_000)}${'b**'.repeat(10_000)}\n`;
  const res = await editor.gql(IMPORT, { variables: { input: { format: 'MARKDOWN', locale: 'de', source } } });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source', reason: 'TOO_DEEP', limit: 64 });
});
