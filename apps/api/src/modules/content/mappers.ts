import type { DocumentKind, DocumentLocaleRow, DocumentRow, RevisionRow, WorkflowEventRow, WorkflowStatus } from './document.entity';
import {
  DocumentKindEnum,
  WorkflowStatusEnum,
  type DocumentListItemType,
  type DocumentLocaleType,
  type DocumentType,
  type PublishedDocumentType,
  type RevisionType,
  type WorkflowEventType,
} from './content.types';
import { FallbackKindEnum } from './fallback.types';
import type { FallbackKind, LocalizedReaderDocument } from './fallback-read';
import type { ListItem } from './listing';

// Presenters: stored rows and service results as the GraphQL types. The enums
// carry the same strings as the stored values; these tables let the compiler
// check that every value has its enum member.

const KIND: Record<DocumentKind, DocumentKindEnum> = {
  article: DocumentKindEnum.ARTICLE,
  faq: DocumentKindEnum.FAQ,
  landing: DocumentKindEnum.LANDING,
  glossary: DocumentKindEnum.GLOSSARY,
};

const STATUS: Record<WorkflowStatus, WorkflowStatusEnum> = {
  draft: WorkflowStatusEnum.DRAFT,
  in_review: WorkflowStatusEnum.IN_REVIEW,
  approved: WorkflowStatusEnum.APPROVED,
  published: WorkflowStatusEnum.PUBLISHED,
  unpublished: WorkflowStatusEnum.UNPUBLISHED,
  archived: WorkflowStatusEnum.ARCHIVED,
};

const FALLBACK: Record<FallbackKind, FallbackKindEnum> = {
  none: FallbackKindEnum.NONE,
  partial: FallbackKindEnum.PARTIAL,
  full: FallbackKindEnum.FULL,
};

const KIND_OF: Record<DocumentKindEnum, DocumentKind> = {
  [DocumentKindEnum.ARTICLE]: 'article',
  [DocumentKindEnum.FAQ]: 'faq',
  [DocumentKindEnum.LANDING]: 'landing',
  [DocumentKindEnum.GLOSSARY]: 'glossary',
};

const STATUS_OF: Record<WorkflowStatusEnum, WorkflowStatus> = {
  [WorkflowStatusEnum.DRAFT]: 'draft',
  [WorkflowStatusEnum.IN_REVIEW]: 'in_review',
  [WorkflowStatusEnum.APPROVED]: 'approved',
  [WorkflowStatusEnum.PUBLISHED]: 'published',
  [WorkflowStatusEnum.UNPUBLISHED]: 'unpublished',
  [WorkflowStatusEnum.ARCHIVED]: 'archived',
};

/** GraphQL enum values (from arguments) as stored values. */
export const kindOf = (k: DocumentKindEnum | undefined): DocumentKind | undefined => (k ? KIND_OF[k] : undefined);
export const statusOf = (s: WorkflowStatusEnum | undefined): WorkflowStatus | undefined => (s ? STATUS_OF[s] : undefined);

export const toWorkflowStatus = (s: WorkflowStatus): WorkflowStatusEnum => STATUS[s];
export const toDocumentKind = (k: DocumentKind): DocumentKindEnum => KIND[k];

// The row's other fields stay on the object: field resolvers read them (e.g. nextReviewDue for reviewOverdue).
export const toDocument = (d: DocumentRow): DocumentType => ({ ...d, kind: KIND[d.kind] });
export const toDocumentLocale = (l: DocumentLocaleRow): DocumentLocaleType => ({ ...l, status: STATUS[l.status] });
export const toRevision = (r: RevisionRow): RevisionType => r;
export const toWorkflowEvent = (e: WorkflowEventRow): WorkflowEventType => ({
  ...e,
  fromStatus: STATUS[e.fromStatus],
  toStatus: STATUS[e.toStatus],
});
// The cursor and nextReviewDue stay on the object for the item's field resolvers.
export const toListItem = (item: ListItem): DocumentListItemType => ({ ...item, kind: KIND[item.kind], status: STATUS[item.status] });

export function toPublished(doc: LocalizedReaderDocument): PublishedDocumentType {
  return {
    ...doc,
    fallback: FALLBACK[doc.fallback],
    id: doc.documentId,
    kind: KIND[doc.kind],
    glossary: Object.entries(doc.glossary).map(([id, g]) => ({ id, ...g })),
    media: Object.entries(doc.media).map(([id, m]) => ({ id, url: m.url, width: m.width, height: m.height, sources: [] })),
    quality: doc.quality,
  };
}
