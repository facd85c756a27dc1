import type { ParsedMail } from 'mailparser';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { linkBuilder } from '../../apps/api/src/kernel/links';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { QueuedMailSender, startMailDelivery } from '../../apps/api/src/kernel/mail/queue';
import { loadSmtpConfig, SmtpMailSender } from '../../apps/api/src/kernel/mail/smtp';
import { createServices, type Services } from '../../apps/api/src/server/services';
import type { TestDatabase } from './database';
import { startSmtpServer, type TestSmtpServer } from './smtp';
import { testMode } from './test-env';

/**
 * The API's services sending mail as in production: queued in PostgreSQL,
 * handed by the queue's worker to a real SMTP server started on loopback.
 * Links in the mail name the web app's port, known only once it has started.
 */
export interface MailStack {
  smtp: TestSmtpServer;
  jobs: JobQueue;
  services: Services;
  stop(): Promise<void>;
}

export async function startMailStack(database: TestDatabase, webPort: () => number): Promise<MailStack> {
  const smtp = await startSmtpServer();
  const logger = createLogger('silent');
  const jobs = await JobQueue.start(
    database.dataSource,
    { embedded: testMode() === 'embedded', url: database.url, pollingIntervalSeconds: 0.5 },
    logger,
  );
  const smtpConfig = loadSmtpConfig(
    { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_TLS: 'none', MAIL_FROM: 'careleaf@example.org' },
    false,
  )!;
  await startMailDelivery(jobs, new SmtpMailSender(smtpConfig), logger, { retries: 2, delaySeconds: 1, maxDelaySeconds: 2 });
  const services = createServices(database.db, {
    mail: new QueuedMailSender(jobs),
    link: (host, path, params) => linkBuilder(`http://{host}:${webPort()}`)(host, path, params),
  });
  return {
    smtp,
    jobs,
    services,
    stop: async () => {
      await jobs.stop();
      await smtp.stop();
    },
  };
}

/** The one link of a received message, from its HTML part, with the link's own text. */
export function linkIn(mail: ParsedMail): { href: string; text: string } {
  const match = /<a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(typeof mail.html === 'string' ? mail.html : '');
  if (!match) throw new Error(`no link in the mail "${mail.subject}"`);
  return { href: match[1]!.replace(/&amp;/g, '&'), text: match[2]! };
}
