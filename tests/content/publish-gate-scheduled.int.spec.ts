import type { DomainEvent } from '../../apps/api/src/kernel/events';
import type { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { ContentScheduler } from '../../apps/api/src/modules/content/scheduler';
import { useTestDatabase } from '../support/database';
import { createDocument, systemActor } from '../factories/document.factory';
import { createTenant } from '../factories/tenant.factory';

const t = useTestDatabase();

test('a scheduled publish that fails the publish gate is refused, its time cleared, audited and reported', async () => {
  const tenantId = (await createTenant(t.services, {}, { gate: true })).id;
  // No author, reviewer or review date: the gate refuses.
  const { document } = await createDocument(t.services, tenantId, { quality: {} });
  const at = new Date(Date.now() + 60_000);
  await t.db.withTenant(tenantId, async (tx) => {
    for (const step of ['submit', 'approve'] as const) {
      await t.services.workflow.transition(tx, systemActor, step, { documentId: document.id, locale: 'de' });
    }
    await t.services.workflow.schedule(tx, systemActor, { documentId: document.id, locale: 'de', action: 'publish', at });
  });
  const events: DomainEvent[] = [];
  t.services.events.on(['ScheduledChangeDone'], (e) => events.push(e));
  // The job queue only wakes the scheduler up; running the job directly is what the queue would do at `at`.
  const scheduler = new ContentScheduler(
    t.db,
    t.services.documents,
    t.services.workflow,
    {} as JobQueue,
    createLogger('silent'),
    t.services.events,
  );

  await scheduler.run({ tenantId, documentId: document.id, locale: 'de', action: 'publish', at: at.toISOString() });

  const row = await t.db.withTenant(tenantId, (tx) => t.services.documents.documentLocale(tx, document.id, 'de'));
  expect(row).toMatchObject({ status: 'approved', publishedRevisionId: null, publishAt: null });
  const audited = await t.db.withTenant(tenantId, (tx) =>
    tx.em.query(`SELECT diff FROM audit_log WHERE action = 'workflow.schedule-publish-failed' AND subject_id = $1`, [document.id]),
  );
  expect(audited).toEqual([{ diff: expect.objectContaining({ reason: 'PUBLISH_GATE' }) }]);
  await new Promise((r) => setTimeout(r, 300));
  expect(events).toContainEqual(
    expect.objectContaining({ type: 'ScheduledChangeDone', documentId: document.id, ok: false, reason: 'PUBLISH_GATE' }),
  );
});
