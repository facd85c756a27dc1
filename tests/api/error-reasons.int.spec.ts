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

const SAVE = `mutation($input: SaveTranslationInput!) { saveTranslation(input: $input) { revision { id } } }`;
const READ = `query($id: ID!) { revisions(documentId: $id, locale: "de") { content } }`;

beforeAll(async () => {
  const tenant = await createTenant(t.services);
  tenantId = tenant.id;
  tenantSlug = tenant.slug;
  editor = await signInAs(t, api, { tenantSlug, role: 'editor' });
});

test('a stale save is CONFLICT with the reason REVISION_CHANGED and the current version, and the newer text stays', async () => {
  const { document } = await createDocument(t.services, tenantId, { title: 'Ausgangstext' });
  const save = (title: string) =>
    editor.gql(SAVE, { variables: { input: { documentId: document.id, locale: 'de', baseVersion: 1, content: content(title) } } });
  expect((await save('Erste Änderung')).body.errors).toBeUndefined();
  const stale = await save('Zweite Änderung vom alten Stand');
  expect(stale.body.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'baseVersion',
    reason: 'REVISION_CHANGED',
    currentVersion: 2,
  });
  const revisions = await editor.gql<{ revisions: { content: { title: string } }[] }>(READ, { variables: { id: document.id } });
  expect(revisions.body.data?.revisions.map((r) => r.content.title)).toEqual(['Erste Änderung', 'Ausgangstext']);
});

test('a parameter of a reason names what the client must change (at most 100 members a page)', async () => {
  const admin = await signInAs(t, api, { tenantSlug, role: 'admin' });
  const res = await admin.gql(`query { members(first: 500) { totalCount } }`);
  expect(res.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'first',
    reason: 'PAGE_SIZE_OUT_OF_RANGE',
    max: 100,
  });
});

test('a signed-out client gets UNAUTHENTICATED with the reason SIGN_IN_REQUIRED', async () => {
  const res = await api.gql(SAVE, {
    headers: tenantHeader(tenantSlug),
    variables: { input: { documentId: '00000000-0000-4000-8000-000000000000', locale: 'de', baseVersion: 1, content: content('x') } },
  });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
});
