// First: with OTEL_EXPORTER_OTLP_ENDPOINT set, tracing must hook http, express, graphql and pg before they load.
import { stopTracing } from './tracing/preload';
import 'reflect-metadata';
import http from 'node:http';
import express from 'express';
import { ConfigError, loadConfig, type Config } from '../kernel/config';
import { openDatabase, type OpenDatabase } from './db/connect';
import { createDataSource } from './db/data-source';
import { ReplicaReads } from './db/replicas';
import { createApiServer } from './http/app';
import { createLogger } from '../kernel/logger';
import { createServicesFromConfig } from './services';
import { seedDemo } from './seed/demo';
import { JobQueue } from '../kernel/jobs';
import { LogMailSender } from '../kernel/mail/mail';
import { startMailDelivery } from '../kernel/mail/queue';
import { loadSmtpConfig, SmtpMailSender } from '../kernel/mail/smtp';
import { tenantHosts, WebRevalidator, webRevalidationNotice } from './web-revalidation';
import { listenToOtherProcesses, subscribeNotifications, subscribeWebhooks, subscribeWebRevalidation } from './subscribers';
import { startWebhookDelivery } from '../modules/webhooks';
import { startDailyDigest, startReviewDigest } from '../modules/notifications';
import { S3Storage, startMediaDerivatives } from '../modules/media';
import { openRedisRates } from '../kernel/rate-store';

/** The API process: database (embedded unless DATABASE_URL), migrations, optional demo seed, HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  // Before the database: a production API without a mail server must not start (it would promise mail it never sends).
  const smtp = loadSmtpConfig(process.env, config.production);
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, 'server');
  if (database.pooled) {
    logger.info(
      'DATABASE_URL is a transaction pooler: LISTEN, jobs and migrations use DATABASE_DIRECT_URL; statement timeouts come from the database role (docs/scaling.md)',
    );
  }
  if (config.migrateOnStart) {
    const applied = await runMigrations(database);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  }
  // pg-boss on the direct URL: its few connections poll and hold no request's transaction.
  const jobs = await JobQueue.start(database.dataSource, { embedded: database.embedded, url: database.directUrl }, logger);
  const redis = config.redis ? openRedisRates(config.redis.url, config.redis.prefix, logger) : null;
  const services = createServicesFromConfig(database.db, config, logger, jobs, redis);
  const mailTransport = smtp ? new SmtpMailSender(smtp) : new LogMailSender(logger, config.mailLogBodies);
  await startMailDelivery(jobs, mailTransport, logger);
  if (smtp) logger.info({ host: smtp.host, port: smtp.port, tls: smtp.tls }, 'mail goes out over SMTP');
  else logger.info('development mail: not sent; each message, links included, is written to this log ("mail to …")');
  if (config.mediaS3) {
    const { bucket, prefix, endpoint } = config.mediaS3;
    logger.info({ bucket, prefix, endpoint: endpoint ?? 'AWS' }, 'images are kept in an S3-compatible bucket');
  }
  if (!config.cookieSecure) logger.warn('COOKIE_SECURE=false: session cookies work over plain http (development on localhost only)');
  if (!config.clientIpSecret && config.trustedProxies.length === 0) {
    // Then every sign-in through the web app counts under its one address (docs/security.md).
    logger.warn('neither CARELEAF_CLIENT_IP_SECRET nor TRUSTED_PROXIES is set: sign-in limits cannot tell web visitors apart');
  }
  if (config.seedDemo) {
    const report = await seedDemo(services);
    for (const line of report) console.log(line);
  }
  // Before the scheduler: a scheduled change that runs at once is mailed about too.
  const detachNotifications = subscribeNotifications(services.events, services.notifications);
  const detachWebhooks = subscribeWebhooks(services.events, services.webhooks);
  await startWebhookDelivery(jobs, services.webhooks, logger);
  if (config.production && !config.webhooks.key) logger.warn('CARELEAF_WEBHOOK_KEY is not set: webhooks cannot be created');
  await startReviewDigest(jobs, services.notifications, logger);
  await startDailyDigest(jobs, services.notifications, logger);
  await startMediaDerivatives(jobs, services.mediaDerivatives, logger);
  await services.scheduler?.start();
  const replicas = config.databaseReplicaUrls.length
    ? new ReplicaReads(config.databaseReplicaUrls, database.dataSource, {
        poolMax: config.database.poolMax,
        statementTimeoutMs: config.database.statementTimeoutMs,
        logger,
      })
    : undefined;
  const detachReplicas = replicas?.subscribe(services.events);
  const server = await createApiServer(config, services, logger, { jobs, processMetrics: true, replicas });
  // Other API processes, the job worker and the CLI change things too: their events reach this process's subscribers.
  const unlisten = database.embedded ? async () => undefined : await listenToOtherProcesses(services.events, database.directUrl, logger);
  // After the listener: a change committed before it listened is covered by the replicas' first primary position.
  await replicas?.start();
  if (replicas) logger.info({ replicas: config.databaseReplicaUrls.length }, 'anonymous public reads may use streaming replicas');
  // Seeding above published before anyone could read: only later changes are sent to the web app.
  // On PostgreSQL every publish is also announced to listening web processes (WEB_DATABASE_URL there); the static list is optional.
  const notify = database.embedded ? null : webRevalidationNotice(database.db);
  const revalidator =
    config.webRevalidation || notify
      ? new WebRevalidator({
          ...(config.webRevalidation ?? { urls: [], secret: '' }),
          notify,
          hostsOf: tenantHosts(database.db, services.tenancy),
          logger,
        })
      : null;
  const detachRevalidator = revalidator ? subscribeWebRevalidation(services.events, revalidator) : null;
  const port = await server.listen(config.apiPort, config.apiHost);
  logger.info({ port, database: database.embedded ? 'embedded' : 'DATABASE_URL' }, 'API listening');
  // A scraper on an internal network may use its own port; the token is required there too.
  const metricsServer = config.metrics.port ? await listenMetrics(server.metrics.handler(config.metrics.token), config) : null;

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: readiness is now false');
    // Whatever hangs, the process ends: an orchestrator would kill it a little later anyway.
    setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    server.drain();
    if (config.readinessDrainMs) await new Promise((r) => setTimeout(r, config.readinessDrainMs));
    // No new connections; requests in flight finish (Apollo's drain), then idle keep-alive connections close.
    await server.close();
    await new Promise<void>((r) => (metricsServer ? metricsServer.close(() => r()) : r()));
    detachRevalidator?.();
    detachNotifications();
    detachWebhooks();
    // Notifications and webhook deliveries of changes already committed are queued before the job queue stops.
    await services.notifications.settled();
    await services.webhooks.settled();
    await revalidator?.flush();
    await unlisten();
    detachReplicas?.();
    await replicas?.stop();
    // Running jobs finish (pg-boss waits for them), no new ones are fetched.
    await jobs.stop();
    await redis?.client.quit().catch(() => undefined);
    if (mailTransport instanceof SmtpMailSender) mailTransport.close();
    if (services.media.storage instanceof S3Storage) services.media.storage.close();
    await database.close();
    // The last spans (this shutdown's requests) go out, within the export timeout.
    await stopTracing();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Migrations on a connection of their own to the direct URL when DATABASE_URL is a pooler (DDL wants a plain session). */
async function runMigrations(database: OpenDatabase): Promise<string[]> {
  if (!database.pooled) return (await database.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const direct = createDataSource({ url: database.directUrl, poolMax: 1, applicationName: 'careleaf-migrations' });
  await direct.initialize();
  try {
    return (await direct.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await direct.destroy();
  }
}

function listenMetrics(handler: express.RequestHandler, config: Config): Promise<http.Server> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', handler);
  return new Promise((resolve, reject) => {
    const server = http.createServer(app);
    server.once('error', reject);
    server.listen(config.metrics.port, config.apiHost, () => resolve(server));
  });
}

main().catch((err: unknown) => {
  // A refused configuration is the operator's to fix: its list of problems, without a stack.
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
