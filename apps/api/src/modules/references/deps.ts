import type { CitationService } from './citation.service';
import type { GlossaryService } from './glossary.service';

/** What the references module's resolvers need; the composition root (server/services.ts) provides it. */
export interface ReferencesDeps {
  citations: CitationService;
  glossary: GlossaryService;
}
