import { EventEmitter } from 'node:events';
import { DocumentService } from '../modules/content/document.service';
import { Publisher } from '../modules/content/publisher';
import { unresolvedReferences, type ReferenceResolver } from '../modules/content/references';
import type { ContentScheduler } from '../modules/content/scheduler';
import { WorkflowService, type PublicationEvent } from '../modules/content/workflow.service';
import { IdentityService } from '../modules/identity/identity.service';
import { InvitationService } from '../modules/identity/invitation.service';
import { PasswordResetService } from '../modules/identity/password-reset.service';
import { DEFAULT_SESSION_POLICY, SessionService, type SessionPolicy } from '../modules/identity/session.service';
import { TenancyService } from '../modules/tenancy/tenant.service';
import type { Config } from './config';
import type { Database } from './db/database';
import { linkBuilder, type LinkBuilder } from './links';
import { createLogger, type Logger } from './logger';
import { LogMailSender, type MailSender } from './mail/mail';

/** Typed in-process events; listeners run after the change committed. */
export interface ServiceEvents {
  on(event: 'publication', listener: (events: PublicationEvent[]) => void): this;
  emit(event: 'publication', events: PublicationEvent[]): boolean;
}

/** One instance of each service per process, shared by GraphQL, the CLI and the seed. */
export interface Services {
  db: Database;
  tenancy: TenancyService;
  identity: IdentityService;
  sessions: SessionService;
  passwordReset: PasswordResetService;
  invitations: InvitationService;
  mail: MailSender;
  documents: DocumentService;
  workflow: WorkflowService;
  publisher: Publisher;
  /** Citations, glossary and media for the publisher; replaced when those modules register. */
  references: ReferenceResolver;
  /** Set when the process runs the job queue (the API server); null in the CLI. */
  scheduler: ContentScheduler | null;
  events: ServiceEvents;
}

export interface ServiceOptions {
  mail?: MailSender;
  logger?: Logger;
  /** Builds the links in e-mails; defaults to http://{host}:3000. */
  link?: LinkBuilder;
  session?: Partial<SessionPolicy>;
}

export function createServices(db: Database, opts: ServiceOptions = {}): Services {
  const logger = opts.logger ?? null;
  const mail = opts.mail ?? new LogMailSender(logger ?? createLogger('info'), true);
  const link = opts.link ?? linkBuilder('http://{host}:3000');
  const tenancy = new TenancyService(db);
  const identity = new IdentityService(db, tenancy);
  const documents = new DocumentService();
  const services = {} as Services;
  const publisher = new Publisher(() => services.references);
  const events = new EventEmitter() as ServiceEvents;
  Object.assign(services, {
    db,
    tenancy,
    identity,
    sessions: new SessionService(db, { ...DEFAULT_SESSION_POLICY, ...opts.session }),
    passwordReset: new PasswordResetService(db, mail, link, logger),
    invitations: new InvitationService(db, identity, mail, link, logger),
    mail,
    documents,
    workflow: new WorkflowService(documents, publisher, (e) => events.emit('publication', e)),
    publisher,
    references: unresolvedReferences,
    scheduler: null,
    events,
  } satisfies Services);
  return services;
}

/** The services of the API process, configured from the environment. */
export function createServicesFromConfig(db: Database, config: Config, logger: Logger): Services {
  return createServices(db, {
    logger,
    mail: new LogMailSender(logger, config.mailLogBodies),
    link: linkBuilder(config.publicWebUrl),
    session: { ttlMs: config.sessionTtlHours * 3600_000, idleSeconds: config.sessionIdleMinutes * 60 },
  });
}
