import type { DocumentLocaleRow, DocumentRow, RevisionRow } from './document.entity';
import type { DocumentLocaleType, DocumentType, PublishedDocumentType, RevisionType } from './content.types';
import type { LocalizedReaderDocument } from './fallback-read';
export const toDocument = (d: DocumentRow): DocumentType => d as unknown as DocumentType;
export const toDocumentLocale = (l: DocumentLocaleRow): DocumentLocaleType => l as unknown as DocumentLocaleType;
export const toRevision = (r: RevisionRow): RevisionType => r as unknown as RevisionType;

export function toPublished(doc: LocalizedReaderDocument): PublishedDocumentType {
  return {
    ...doc,
    fallback: doc.fallback as never,
    id: doc.documentId,
    kind: doc.kind as never,
    glossary: Object.entries(doc.glossary).map(([id, g]) => ({ id, ...g })),
    media: Object.entries(doc.media).map(([id, m]) => ({ id, url: m.url, width: m.width, height: m.height })),
    quality: doc.quality as never,
  };
}
