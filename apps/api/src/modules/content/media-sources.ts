import type { TenantTx } from '../../kernel/db/database';
import type { PublishedDocumentType } from './content.types';

/** Resized copies of images (the media module provides them: MediaService.sourcesOf), for readers' `srcset`. */
export interface MediaSources {
  sourcesOf(tx: TenantTx, ids: readonly string[]): Promise<Map<string, { url: string; width: number; height: number; mimeType: string }[]>>;
}

/**
 * Fills in the resized copies of the document's images. Read now, not from the
 * snapshot: the copies are made after upload and may postdate the publication.
 */
export async function withImageSources(tx: TenantTx, media: MediaSources, doc: PublishedDocumentType): Promise<PublishedDocumentType> {
  if (!doc.media.length) return doc;
  const sources = await media.sourcesOf(
    tx,
    doc.media.map((m) => m.id),
  );
  for (const m of doc.media) m.sources = sources.get(m.id.toLowerCase()) ?? [];
  return doc;
}
