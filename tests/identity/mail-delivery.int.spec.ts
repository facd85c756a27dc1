import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { JobQueue } from '../../apps/api/src/kernel/jobs';
import { createLogger } from '../../apps/api/src/kernel/logger';
import { failedMail, QueuedMailSender, startMailDelivery } from '../../apps/api/src/kernel/mail/queue';
import { loadSmtpConfig, SmtpMailSender } from '../../apps/api/src/kernel/mail/smtp';
import { useTestDatabase } from '../support/database';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';
import { testMode } from '../support/test-env';

const root = path.resolve(__dirname, '..', '..');
const t = useTestDatabase();
let smtp: TestSmtpServer;
let jobs: JobQueue;
let mail: QueuedMailSender;

beforeAll(async () => {
  // A flaky mailbox answers 451 (try later) once; a dead one 550 (no such mailbox) always.
  smtp = await startSmtpServer((address, attempt) => {
    if (address.startsWith('flaky') && attempt === 1) return { code: 451, message: 'Mailbox busy, try again later' };
    if (address.startsWith('gone')) return { code: 550, message: 'No such mailbox here' };
    if (address.startsWith('busy')) return { code: 451, message: 'Mailbox full, try again later' };
    return null;
  });
  const logger = createLogger('silent');
  jobs = await JobQueue.start(t.dataSource, { embedded: testMode() === 'embedded', url: t.url, pollingIntervalSeconds: 0.5 }, logger);
  const config = loadSmtpConfig(
    { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_TLS: 'none', MAIL_FROM: 'careleaf@example.org' },
    false,
  )!;
  await startMailDelivery(jobs, new SmtpMailSender(config), logger, { retries: 2, delaySeconds: 1, maxDelaySeconds: 1 });
  mail = new QueuedMailSender(jobs);
}, 30_000);
afterAll(async () => {
  await jobs?.stop();
  await smtp?.stop();
});

const message = (to: string) => ({
  to,
  subject: `A message for ${to}`,
  text: 'Hello.\nhttp://x.test/en/editor/reset-password?token=secret',
});

async function until<T>(what: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await what();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('a message refused with 451 on the first try is retried and delivered, and is not listed as failed', async () => {
  await mail.send(message('flaky@example.org'));
  const received = await smtp.waitFor('flaky@example.org');
  expect(received.subject).toBe('A message for flaky@example.org');
  expect(smtp.attempts.get('flaky@example.org')).toBe(2);
  expect((await failedMail(jobs)).map((m) => m.to)).not.toContain('flaky@example.org');
});

test('a message refused with 550 is not retried: it is listed as failed with the server’s answer, and the CLI shows it without the body', async () => {
  await mail.send(message('gone@example.org'));
  const failed = await until(async () => (await failedMail(jobs)).find((m) => m.to === 'gone@example.org'));
  expect(failed).toMatchObject({
    subject: 'A message for gone@example.org',
    error: expect.stringMatching(/550 No such mailbox here/) as string,
  });
  // Give the queue time to retry, if it (wrongly) would.
  await new Promise((r) => setTimeout(r, 2500));
  expect(smtp.attempts.get('gone@example.org')).toBe(1);
  expect(smtp.received.some((m) => m.subject === 'A message for gone@example.org')).toBe(false);

  const { stdout } = await promisify(execFile)(
    path.join(root, 'node_modules', '.bin', 'node'),
    [path.join(root, 'apps/api/dist/src/server/cli/main.js'), '--json', 'mail', 'failed'],
    { env: { ...process.env, DATABASE_URL: t.url, NODE_ENV: 'test', LOG_LEVEL: 'silent' } },
  );
  const listed = JSON.parse(stdout) as { to: string; subject: string; error: string }[];
  expect(listed).toEqual([expect.objectContaining({ to: 'gone@example.org', error: expect.stringMatching(/550/) as string })]);
  expect(stdout).not.toContain('token=secret');
});

test('a message refused with 451 on every try ends in the failed list after its retries, with the last answer', async () => {
  await mail.send(message('busy@example.org'));
  const failed = await until(async () => (await failedMail(jobs)).find((m) => m.to === 'busy@example.org'), 30_000);
  expect(failed.error).toMatch(/451 Mailbox full/);
  // The first try and both retries.
  expect(smtp.attempts.get('busy@example.org')).toBe(3);
}, 40_000);

test('the API process in production without SMTP_HOST refuses to start and names the variable', async () => {
  const run = promisify(execFile)(path.join(root, 'node_modules', '.bin', 'node'), [path.join(root, 'apps/api/dist/src/server/main.js')], {
    // Every other production setting is valid, so the mail server is the one problem named.
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      CSRF_SECRET: 'x'.repeat(40),
      CARELEAF_CLIENT_IP_SECRET: 'y'.repeat(40),
      METRICS_TOKEN: 'z'.repeat(40),
      DATABASE_URL: t.url,
      API_PORT: '0',
    },
  });
  await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('SMTP_HOST is required in production') as string });
});
