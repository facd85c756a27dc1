import {
  ContentScheduler,
  DocumentService,
  Publisher,
  type ReferenceResolver,
  referenceResolverFrom,
  WorkflowService,
} from '../modules/content';
import {
  DEFAULT_SESSION_POLICY,
  ErasureService,
  IdentityService,
  InvitationService,
  PasswordResetService,
  type SessionPolicy,
  SessionService,
  SsoService,
} from '../modules/identity';
import { AuditLogService } from '../modules/audit';
import { FeedbackService, type FeedbackOptions } from '../modules/feedback';
import { NotificationService } from '../modules/notifications';
import { LocalizationService } from '../modules/localization';
import { SearchService } from '../modules/search';
import { createMediaStorage, loadMediaConfig, MediaDerivatives, MediaService, type MediaStorage } from '../modules/media';
import { CitationService, GlossaryService, ReferencesService, ReferenceUsage } from '../modules/references';
import { RegistryService } from '../modules/registries';
import { TenancyService } from '../modules/tenancy';
import { DEFAULT_WEBHOOK_OPTIONS, WebhookService, type WebhookOptions } from '../modules/webhooks';
import type { Config } from '../kernel/config';
import type { Database } from '../kernel/db/database';
import { RateStore, type RedisRates } from '../kernel/rate-store';
import type { JobQueue } from '../kernel/jobs';
import { EventBus } from '../kernel/events';
import { linkBuilder, type LinkBuilder } from '../kernel/links';
import { createLogger, type Logger } from '../kernel/logger';
import { LogMailSender, type MailSender } from '../kernel/mail/mail';
import { QueuedMailSender } from '../kernel/mail/queue';

/**
 * One instance of each service per process, shared by GraphQL, the CLI and the seed.
 * Built once and never changed afterwards (readonly): what differs per process
 * (the job queue, the media route's session check) is given to the factories.
 */
export type Services = Readonly<ServiceSet>;

interface ServiceSet {
  db: Database;
  tenancy: TenancyService;
  identity: IdentityService;
  sessions: SessionService;
  /** Erasing a person on request (GDPR): operator CLI only. */
  erasure: ErasureService;
  passwordReset: PasswordResetService;
  invitations: InvitationService;
  /** Single sign-on with each tenant's OpenID Connect provider. */
  sso: SsoService;
  mail: MailSender;
  documents: DocumentService;
  workflow: WorkflowService;
  publisher: Publisher;
  registries: RegistryService;
  /** Block-level translation status, XLIFF, terminology, translation memory (listens to content saves and workflow). */
  localization: LocalizationService;
  /** Per-language full-text search over published content (indexed as it is published). */
  search: SearchService;
  citations: CitationService;
  glossary: GlossaryService;
  media: MediaService;
  /** Makes the resized copies of uploaded images; the job queue's worker runs it (startMediaDerivatives in main.ts). */
  mediaDerivatives: MediaDerivatives;
  /** resolveReferences: numbered citations, glossary entries, images. */
  references: ReferencesService;
  /** The publisher's view of `references`. */
  referenceResolver: ReferenceResolver;
  /** Whether documents use a citation, term or image; the content module provides the checks. */
  usage: ReferenceUsage;
  /** Set when the process runs the job queue (the API server); null in the CLI. */
  scheduler: ContentScheduler | null;
  /** Reading and exporting the audit log (writing is `audit()` in each change's transaction). */
  auditLog: AuditLogService;
  /** Notification e-mails on workflow and membership events (subscribers.ts) and the weekly review digest. */
  notifications: NotificationService;
  /** Signed webhooks per tenant: subscriptions, deliveries through the job queue (subscribers.ts), the delivery log. */
  webhooks: WebhookService;
  /** "Was this page helpful?": readers' answers (without anything about them) and the editors' view. */
  feedback: FeedbackService;
  /** Domain events: services emit in their transactions; subscribers (subscribers.ts) hear them after commit. */
  events: EventBus;
}

export interface ServiceOptions {
  mail?: MailSender;
  logger?: Logger;
  /** Builds the links in e-mails; defaults to http://{host}:3000. */
  link?: LinkBuilder;
  session?: Partial<SessionPolicy>;
  /** Where media bytes go; by default what the configuration names (MEDIA_STORAGE), the local disk unless set. */
  mediaStorage?: MediaStorage;
  /** The job queue of a process that runs scheduled work (the API server); without it, `scheduler` is null. */
  jobs?: JobQueue;
  /** Production: identity providers must use https unless they run on this machine (loopback). */
  production?: boolean;
  /** How webhooks are delivered (production, key, retries …); the defaults are development's. */
  webhooks?: Partial<WebhookOptions>;
  /** Reader feedback's rate limit and the key of the address hash it counts under. */
  feedback?: Partial<FeedbackOptions>;
  /** Rate limits in Redis (REDIS_URL) rather than PostgreSQL; the caller closes the client. */
  redis?: RedisRates | null;
}

export function createServices(db: Database, opts: ServiceOptions = {}): Services {
  const logger = opts.logger ?? null;
  const mail = opts.mail ?? new LogMailSender(logger ?? createLogger('info'), true);
  const link = opts.link ?? linkBuilder('http://{host}:3000');
  const events = new EventBus(logger);
  const tenancy = new TenancyService(db, events);
  const identity = new IdentityService(db, tenancy);
  const usage = new ReferenceUsage();
  const mediaConfig = loadMediaConfig();
  const citations = new CitationService(usage);
  const glossary = new GlossaryService(usage);
  const media = new MediaService(opts.mediaStorage ?? createMediaStorage(mediaConfig), mediaConfig, usage, opts.jobs ?? null);
  const references = new ReferencesService(citations, glossary, media);
  const referenceResolver = referenceResolverFrom(references);
  const documents = new DocumentService();
  const publisher = new Publisher(() => referenceResolver);
  const workflow = new WorkflowService(documents, publisher, events);
  const search = new SearchService();
  // Inside the publish transaction, not an after-commit subscriber: the index must change with what it indexes.
  publisher.afterPublish((tx, snapshot, context) => search.index(tx, snapshot, context));
  // Sign-in limits and throttles, shared by every API process (ADR 0034).
  const rates = new RateStore(db, opts.redis ?? null);
  const sessions = new SessionService(db, { ...DEFAULT_SESSION_POLICY, ...opts.session }, rates);
  return {
    db,
    tenancy,
    identity,
    sessions,
    erasure: new ErasureService(db),
    sso: new SsoService(db, sessions, identity, tenancy, link, opts.production ?? false),
    passwordReset: new PasswordResetService(db, mail, link, logger, undefined, rates),
    invitations: new InvitationService(db, identity, mail, link, logger, events, undefined, rates),
    mail,
    documents,
    workflow,
    publisher,
    registries: new RegistryService(tenancy, events),
    localization: new LocalizationService({ documents, workflow, publisher }),
    search,
    citations,
    glossary,
    media,
    mediaDerivatives: new MediaDerivatives(db, media.storage, mediaConfig.maxBytes, logger, events),
    references,
    referenceResolver,
    usage,
    auditLog: new AuditLogService(),
    notifications: new NotificationService(db, tenancy, mail, link, logger),
    webhooks: new WebhookService(db, tenancy, mail, link, opts.jobs ?? null, { ...DEFAULT_WEBHOOK_OPTIONS, ...opts.webhooks }, logger),
    feedback: new FeedbackService(opts.feedback, rates),
    scheduler: opts.jobs ? new ContentScheduler(db, documents, workflow, opts.jobs, logger ?? createLogger('silent'), events) : null,
    events,
  };
}

/**
 * The services of the API process, configured from the environment. With a
 * job queue, mail is queued and delivered by its worker (startMailDelivery in
 * main.ts) with retries; without one it goes straight to the log.
 */
export function createServicesFromConfig(
  db: Database,
  config: Config,
  logger: Logger,
  jobs?: JobQueue,
  redis: RedisRates | null = null,
): Services {
  return createServices(db, {
    logger,
    jobs,
    redis,
    mail: jobs ? new QueuedMailSender(jobs) : new LogMailSender(logger, config.mailLogBodies),
    link: linkBuilder(config.publicWebUrl),
    production: config.production,
    session: { ttlMs: config.sessionTtlHours * 3600_000, idleSeconds: config.sessionIdleMinutes * 60 },
    webhooks: { production: config.production, keyMaterial: config.webhooks.key, allowNetworks: config.webhooks.allowNetworks },
    // Every API process derives the same hash key, so they count an address alike once the throttle is shared.
    feedback: { keySecret: config.csrfSecret },
  });
}
