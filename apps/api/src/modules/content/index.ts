/**
 * The content module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
// Its GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
export {
  blockHash,
  blocksById,
  isTranslatable,
  nestedLists,
  ownContent,
  ownText,
  textFields,
  withOwn,
  withTextFields,
} from './block-fields';
export { DocumentLocaleType, PageInfoType, PublishedDocumentType, RevisionType, WordChangeType, WorkflowStatusEnum } from './content.types';
export {
  DocumentLocaleRow,
  DocumentRow,
  PublishedDocumentRow,
  RevisionRow,
  WorkflowEventRow,
  type WorkflowStatus,
} from './document.entity';
export { DocumentResolver } from './document.resolver';
export { DocumentService } from './document.service';
export { EditorToolsResolver } from './editor-tools.resolver';
export { toDocumentLocale, toRevision, toWorkflowStatus } from './mappers';
export { PreviewResolver } from './preview.resolver';
export { readerScope } from './public-read';
export { PublicContentResolver } from './public.resolver';
export { Publisher, type PublishCheck, type PublishContext, type PublishFinding } from './publisher';
export { type QualityMetadata } from './quality';
export { referenceResolverFrom } from './reference-adapter';
export { type ReferenceResolver } from './references';
export { ContentScheduler } from './scheduler';
export { forRegion, type PublishedSnapshot } from './snapshot';
export { WorkflowResolver } from './workflow.resolver';
export { WorkflowService } from './workflow.service';
