import type { QualityMetadata } from '../../apps/api/src/modules/content/quality';
import { useTestDatabase } from '../support/database';
import { useGraphQL } from '../support/graphql';
import { createCitation } from '../factories/citation.factory';
import { createDocument, paragraph, systemActor } from '../factories/document.factory';
import { createTenant, testActor } from '../factories/tenant.factory';
import { createUser } from '../factories/user.factory';
import type { Block } from '@careleaf/schema';

const t = useTestDatabase();
const exec = useGraphQL(t);
let tenantId: string;
let tenantSlug: string;
let admin: { id: string; email: string };
let citationId: string;

const FULL: QualityMetadata = {
  authors: [{ name: 'Dr. Anna Autorin' }],
  reviewers: [{ name: 'Dr. Rita Gutachterin', role: 'externalExpert' }],
  lastReviewed: '2026-10-01',
};

const PUBLISH = `mutation($input: PublishInput!) { publishTranslation(input: $input) { status } }`;

function blocks(withSource: boolean): Block[] {
  const out: Block[] = [paragraph('p1', 'Bewegung hilft bei hohem Blutdruck.')];
  if (withSource) out.push({ id: 's1', type: 'citations', citationIds: [citationId] } as Block);
  return out;
}

/** An approved document in the gated tenant: full quality data, a summary and a source unless told otherwise. */
async function approved(opts: { quality?: QualityMetadata; summary?: string; source?: boolean } = {}) {
  const { document } = await createDocument(t.services, tenantId, {
    quality: opts.quality ?? FULL,
    blocks: blocks(opts.source ?? true),
    ...(opts.summary === undefined ? {} : { summary: opts.summary }),
  });
  await t.db.withTenant(tenantId, async (tx) => {
    for (const step of ['submit', 'approve'] as const) {
      await t.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' });
    }
  });
  return document.id;
}

async function stateOf(documentId: string) {
  return t.db.withTenant(tenantId, async (tx) => {
    const row = await t.services.documents.documentLocale(tx, documentId, 'de');
    const published = await tx.em.query(`SELECT count(*)::int AS n FROM published_documents WHERE document_id = $1`, [documentId]);
    return { status: row.status, publishedRevisionId: row.publishedRevisionId, published: published[0].n as number };
  });
}

async function publishAsAdmin(documentId: string) {
  const row = await t.db.withTenant(tenantId, (tx) => t.services.documents.documentLocale(tx, documentId, 'de'));
  return exec(tenantId, { user: admin, role: 'admin' }, PUBLISH, {
    input: { documentId, locale: 'de', revisionId: row.approvedRevisionId },
  });
}

beforeAll(async () => {
  const tenant = await createTenant(t.services, {}, { gate: true });
  tenantId = tenant.id;
  tenantSlug = tenant.slug;
  admin = await createUser(t.services, { tenantSlug, role: 'admin' });
  citationId = (await createCitation(t.services, tenantId)).id;
});

test('a version with everything the gate asks for publishes', async () => {
  const id = await approved();
  const res = await publishAsAdmin(id);
  expect(res.errors).toBeUndefined();
  expect((await stateOf(id)).published).toBe(1);
});

const CASES: [string, Parameters<typeof approved>[0], string, string][] = [
  ['without an author', { quality: { ...FULL, authors: [] } }, 'AUTHOR_MISSING', 'quality.authors'],
  ['without a medical reviewer', { quality: { ...FULL, reviewers: [] } }, 'REVIEWER_MISSING', 'quality.reviewers'],
  [
    'when the only reviewer is the author',
    { quality: { ...FULL, reviewers: [{ name: ' dr. anna autorin', role: 'internal' }] } },
    'REVIEWER_IS_AUTHOR',
    'quality.reviewers',
  ],
  ['without the date last reviewed', { quality: { ...FULL, lastReviewed: undefined } }, 'LAST_REVIEWED_MISSING', 'quality.lastReviewed'],
  ['without a summary', { summary: '' }, 'SUMMARY_MISSING', 'summary'],
  ['without any cited source', { source: false }, 'SOURCES_MISSING', 'blocks'],
];

test.each(CASES)('publishing through GraphQL is refused %s, and nothing changes', async (_name, opts, requirement, field) => {
  const id = await approved(opts);
  const before = await stateOf(id);
  const res = await publishAsAdmin(id);
  expect(res.errors?.[0]?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.extensions).toMatchObject({ reason: 'PUBLISH_GATE', count: 1, missing: [{ requirement, field }] });
  expect(await stateOf(id)).toEqual(before);
  expect(before).toMatchObject({ status: 'approved', publishedRevisionId: null, published: 0 });
});

test('every missing requirement is listed at once', async () => {
  const id = await approved({ quality: {}, summary: '', source: false });
  const res = await publishAsAdmin(id);
  const missing = (res.errors?.[0]?.extensions?.missing as { requirement: string }[]).map((m) => m.requirement);
  expect(missing).toEqual(['AUTHOR_MISSING', 'REVIEWER_MISSING', 'LAST_REVIEWED_MISSING', 'SUMMARY_MISSING', 'SOURCES_MISSING']);
});

test('a tenant that switches a rule off publishes without it', async () => {
  const other = await createTenant(t.services, {}, { gate: true });
  await t.services.tenancy.update(other.slug, { publishRequirements: { author: false, sources: false } }, testActor);
  const { document } = await createDocument(t.services, other.id, {
    quality: { reviewers: FULL.reviewers, lastReviewed: FULL.lastReviewed },
  });
  await t.db.withTenant(other.id, async (tx) => {
    for (const step of ['submit', 'approve', 'publish'] as const) {
      await t.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' });
    }
    expect((await t.services.documents.documentLocale(tx, document.id, 'de')).status).toBe('published');
  });
});
