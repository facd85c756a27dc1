import type { Block } from '@careleaf/schema';
import { useTestApi } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createDocument } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { id: string; slug: string };
let editor: SignedInClient;

beforeAll(async () => {
  tenant = await createTenant(t.services);
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

const withLink = (href: string): Block[] => [
  {
    id: 'p-link',
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Mehr unter ' },
      { type: 'link', href, children: [{ type: 'text', text: 'diesem Link' }] },
    ],
  },
];

const SAVE = `mutation($input: SaveTranslationInput!) { saveTranslation(input: $input) { revision { id } } }`;

test.each([
  ['a protocol-relative "//" path', '//evil.example/login', 'URL_PROTOCOL_RELATIVE'],
  ['a "/\\" path', '/\\evil.example/login', 'URL_BACKSLASH'],
  ['a right-to-left override', 'https://example.org/\u202Efdp.exe', 'URL_HIDDEN_CHARACTERS'],
  ['a host mixing Latin and Cyrillic', 'https://p\u0430ypal.com/', 'URL_MIXED_SCRIPT_HOST'],
  ['credentials before the host', 'https://trusted.example@evil.example/', 'URL_CREDENTIALS'],
])('saving a document whose link has %s is refused with the link named, and nothing is saved', async (_label, href, reason) => {
  const { document } = await createDocument(t.services, tenant.id);
  const res = await editor.gql(SAVE, {
    variables: {
      input: { documentId: document.id, locale: 'de', baseVersion: 1, content: { title: 'Links', summary: '', blocks: withLink(href) } },
    },
  });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'content.blocks[0].content[1].href',
    reason,
  });
  const row = await t.db.withTenant(tenant.id, (tx) => t.services.documents.documentLocale(tx, document.id, 'de'));
  expect(row.version).toBe(1);
});

test('a site path and a web address with an international host are saved', async () => {
  const { document } = await createDocument(t.services, tenant.id);
  const blocks = [...withLink('/de/artikel/brustkrebs'), { ...withLink('https://bücher.de/')[0]!, id: 'p-idn' }];
  const res = await editor.gql(SAVE, {
    variables: { input: { documentId: document.id, locale: 'de', baseVersion: 1, content: { title: 'Links', summary: '', blocks } } },
  });
  expect(res.body.errors).toBeUndefined();
});

test('a citation whose address has a look-alike host is refused with the url field named', async () => {
  const res = await editor.gql(`mutation($input: CreateCitationInput!) { createCitation(input: $input) { citation { id } } }`, {
    variables: {
      input: { kind: 'WEB_PAGE', title: 'Gefälscht', url: 'https://\u0430\u0440\u0440\u04CF\u0435.com/', accessedOn: '2026-11-01' },
    },
  });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url', reason: 'URL_LOOK_ALIKE_HOST' });
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM citations WHERE tenant_id = $1`, [tenant.id]);
  expect(n).toBe(0);
});
