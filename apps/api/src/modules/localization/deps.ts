import type { DocumentService } from '../content';
import type { LocalizationService } from './localization.service';

/** What the localization module's resolvers need; the composition root (server/services.ts) provides it. */
export interface LocalizationDeps {
  documents: DocumentService;
  localization: LocalizationService;
}
