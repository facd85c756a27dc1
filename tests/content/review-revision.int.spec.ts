import { ContentScheduler } from '../../apps/api/src/modules/content/scheduler';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { useTestApi, type GraphQLResponse } from '../support/api';
import { useTestDatabase } from '../support/database';
import { signInAs, type SignedInClient } from '../support/session';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { adminActor, content, createDocument, systemActor } from '../factories/document.factory';

const t = useTestDatabase();
const api = useTestApi(t);
let tenant: { id: string; slug: string };
let author: SignedInClient;
let reviewer: SignedInClient;
let editor: SignedInClient;

beforeAll(async () => {
  tenant = await createTenant(t.services);
  author = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
  reviewer = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'reviewer' });
  editor = await signInAs(t, api, { tenantSlug: tenant.slug, role: 'editor' });
});

const row = (documentId: string) => t.db.withTenant(tenant.id, (tx) => t.services.documents.documentLocale(tx, documentId, 'de'));

/** A document in review at its first revision, which the reviewer opens. */
async function inReview(): Promise<{ documentId: string; seen: string }> {
  const { document, revision } = await createDocument(t.services, tenant.id);
  await t.db.withTenant(tenant.id, (tx) =>
    t.services.workflow.transition(tx, systemActor, 'submit', { documentId: document.id, locale: 'de' }),
  );
  return { documentId: document.id, seen: revision.id };
}

/** The author saves a newer revision through the API and submits it again; returns its id. */
async function authorSavesAndSubmits(documentId: string): Promise<string> {
  const { version } = await row(documentId);
  const saved = await author.gql<{ saveTranslation: { revision: { id: string } } }>(
    `mutation($input: SaveTranslationInput!) { saveTranslation(input: $input) { revision { id } } }`,
    { variables: { input: { documentId, locale: 'de', baseVersion: version, content: content('Changed after review began') } } },
  );
  expect(saved.body.errors).toBeUndefined();
  const submitted = await author.gql(
    `mutation { submitForReview(input: { documentId: "${documentId}", locale: "de" }) { documentLocale { status } } }`,
  );
  expect(submitted.body.errors).toBeUndefined();
  return saved.body.data!.saveTranslation.revision.id;
}

const review = (client: SignedInClient, name: 'approveTranslation' | 'sendBackTranslation', documentId: string, revisionId: string) =>
  client.gql<Record<string, { documentLocale: { status: string; approvedRevisionId: string | null } }>>(
    `mutation($input: ReviewInput!) { ${name}(input: $input) { documentLocale { status approvedRevisionId } } }`,
    { variables: { input: { documentId, locale: 'de', revisionId, comment: 'Please cite the guideline.' } } },
  );

const publish = (documentId: string, revisionId: string, at?: string) =>
  editor.gql<{ publishTranslation: { documentLocale: { status: string; publishAt: string | null } } }>(
    `mutation($input: PublishInput!) { publishTranslation(input: $input) { documentLocale { status publishAt } } }`,
    { variables: { input: { documentId, locale: 'de', revisionId, ...(at ? { at } : {}) } } },
  );

function expectRevisionConflict(res: GraphQLResponse): void {
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'revisionId', reason: 'REVISION_CHANGED' });
}

test('approving the revision the reviewer saw is refused once the author saved a newer one; approving the newer one works', async () => {
  const { documentId, seen } = await inReview();
  const newer = await authorSavesAndSubmits(documentId);

  expectRevisionConflict(await review(reviewer, 'approveTranslation', documentId, seen));
  expect(await row(documentId)).toMatchObject({ status: 'in_review', approvedRevisionId: null });

  const ok = await review(reviewer, 'approveTranslation', documentId, newer);
  expect(ok.body.errors).toBeUndefined();
  expect(ok.body.data!.approveTranslation!.documentLocale).toEqual({ status: 'APPROVED', approvedRevisionId: newer });
});

test('sending back the revision the reviewer saw is refused once the author saved a newer one; sending back the newer one works', async () => {
  const { documentId, seen } = await inReview();
  const newer = await authorSavesAndSubmits(documentId);

  expectRevisionConflict(await review(reviewer, 'sendBackTranslation', documentId, seen));
  expect((await row(documentId)).status).toBe('in_review');

  const ok = await review(reviewer, 'sendBackTranslation', documentId, newer);
  expect(ok.body.errors).toBeUndefined();
  expect(ok.body.data!.sendBackTranslation!.documentLocale.status).toBe('DRAFT');
});

test('publishing the approved revision the editor saw is refused once a newer one was approved; publishing the newer one works', async () => {
  const { documentId, seen } = await inReview();
  expect((await review(reviewer, 'approveTranslation', documentId, seen)).body.errors).toBeUndefined();
  // the editor opens the approved revision; meanwhile the author changes it and it is approved again
  const newer = await authorSavesAndSubmits(documentId);
  expect((await review(reviewer, 'approveTranslation', documentId, newer)).body.errors).toBeUndefined();

  expectRevisionConflict(await publish(documentId, seen));
  expectRevisionConflict(await publish(documentId, seen, new Date(Date.now() + 3_600_000).toISOString()));
  expect(await row(documentId)).toMatchObject({ status: 'approved', publishedRevisionId: null, publishAt: null });

  const ok = await publish(documentId, newer);
  expect(ok.body.errors).toBeUndefined();
  expect(ok.body.data!.publishTranslation.documentLocale.status).toBe('PUBLISHED');
  expect((await row(documentId)).publishedRevisionId).toBe(newer);
});

test('a scheduled publish job publishes only the revision it was scheduled for', async () => {
  const { document, revision } = await createDocument(t.services, tenant.id);
  const documentId = document.id;
  const step = (s: 'submit' | 'approve') =>
    t.db.withTenant(tenant.id, (tx) => t.services.workflow.transition(tx, systemActor, s, { documentId, locale: 'de' }));
  await step('submit');
  await step('approve');
  const newer = await t.db.withTenant(tenant.id, (tx) =>
    t.services.documents.save(tx, adminActor, { documentId, locale: 'de', baseVersion: 1, content: content('Approved later') }),
  );
  await step('submit');
  await step('approve');
  const at = new Date(Date.now() + 3_600_000);
  await t.db.withTenant(tenant.id, (tx) =>
    t.services.workflow.schedule(tx, systemActor, { documentId, locale: 'de', action: 'publish', at, revisionId: newer.id }),
  );

  const logger = createLogger('silent');
  const jobs = await JobQueue.start(t.dataSource, { embedded: testMode() === 'embedded', url: t.url, pollingIntervalSeconds: 0.5 }, logger);
  try {
    const scheduler = new ContentScheduler(t.db, t.services.documents, t.services.workflow, jobs, logger, t.services.events);
    const job = { tenantId: tenant.id, documentId, locale: 'de', action: 'publish' as const, at: at.toISOString() };
    await scheduler.run({ ...job, revisionId: revision.id });
    expect(await row(documentId)).toMatchObject({ status: 'approved', publishedRevisionId: null });
    await scheduler.run({ ...job, revisionId: newer.id });
    expect(await row(documentId)).toMatchObject({ status: 'published', publishedRevisionId: newer.id });
  } finally {
    await jobs.stop();
  }
});
