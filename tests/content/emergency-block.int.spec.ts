import type { Block } from '@careleaf/schema';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createDocument, paragraph, publish } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { id: string; slug: string };
let editor: SignedInClient;

beforeAll(async () => {
  tenant = await createTenant(t.services);
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

const SAVE = `mutation($input: SaveTranslationInput!) { saveTranslation(input: $input) { revision { id } } }`;
const READ = `query($slug: String!, $locale: String!) { publishedDocument(slug: $slug, locale: $locale) { blocks } }`;

const emergency: Block = {
  id: 'em-chest-pain',
  type: 'emergency',
  content: [
    { type: 'strong', children: [{ type: 'text', text: 'Rufen Sie sofort 112 an' }] },
    { type: 'text', text: ', wenn der Schmerz in den Arm ausstrahlt: ' },
    { type: 'link', href: 'tel:112', children: [{ type: 'text', text: 'Notruf 112' }] },
  ],
};

test('a document with an emergency notice saves, publishes and reads back unchanged', async () => {
  const { document, slug } = await createDocument(t.services, tenant.id);
  const blocks = [emergency, paragraph('p-after', 'Brustschmerz hat viele Ursachen.')];
  const saved = await editor.gql(SAVE, {
    variables: {
      input: { documentId: document.id, locale: 'de', baseVersion: 1, content: { title: 'Brustschmerz', summary: '', blocks } },
    },
  });
  expect(saved.body.errors).toBeUndefined();
  await publish(t.services, tenant.id, document.id);

  const read = await api.gql<{ publishedDocument: { blocks: Block[] } | null }>(READ, {
    headers: { 'x-tenant': tenant.slug },
    variables: { slug, locale: 'de' },
  });
  expect(read.body.errors).toBeUndefined();
  expect(read.body.data?.publishedDocument?.blocks).toEqual(blocks);
});

test('an emergency notice without text is refused with its field named, and nothing is saved', async () => {
  const { document } = await createDocument(t.services, tenant.id);
  const res = await editor.gql(SAVE, {
    variables: {
      input: {
        documentId: document.id,
        locale: 'de',
        baseVersion: 1,
        content: { title: 'Leer', summary: '', blocks: [{ id: 'em-empty', type: 'emergency', content: [] }] },
      },
    },
  });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content.blocks[0].content' });
  const row = await t.db.withTenant(tenant.id, (tx) => t.services.documents.documentLocale(tx, document.id, 'de'));
  expect(row.version).toBe(1);
});
