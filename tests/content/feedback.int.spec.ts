import { CLIENT_ADDRESS_HEADER, signClientAddress } from '../../apps/api/src/server/http/client-address';
import { DEFAULT_FEEDBACK_OPTIONS } from '../../apps/api/src/modules/feedback';
import { useTestApi, type GraphQLResponse } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, tenantHeader, type SignedInClient } from '../support/session';
import { createTenant } from '../factories/tenant.factory';
import { createPublishedDocument } from '../factories/document.factory';

const SECRET = 'test-only client address secret, 32+ characters';
const t = useTestDatabase();
const api = useTestApi(t, { CARELEAF_CLIENT_IP_SECRET: SECRET });

const SUBMIT = `mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) }`;
const SUMMARY = `{ feedbackSummary { documentId locale title helpful notHelpful recentHelpful recentNotHelpful earlierHelpful earlierNotHelpful openComments lastDay } }`;
const COMMENTS = `query($after: String, $first: Int, $all: Boolean) {
  feedbackComments(first: $first, after: $after, includeHandled: $all) {
    edges { node { id documentId locale helpful comment day handled } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const HANDLED = `mutation($id: ID!) { markFeedbackHandled(id: $id) { id handled } }`;

let tenantA: { id: string; slug: string };
let tenantB: { id: string; slug: string };
let editorA: SignedInClient;
let editorB: SignedInClient;
let docA: string;
let docB: string;
let nextAddress = 1;
/** A fresh documentation address (TEST-NET-3) per call, so the rate limit stays out of tests about other things. */
const freshAddress = () => `203.0.113.${nextAddress++}`;

function submit(
  tenantSlug: string,
  input: Record<string, unknown>,
  address = freshAddress(),
): Promise<GraphQLResponse<{ submitFeedback: boolean }>> {
  return api.gql(SUBMIT, {
    headers: { ...tenantHeader(tenantSlug), [CLIENT_ADDRESS_HEADER]: signClientAddress(SECRET, address) },
    variables: { input },
  });
}

const rowsOf = async (tenantId: string): Promise<Record<string, unknown>[]> =>
  t.dataSource.query(`SELECT * FROM reader_feedback WHERE tenant_id = $1 ORDER BY id`, [tenantId]);

beforeAll(async () => {
  tenantA = await createTenant(t.services);
  tenantB = await createTenant(t.services);
  docA = (await createPublishedDocument(t.services, tenantA.id)).document.id;
  docB = (await createPublishedDocument(t.services, tenantB.id)).document.id;
  editorA = await signInAs(t, api, { tenantSlug: tenantA.slug, role: 'editor' });
  editorB = await signInAs(t, api, { tenantSlug: tenantB.slug, role: 'editor' });
});

test('an answer stores the tenant, document, language, answer, comment and day, and nothing about the reader', async () => {
  const res = await submit(tenantA.slug, { documentId: docA, locale: 'de', helpful: false, comment: '  Too long. Mail me: a@b.example  ' });
  expect(res.body.errors).toBeUndefined();
  expect(res.setCookies).toEqual([]);
  const rows = await rowsOf(tenantA.id);
  expect(rows).toHaveLength(1);
  const row = rows[0]!;
  // Exactly these columns: no address, hash, user agent, cookie or time of day.
  expect(Object.keys(row).sort()).toEqual(['comment', 'day', 'document_id', 'handled', 'helpful', 'id', 'locale', 'tenant_id']);
  expect(row).toMatchObject({ tenant_id: tenantA.id, document_id: docA, locale: 'de', helpful: false, handled: false });
  expect(row.comment).toBe('Too long. Mail me: […]');
  const [{ today }] = await t.dataSource.query(`SELECT (now() AT TIME ZONE 'UTC')::date::text AS today`);
  const [{ day }] = await t.dataSource.query(`SELECT day::text AS day FROM reader_feedback WHERE id = $1`, [row.id]);
  expect(day).toBe(today);
});

test('an address may send a few answers in ten minutes; the next one is refused kindly, another address is still accepted', async () => {
  const address = '198.51.100.7';
  const { points } = DEFAULT_FEEDBACK_OPTIONS.perAddress;
  for (let i = 0; i < points; i++) {
    const ok = await submit(tenantA.slug, { documentId: docA, locale: 'de', helpful: true }, address);
    expect(ok.body.errors).toBeUndefined();
  }
  const refused = await submit(tenantA.slug, { documentId: docA, locale: 'de', helpful: true }, address);
  expect(refused.body.errors?.[0]?.extensions).toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    reason: 'FEEDBACK_LIMITED',
    retryAfterSeconds: expect.any(Number) as number,
  });
  const other = await submit(tenantA.slug, { documentId: docA, locale: 'de', helpful: true }, '198.51.100.8');
  expect(other.body.errors).toBeUndefined();
});

test('a comment longer than 1,000 characters is refused with its reason and field, and nothing is stored', async () => {
  const before = (await rowsOf(tenantB.id)).length;
  const res = await submit(tenantB.slug, { documentId: docB, locale: 'de', helpful: true, comment: 'x'.repeat(1001) });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'FEEDBACK_COMMENT_TOO_LONG',
    field: 'comment',
    limit: 1000,
  });
  expect(await rowsOf(tenantB.id)).toHaveLength(before);
});

test("another tenant's document cannot get feedback through this tenant's host, nor a language it is not published in", async () => {
  const before = (await rowsOf(tenantB.id)).length;
  const foreign = await submit(tenantA.slug, { documentId: docB, locale: 'de', helpful: false, comment: 'cross-tenant' });
  expect(foreign.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FEEDBACK_DOCUMENT_NOT_FOUND' });
  const unpublished = await submit(tenantA.slug, { documentId: docA, locale: 'en', helpful: true });
  expect(unpublished.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  expect(await rowsOf(tenantB.id)).toHaveLength(before);
});

test("editors see their organisation's feedback per document and language, and never another organisation's", async () => {
  await submit(tenantB.slug, { documentId: docB, locale: 'de', helpful: true, comment: 'Only B sees this.' });
  const a = await editorA.gql<{ feedbackSummary: { documentId: string; helpful: number; notHelpful: number }[] }>(SUMMARY);
  expect(a.body.errors).toBeUndefined();
  expect(a.body.data!.feedbackSummary.map((s) => s.documentId)).toEqual([docA]);
  expect(a.body.data!.feedbackSummary[0]).toMatchObject({
    locale: 'de',
    notHelpful: 1,
    recentNotHelpful: 1,
    earlierNotHelpful: 0,
    openComments: 1,
  });
  const comments = await editorA.gql<{ feedbackComments: { edges: { node: { comment: string } }[] } }>(COMMENTS);
  expect(comments.body.data!.feedbackComments.edges.map((e) => e.node.comment)).toEqual(['Too long. Mail me: […]']);
  const b = await editorB.gql<{ feedbackComments: { edges: { node: { comment: string } }[] } }>(COMMENTS);
  expect(b.body.data!.feedbackComments.edges.map((e) => e.node.comment)).toEqual(['Only B sees this.']);
});

test('comments come newest first, a page at a time', async () => {
  for (const comment of ['first', 'second', 'third'])
    await submit(tenantB.slug, { documentId: docB, locale: 'de', helpful: false, comment });
  const page1 = await editorB.gql<{
    feedbackComments: { edges: { node: { comment: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
  }>(COMMENTS, { variables: { first: 2 } });
  expect(page1.body.data!.feedbackComments.edges.map((e) => e.node.comment)).toEqual(['third', 'second']);
  expect(page1.body.data!.feedbackComments.pageInfo.hasNextPage).toBe(true);
  const page2 = await editorB.gql<{ feedbackComments: { edges: { node: { comment: string } }[] } }>(COMMENTS, {
    variables: { first: 2, after: page1.body.data!.feedbackComments.pageInfo.endCursor },
  });
  expect(page2.body.data!.feedbackComments.edges.map((e) => e.node.comment)).toEqual(['first', 'Only B sees this.']);
});

test('an editor marks a comment handled: it leaves the open list; another organisation cannot mark it', async () => {
  const open = await editorA.gql<{ feedbackComments: { edges: { node: { id: string } }[] } }>(COMMENTS);
  const id = open.body.data!.feedbackComments.edges[0]!.node.id;
  const foreign = await editorB.gql(HANDLED, { variables: { id } });
  expect(foreign.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FEEDBACK_NOT_FOUND' });
  const done = await editorA.gql<{ markFeedbackHandled: { handled: boolean } }>(HANDLED, { variables: { id } });
  expect(done.body.data?.markFeedbackHandled.handled).toBe(true);
  const after = await editorA.gql<{ feedbackComments: { edges: unknown[] } }>(COMMENTS);
  expect(after.body.data!.feedbackComments.edges).toEqual([]);
  const all = await editorA.gql<{ feedbackComments: { edges: { node: { handled: boolean } }[] } }>(COMMENTS, { variables: { all: true } });
  expect(all.body.data!.feedbackComments.edges.map((e) => e.node.handled)).toEqual([true]);
});

test('viewers, translators and reviewers do not read feedback', async () => {
  for (const role of ['viewer', 'translator', 'reviewer'] as const) {
    const member = await signInAs(t, api, { tenantSlug: tenantA.slug, role });
    const res = await member.gql(SUMMARY);
    expect({ role, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ role, code: 'FORBIDDEN' });
  }
});
