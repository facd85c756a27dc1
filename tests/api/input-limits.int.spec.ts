import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import type { Block, TableCell } from '@careleaf/schema';
import { content, createDocument, paragraph } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let editor: SignedInClient;
let tenantId: string;

const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { id topics } } }`;
const UPDATE = `mutation($input: UpdateDocumentMetadataInput!) { updateDocumentMetadata(input: $input) { document { id topics } } }`;
const SAVE = `mutation($input: SaveTranslationInput!) { saveTranslation(input: $input) { revision { id } } }`;
const READ = `query($id: ID!) { document(id: $id) { topics quality { publisher } } }`;

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantId = tenant.id;
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

async function documentCount(slug: string): Promise<number> {
  const rows = await t.services.db.withTenant(tenantId, (tx) =>
    tx.em.query<{ n: string }[]>(`select count(*) as n from document_locales where slug = $1`, [slug]),
  );
  return Number(rows[0]!.n);
}

async function readBack(id: string): Promise<{ topics: string[]; quality: { publisher: string | null } }> {
  const res = await editor.gql<{ document: { topics: string[]; quality: { publisher: string | null } } }>(READ, { variables: { id } });
  return res.body.data!.document;
}

const topics = (n: number) => Array.from({ length: n }, (_, i) => `topic-${i}`);

describe('lists and strings in input have limits', () => {
  test('a new document with 20,000 topics is refused naming the field and the limit, and nothing is stored', async () => {
    const res = await editor.gql(CREATE, {
      variables: {
        input: { kind: 'ARTICLE', locale: 'de', slug: 'many-topics', content: content('Viele Themen'), topics: topics(20_000) },
      },
    });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topics', reason: 'TOO_MANY', limit: 50 });
    expect(res.body.errors?.[0]?.message).toMatch(/50/);
    expect(await documentCount('many-topics')).toBe(0);
  });

  test('20,000 topics on an existing document are refused and its topics stay as they were', async () => {
    const { document } = await createDocument(t.services, tenantId, { topics: ['diabetes'] });
    const res = await editor.gql(UPDATE, { variables: { input: { documentId: document.id, topics: topics(20_000) } } });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topics', reason: 'TOO_MANY' });
    expect((await readBack(document.id)).topics).toEqual(['diabetes']);
  });

  test('a string in a nested input over its limit is refused with the path to it', async () => {
    const { document } = await createDocument(t.services, tenantId, { quality: { publisher: 'Klinik' } });
    const res = await editor.gql(UPDATE, {
      variables: { input: { documentId: document.id, quality: { authors: [{ name: 'x'.repeat(301) }] } } },
    });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'quality.authors[0].name',
      reason: 'TOO_LONG',
      limit: 300,
    });
    expect((await readBack(document.id)).quality.publisher).toBe('Klinik');
  });

  test('a table with more rows than the block schema allows is refused naming the block', async () => {
    const { document } = await createDocument(t.services, tenantId);
    const cell = (text: string, header = false): TableCell => ({
      content: [{ type: 'text', text }],
      ...(header ? { header: true, scope: 'col' } : {}),
    });
    const table: Block = {
      id: 'table-1',
      type: 'table',
      caption: [{ type: 'text', text: 'Werte' }],
      rows: [{ cells: [cell('Wert', true)] }, ...Array.from({ length: 600 }, (_, i) => ({ cells: [cell(String(i))] }))],
    };
    const res = await editor.gql(SAVE, {
      variables: {
        input: { documentId: document.id, locale: 'de', baseVersion: 1, content: content('Tabelle', [paragraph('p-1', 'Text'), table]) },
      },
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.body.errors?.[0])).toMatch(/blocks\[1\]\.rows/);
  });
});
