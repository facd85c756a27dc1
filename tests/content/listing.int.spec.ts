import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createTenant } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import { createDocument, createPublishedDocument } from '../factories/document.factory';

const t = useTestDatabase();
const gql = useGraphQL(t);
let tenantId: string;
const editor = { user: { id: '00000000-0000-4000-8000-000000000001', email: 'editor@example.org' }, role: 'editor' as const };

const MEMBER_LIST = `query($first: Int!, $after: String) {
  documents(filter: { locale: "de" }, first: $first, after: $after) {
    edges { cursor node { title status reviewOverdue document { id kind revisionCount locales { locale status version } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

beforeAll(async () => {
  tenantId = (await createTenant(t.services)).id;
  for (let i = 0; i < 25; i++) await createDocument(t.services, tenantId, { title: `Dokument ${String(i).padStart(2, '0')}` });
});

async function statementsFor(first: number): Promise<{ count: number; items: number }> {
  t.queries.length = 0;
  const res = await gql<{ documents: { edges: unknown[] } }>(tenantId, editor, MEMBER_LIST, { first });
  expect(res.errors).toBeUndefined();
  return { count: t.queries.length, items: res.data!.documents.edges.length };
}

test('a list of 20 documents with nested locales costs as many SQL statements as a list of 5 (no N+1)', async () => {
  const five = await statementsFor(5);
  const twenty = await statementsFor(20);
  expect(five.items).toBe(5);
  expect(twenty.items).toBe(20);
  expect(twenty.count).toBe(five.count);
});

test('cursor pagination walks the whole list once, newest first', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const res: Awaited<
      ReturnType<typeof gql<{ documents: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>
    > = await gql(tenantId, editor, MEMBER_LIST, { first: 10, after });
    seen.push(...res.data!.documents.edges.map((e) => e.node.title));
    if (!res.data!.documents.pageInfo.hasNextPage) break;
    after = res.data!.documents.pageInfo.endCursor;
  }
  expect(seen).toHaveLength(25);
  expect(new Set(seen).size).toBe(25);
  expect(seen[0]).toBe('Dokument 24');
});

test('a forged cursor is BAD_USER_INPUT naming "after"', async () => {
  const res = await gql(tenantId, editor, MEMBER_LIST, { first: 5, after: 'not-a-cursor' });
  expect(res.errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
});

test('readers get published documents only, and no document internals', async () => {
  await createPublishedDocument(t.services, tenantId, { title: 'Öffentlich' });
  const res = await gql<{ documents: { edges: { node: { title: string; status: string; document: unknown } }[] } }>(
    tenantId,
    {},
    MEMBER_LIST,
    { first: 50 },
  );
  expect(res.data!.documents.edges.map((e) => e.node)).toEqual([
    { title: 'Öffentlich', status: 'PUBLISHED', reviewOverdue: false, document: null },
  ]);
});

test('documents whose next review date has passed are reported as review-overdue', async () => {
  const overdue = await createDocument(t.services, tenantId, { title: 'Überfällig', quality: { lastReviewed: '2020-01-15' } });
  await createDocument(t.services, tenantId, { title: 'Aktuell', quality: { lastReviewed: new Date().toISOString().slice(0, 10) } });
  const res = await gql<{ documents: { edges: { node: { title: string; reviewOverdue: boolean } }[] } }>(
    tenantId,
    editor,
    `{ documents(filter: { locale: "de", reviewOverdue: true }) { edges { node { title reviewOverdue } } } }`,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.documents.edges.map((e) => e.node)).toEqual([{ title: 'Überfällig', reviewOverdue: true }]);
  const doc = await gql<{ document: { reviewOverdue: boolean; quality: { nextReviewDue: string } } }>(
    tenantId,
    editor,
    `query($id: ID!) { document(id: $id) { reviewOverdue quality { nextReviewDue } } }`,
    { id: overdue.document.id },
  );
  // the default review cycle is three years
  expect(doc.data!.document).toEqual({ reviewOverdue: true, quality: { nextReviewDue: '2023-01-15' } });
});

test('"my drafts": a member sees only the documents they edited in that language; readers may not ask', async () => {
  const tenant = await createTenant(t.services);
  const anna = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const ben = await createUser(t.services, { tenantSlug: tenant.slug, role: 'editor' });
  const actor = (u: { id: string; email: string }) => ({ userId: u.id, label: u.email, role: 'editor' as const, locales: [] });
  await createDocument(t.services, tenant.id, { title: 'Annas Entwurf', actor: actor(anna) });
  await createDocument(t.services, tenant.id, { title: 'Bens Entwurf', actor: actor(ben) });
  const MINE = `{ documents(filter: { locale: "de", status: DRAFT, editedByMe: true }, first: 20) { edges { node { title } } } }`;
  const titles = async (u: { id: string; email: string }) => {
    const res = await gql<{ documents: { edges: { node: { title: string } }[] } }>(tenant.id, { user: u, role: 'editor' }, MINE);
    expect(res.errors).toBeUndefined();
    return res.data!.documents.edges.map((e) => e.node.title);
  };
  expect(await titles(anna)).toEqual(['Annas Entwurf']);
  expect(await titles(ben)).toEqual(['Bens Entwurf']);
  const reader = await gql(
    tenant.id,
    {},
    `{ documents(filter: { locale: "de", editedByMe: true }, first: 5) { edges { node { title } } } }`,
  );
  expect(reader.errors?.[0]).toMatchObject({ code: 'FORBIDDEN' });
});
