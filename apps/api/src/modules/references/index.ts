/**
 * The references module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
// Its GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
export { CitationRow } from './citation.entity';
export { type CitationKind } from './citation.model';
export { parseReferenceText, type ParsedReference } from './citation.parse';
export { CitationResolver } from './citation.resolver';
export { CitationService } from './citation.service';
export { type CitationInputLike } from './citation.validate';
export { GlossaryEntryRow, GlossaryTermRow } from './glossary.entity';
export { GlossaryResolver } from './glossary.resolver';
export { GlossaryService } from './glossary.service';
export { type GlossaryEntryInputLike } from './glossary.validate';
export { ReferencesService } from './resolve';
export { ReferenceUsage } from './usage';
