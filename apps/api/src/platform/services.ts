import { EventEmitter } from 'node:events';
import { DocumentService } from '../modules/content/document.service';
import { Publisher } from '../modules/content/publisher';
import { unresolvedReferences, type ReferenceResolver } from '../modules/content/references';
import type { ContentScheduler } from '../modules/content/scheduler';
import { WorkflowService, type PublicationEvent } from '../modules/content/workflow.service';
import { IdentityService } from '../modules/identity/identity.service';
import { LocalizationService } from '../modules/localization/localization.service';
import { SearchService } from '../modules/search/search.service';
import { TenancyService } from '../modules/tenancy/tenant.service';
import type { Database } from './db/database';

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
  documents: DocumentService;
  workflow: WorkflowService;
  publisher: Publisher;
  /** Block-level translation status, XLIFF, terminology, translation memory (listens to content saves and workflow). */
  localization: LocalizationService;
  /** Per-language full-text search over published content (indexed as it is published). */
  search: SearchService;
  /** Citations, glossary and media for the publisher; replaced when those modules register. */
  references: ReferenceResolver;
  /** Set when the process runs the job queue (the API server); null in the CLI. */
  scheduler: ContentScheduler | null;
  events: ServiceEvents;
}

export function createServices(db: Database): Services {
  const tenancy = new TenancyService(db);
  const documents = new DocumentService();
  const services = {} as Services;
  const publisher = new Publisher(() => services.references);
  const workflow = new WorkflowService(documents, publisher);
  const search = new SearchService();
  publisher.afterPublish((tx, snapshot, context) => search.index(tx, snapshot, context));
  Object.assign(services, {
    db,
    tenancy,
    identity: new IdentityService(db, tenancy),
    documents,
    workflow,
    publisher,
    localization: new LocalizationService({ documents, workflow, publisher }),
    search,
    references: unresolvedReferences,
    scheduler: null,
    events: new EventEmitter() as ServiceEvents,
  } satisfies Services);
  return services;
}
