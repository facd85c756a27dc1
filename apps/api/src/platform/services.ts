import { IdentityService } from '../modules/identity/identity.service';
import { loadMediaConfig } from '../modules/media/media.config';
import { denyAllRequests, type AuthorizeRequest } from '../modules/media/media.routes';
import { MediaService } from '../modules/media/media.service';
import { LocalDiskStorage, type MediaStorage } from '../modules/media/storage';
import { CitationService } from '../modules/references/citation.service';
import { GlossaryService } from '../modules/references/glossary.service';
import { ReferencesService } from '../modules/references/resolve';
import { ReferenceUsage } from '../modules/references/usage';
import { TenancyService } from '../modules/tenancy/tenant.service';
import type { Database } from './db/database';

/** One instance of each service per process, shared by GraphQL, the CLI and the seed. */
export interface Services {
  db: Database;
  tenancy: TenancyService;
  identity: IdentityService;
  citations: CitationService;
  glossary: GlossaryService;
  media: MediaService;
  /** resolveReferences for the publisher: numbered citations, glossary entries, images. */
  references: ReferencesService;
  /** Whether documents use a citation, term or image; the content module provides the checks. */
  usage: ReferenceUsage;
  /**
   * Who is calling an HTTP route outside GraphQL (media upload). Denies
   * everyone until the sign-in module provides the session check.
   */
  authorizeRequest: AuthorizeRequest;
}

export interface ServiceOptions {
  /** Where media bytes go; the local disk under the data directory by default. */
  mediaStorage?: MediaStorage;
}

export function createServices(db: Database, options: ServiceOptions = {}): Services {
  const tenancy = new TenancyService(db);
  const usage = new ReferenceUsage();
  const mediaConfig = loadMediaConfig();
  const citations = new CitationService(usage);
  const glossary = new GlossaryService(usage);
  const media = new MediaService(options.mediaStorage ?? new LocalDiskStorage(mediaConfig.root), mediaConfig, usage);
  return {
    db,
    tenancy,
    identity: new IdentityService(db, tenancy),
    citations,
    glossary,
    media,
    references: new ReferencesService(citations, glossary, media),
    usage,
    authorizeRequest: denyAllRequests,
  };
}
