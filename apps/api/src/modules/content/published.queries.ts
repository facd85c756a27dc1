import type { EntityManager } from 'typeorm';
import type { Database, TenantTx } from '../../kernel/db/database';
import { PublishedDocumentRow, type DocumentKind } from './document.entity';
import type { PublishedSnapshot } from './snapshot';

// What readers see (published_documents) and the stored publishing times.

export async function upsertPublished(
  tx: TenantTx,
  p: {
    documentId: string;
    locale: string;
    slug: string;
    kind: DocumentKind;
    title: string;
    summary: string;
    topics: string[];
    revisionId: string;
    snapshot: PublishedSnapshot;
    publishedAt: Date;
    contentUpdatedAt: Date;
  },
): Promise<void> {
  await tx.em.upsert(PublishedDocumentRow, { tenantId: tx.tenantId, ...p }, ['tenantId', 'documentId', 'locale']);
}

export async function deletePublished(tx: TenantTx, documentId: string, locale: string): Promise<void> {
  await tx.em.delete(PublishedDocumentRow, { tenantId: tx.tenantId, documentId, locale });
}

export interface ChainRow {
  locale: string;
  slug: string;
  pos: number | null;
  source_locale: string;
  snapshot: PublishedSnapshot | null;
}

/**
 * One statement, one round trip (careleaf_published_chain sets role and tenant
 * itself, see migrations/src/1764840000000-public-reads.ts): the published
 * translations of the document with this address in the earliest locale of the
 * chain that has it, with the snapshots the chain needs.
 */
export async function publishedChainRows(db: Database, tenantId: string, chain: readonly string[], slug: string): Promise<ChainRow[]> {
  return db.readOnce<ChainRow>(
    'careleaf_published_chain',
    'SELECT locale, slug, pos, source_locale, snapshot FROM careleaf_published_chain($1, $2, $3)',
    [tenantId, chain, slug],
  );
}

export interface ScheduledRow {
  tenant_id: string;
  document_id: string;
  locale: string;
  publish_at: Date | null;
  unpublish_at: Date | null;
  approved_revision_id: string | null;
}

/** Every stored publish or unpublish time, across tenants (`em` is the platform's: above row-level security). */
export async function scheduledTimes(em: EntityManager): Promise<ScheduledRow[]> {
  return em.query(
    `SELECT tenant_id, document_id, locale, publish_at, unpublish_at, approved_revision_id FROM document_locales WHERE publish_at IS NOT NULL OR unpublish_at IS NOT NULL`,
  );
}
