import type { Database } from '../../kernel/db/database';
import type { MediaSources } from './media-sources';
import type { DocumentService } from './document.service';
import type { Publisher } from './publisher';
import type { ReferenceResolver } from './references';
import type { ContentScheduler } from './scheduler';
import type { CitationService } from '../references';
import type { WorkflowService } from './workflow.service';

/** What the content module's resolvers need; the composition root (server/services.ts) provides it. */
export interface ContentDeps {
  db: Database;
  documents: DocumentService;
  workflow: WorkflowService;
  publisher: Publisher;
  referenceResolver: ReferenceResolver;
  /** The import turns a pasted reference list into citations. */
  citations: CitationService;
  /** Set when the process runs the job queue (the API server); null in the CLI. */
  scheduler: ContentScheduler | null;
  media: MediaSources;
}
