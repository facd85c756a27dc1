import { ContentScheduler } from '../../apps/api/src/modules/content/scheduler';
import type { DomainEvent } from '../../apps/api/src/kernel/events';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { useTestDatabase } from '../support/database';
import { testMode } from '../support/test-env';
import { createTenant } from '../factories/tenant.factory';
import { content, createDocument, systemActor } from '../factories/document.factory';

const t = useTestDatabase();
let tenantId: string;
const logger = createLogger('silent');

/** One "API process": a job queue and a scheduler working on it. */
async function startProcess(events: DomainEvent[]): Promise<{ scheduler: ContentScheduler; stop(): Promise<void> }> {
  const jobs = await JobQueue.start(t.dataSource, { embedded: testMode() === 'embedded', url: t.url, pollingIntervalSeconds: 0.5 }, logger);
  const scheduler = new ContentScheduler(t.db, t.services.documents, t.services.workflow, jobs, logger, t.services.events);
  t.services.events.on(['DocumentPublished', 'DocumentUnpublished'], (e) => events.push(e));
  await scheduler.start();
  return { scheduler, stop: () => jobs.stop() };
}

async function approvedDocument(): Promise<string> {
  const { document } = await createDocument(t.services, tenantId);
  for (const step of ['submit', 'approve'] as const) {
    await t.db.withTenant(tenantId, (tx) =>
      t.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' }),
    );
  }
  return document.id;
}

const statusOf = (documentId: string) => t.db.withTenant(tenantId, (tx) => t.services.documents.documentLocale(tx, documentId, 'de'));

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

beforeAll(async () => {
  tenantId = (await createTenant(t.services)).id;
});

test('a scheduled publish fires at its time even when the API restarted in between', async () => {
  const documentId = await approvedDocument();
  const first = await startProcess([]);
  const at = new Date(Date.now() + 1500);
  await t.db.withTenant(tenantId, (tx) =>
    t.services.workflow.schedule(tx, systemActor, { documentId, locale: 'de', action: 'publish', at }),
  );
  await first.scheduler.enqueue({ tenantId, documentId, locale: 'de', action: 'publish', at: at.toISOString() });
  await first.stop(); // the API goes down before the time comes

  expect((await statusOf(documentId)).status).toBe('approved');
  const events: DomainEvent[] = [];
  const second = await startProcess(events);
  try {
    expect(await waitFor(async () => (await statusOf(documentId)).status === 'published', 15_000)).toBe(true);
    const row = await statusOf(documentId);
    expect(row.publishAt).toBeNull();
    expect(events).toContainEqual({ type: 'DocumentPublished', tenantId, documentId, locale: 'de', actorId: null });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM published_documents WHERE document_id = $1`, [documentId]);
    expect(n).toBe(1);
  } finally {
    await second.stop();
  }
});

test('a schedule made void by a later edit does nothing when its time comes', async () => {
  const documentId = await approvedDocument();
  const events: DomainEvent[] = [];
  const proc = await startProcess(events);
  try {
    const at = new Date(Date.now() + 1000);
    await t.db.withTenant(tenantId, (tx) =>
      t.services.workflow.schedule(tx, systemActor, { documentId, locale: 'de', action: 'publish', at }),
    );
    await proc.scheduler.enqueue({ tenantId, documentId, locale: 'de', action: 'publish', at: at.toISOString() });
    await t.db.withTenant(tenantId, (tx) =>
      t.services.documents.save(tx, systemActor, { documentId, locale: 'de', baseVersion: 1, content: content('Changed') }),
    );
    await new Promise((r) => setTimeout(r, 3000));
    expect((await statusOf(documentId)).status).toBe('draft');
    expect(events).toEqual([]);
  } finally {
    await proc.stop();
  }
});

test('a schedule in the past, or of a version that is not approved, is refused', async () => {
  const documentId = await approvedDocument();
  await expect(
    t.db.withTenant(tenantId, (tx) =>
      t.services.workflow.schedule(tx, systemActor, { documentId, locale: 'de', action: 'publish', at: new Date(Date.now() - 1000) }),
    ),
  ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'at' });
  const { document } = await createDocument(t.services, tenantId);
  await expect(
    t.db.withTenant(tenantId, (tx) =>
      t.services.workflow.schedule(tx, systemActor, {
        documentId: document.id,
        locale: 'de',
        action: 'publish',
        at: new Date(Date.now() + 60_000),
      }),
    ),
  ).rejects.toMatchObject({ code: 'CONFLICT' });
});
