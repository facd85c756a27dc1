import { walkBlocks } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import type { LocalizedReaderDocument } from './fallback-read';
import { directionIn, type TenantView } from '../tenancy';
import type { DocumentService } from './document.service';
import { forReader, readerScope } from './public-read';
import type { Publisher } from './publisher';

export interface PreviewInput {
  documentId: string;
  locale: string;
  region?: string | null;
}

/**
 * The newest revision of one locale shaped like `publishedDocument`: region
 * blocks resolved for `region`, citations numbered, references, glossary and
 * images resolved. Nothing is checked or stored, so a draft with errors can
 * be previewed too. Unlike the public read there is no fallback chain: the
 * preview shows exactly the draft of this locale.
 */
export async function draftPreview(
  tx: TenantTx,
  deps: { documents: DocumentService; publisher: Publisher },
  tenant: TenantView,
  input: PreviewInput,
  now = new Date(),
): Promise<LocalizedReaderDocument> {
  const scope = readerScope(tenant, input.locale, input.region);
  const document = await deps.documents.document(tx, input.documentId);
  const row = await deps.documents.documentLocale(tx, document.id, scope.locale);
  if (!row.headRevisionId)
    throw badInput('locale', `The ${scope.locale} version has no saved content yet; save it first.`, {
      reason: 'VERSION_EMPTY',
      locale: scope.locale,
    });
  const revision = await deps.documents.revision(tx, row.headRevisionId);
  const snapshot = await deps.publisher.preview(tx, document, row, revision, now);
  const alternates = (await deps.documents.locales(tx, document.id))
    .filter((l) => l.locale !== row.locale)
    .map((l) => ({ locale: l.locale, slug: l.slug }));
  const doc = forReader(snapshot, scope.region, alternates);
  const dir = directionIn(tenant, row.locale);
  const blockLocales = [...walkBlocks(doc.blocks)].map((b) => ({ blockId: b.id, locale: row.locale, dir }));
  return { ...doc, requestedLocale: row.locale, fallback: 'none', blockLocales };
}
