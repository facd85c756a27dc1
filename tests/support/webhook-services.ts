import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { loadSmtpConfig, SmtpMailSender } from '../../apps/api/src/kernel/mail/smtp';
import { QueuedMailSender, startMailDelivery } from '../../apps/api/src/kernel/mail/queue';
import { startWebhookDelivery, type WebhookOptions } from '../../apps/api/src/modules/webhooks';
import { createServices, type Services } from '../../apps/api/src/server/services';
import { subscribeWebhooks } from '../../apps/api/src/server/subscribers';
import { useTestDatabase, type TestDatabase } from './database';
import { startSmtpServer, type TestSmtpServer } from './smtp';
import { testMode } from './test-env';

export interface WebhookHarness {
  /** The file's test database (its own services have no job queue). */
  t: TestDatabase;
  /** The services with a job queue, webhooks delivered by its worker and mail queued to the test SMTP server. */
  services: Services;
  jobs: JobQueue;
  smtp: TestSmtpServer;
  /** The test database with these services: hand it to useTestApi so the API runs with them. */
  database: TestDatabase;
}

/**
 * Call at the top of a test file instead of useTestDatabase(), then
 * useTestApi(harness.database): the API process's wiring (services.ts,
 * subscribers.ts, main.ts) on a test database of the file's own, with a real
 * SMTP server and the job queue polling quickly.
 */
export function useWebhookServices(webhooks: Partial<WebhookOptions>): WebhookHarness {
  const harness = { database: {} as TestDatabase } as WebhookHarness;
  let detach: () => void = () => undefined;
  let smtpSender: SmtpMailSender | null = null;
  // Declared before the database's own hooks: after-all hooks run in this order, so the queue stops before the database goes.
  afterAll(async () => {
    detach();
    await harness.services?.webhooks.settled();
    await harness.jobs?.stop();
    smtpSender?.close();
    await harness.smtp?.stop();
  });
  const t = useTestDatabase();
  harness.t = t;
  beforeAll(async () => {
    const logger = createLogger(process.env.WEBHOOK_TEST_LOG ?? 'silent');
    harness.smtp = await startSmtpServer();
    smtpSender = new SmtpMailSender(
      loadSmtpConfig(
        { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(harness.smtp.port), SMTP_TLS: 'none', MAIL_FROM: 'careleaf@example.org' },
        false,
      )!,
    );
    harness.jobs = await JobQueue.start(
      t.dataSource,
      { embedded: testMode() === 'embedded', url: t.url, pollingIntervalSeconds: 0.5 },
      logger,
    );
    await startMailDelivery(harness.jobs, smtpSender, logger, { retries: 1, delaySeconds: 1, maxDelaySeconds: 1 });
    harness.services = createServices(t.db, { mail: new QueuedMailSender(harness.jobs), jobs: harness.jobs, logger, webhooks });
    Object.assign(harness.database, t, { services: harness.services });
    await startWebhookDelivery(harness.jobs, harness.services.webhooks, logger);
    detach = subscribeWebhooks(harness.services.events, harness.services.webhooks);
  });
  return harness;
}
