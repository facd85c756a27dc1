import type { DocumentContent } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { Tenant, TenantLocale } from '../tenancy';
import { DocumentLocaleRow, DocumentRow, RevisionRow, WorkflowEventRow, type DocumentKind, type WorkflowStatus } from './document.entity';
import type { QualityMetadata } from './quality';

// Documents, their locales, revisions and workflow events: every read and write of them.

export async function insertDocument(
  tx: TenantTx,
  d: {
    id: string;
    kind: DocumentKind;
    sourceLocale: string;
    topics: string[];
    quality: QualityMetadata;
    lastReviewedOn: string | null;
    nextReviewDue: string | null;
    createdBy: string | null;
  },
): Promise<void> {
  await tx.em.insert(DocumentRow, { tenantId: tx.tenantId, ...d });
}

/** The fields of a document an editor may change (besides its locales). */
export interface DocumentPatch {
  topics?: string[];
  quality?: QualityMetadata;
  lastReviewedOn?: string | null;
  nextReviewDue?: string | null;
  firstPublishedAt?: Date;
  updatedAt?: Date;
}

export async function updateDocument(tx: TenantTx, id: string, patch: DocumentPatch): Promise<void> {
  await tx.em.update(DocumentRow, { tenantId: tx.tenantId, id }, patch);
}

export async function findDocument(tx: TenantTx, id: string): Promise<DocumentRow | null> {
  return tx.em.findOneBy(DocumentRow, { tenantId: tx.tenantId, id });
}

export async function getDocument(tx: TenantTx, id: string): Promise<DocumentRow> {
  return tx.em.findOneByOrFail(DocumentRow, { tenantId: tx.tenantId, id });
}

/** Documents by id, for a batch loader; missing ids are simply absent. */
export async function documentsByIds(tx: TenantTx, ids: readonly string[]): Promise<DocumentRow[]> {
  return tx.em
    .getRepository(DocumentRow)
    .createQueryBuilder('d')
    .where('d.tenant_id = :t AND d.id IN (:...ids)', { t: tx.tenantId, ids })
    .getMany();
}

export async function findDocumentLocale(tx: TenantTx, documentId: string, locale: string): Promise<DocumentLocaleRow | null> {
  return tx.em.findOneBy(DocumentLocaleRow, { tenantId: tx.tenantId, documentId, locale });
}

export async function getDocumentLocale(tx: TenantTx, documentId: string, locale: string): Promise<DocumentLocaleRow> {
  return tx.em.findOneByOrFail(DocumentLocaleRow, { tenantId: tx.tenantId, documentId, locale });
}

/** The locale row, locked until the transaction ends (saves and workflow steps on one locale run one after another). */
export async function lockDocumentLocale(tx: TenantTx, documentId: string, locale: string): Promise<DocumentLocaleRow | null> {
  return tx.em
    .createQueryBuilder(DocumentLocaleRow, 'dl')
    .setLock('pessimistic_write')
    .where('dl.tenant_id = :tenantId AND dl.document_id = :documentId AND dl.locale = :locale', {
      tenantId: tx.tenantId,
      documentId,
      locale,
    })
    .getOne();
}

/** As lockDocumentLocale, for a locale the caller has just found (fails when it is gone). */
export async function lockExistingDocumentLocale(tx: TenantTx, documentId: string, locale: string): Promise<DocumentLocaleRow> {
  return tx.em
    .createQueryBuilder(DocumentLocaleRow, 'dl')
    .setLock('pessimistic_write')
    .where('dl.tenant_id = :tenantId AND dl.document_id = :documentId AND dl.locale = :locale', {
      tenantId: tx.tenantId,
      documentId,
      locale,
    })
    .getOneOrFail();
}

export async function documentLocales(tx: TenantTx, documentId: string): Promise<DocumentLocaleRow[]> {
  return tx.em.find(DocumentLocaleRow, { where: { tenantId: tx.tenantId, documentId }, order: { locale: 'ASC' } });
}

interface DocumentLocaleSqlRow {
  tenant_id: string;
  document_id: string;
  locale: string;
  slug: string;
  title: string;
  status: WorkflowStatus;
  version: number;
  head_revision_id: string | null;
  published_revision_id: string | null;
  approved_revision_id: string | null;
  publish_at: Date | null;
  unpublish_at: Date | null;
  updated_at: Date;
}

function toDocumentLocaleRow(r: DocumentLocaleSqlRow): DocumentLocaleRow {
  return Object.assign(new DocumentLocaleRow(), {
    tenantId: r.tenant_id,
    documentId: r.document_id,
    locale: r.locale,
    slug: r.slug,
    title: r.title,
    status: r.status,
    version: r.version,
    headRevisionId: r.head_revision_id,
    publishedRevisionId: r.published_revision_id,
    approvedRevisionId: r.approved_revision_id,
    publishAt: r.publish_at,
    unpublishAt: r.unpublish_at,
    updatedAt: r.updated_at,
  });
}

/** The locales of several documents (one statement, for a batch loader), by document id, each list ordered by locale. */
export async function localesByDocuments(tx: TenantTx, documentIds: readonly string[]): Promise<Map<string, DocumentLocaleRow[]>> {
  const rows: DocumentLocaleSqlRow[] = await tx.em.query(
    `SELECT * FROM document_locales WHERE tenant_id = $1 AND document_id = ANY($2::uuid[]) ORDER BY locale`,
    [tx.tenantId, documentIds],
  );
  const byDoc = new Map<string, DocumentLocaleRow[]>();
  for (const r of rows.map(toDocumentLocaleRow)) byDoc.set(r.documentId, [...(byDoc.get(r.documentId) ?? []), r]);
  return byDoc;
}

export async function insertDocumentLocale(
  tx: TenantTx,
  l: { documentId: string; locale: string; slug: string; title: string; status: WorkflowStatus; version: number; headRevisionId: string },
): Promise<void> {
  await tx.em.insert(DocumentLocaleRow, { tenantId: tx.tenantId, ...l });
}

export type DocumentLocalePatch = Partial<
  Pick<
    DocumentLocaleRow,
    'slug' | 'title' | 'status' | 'version' | 'headRevisionId' | 'approvedRevisionId' | 'publishedRevisionId' | 'publishAt' | 'unpublishAt'
  >
>;

export async function updateDocumentLocale(tx: TenantTx, documentId: string, locale: string, patch: DocumentLocalePatch): Promise<void> {
  await tx.em.update(DocumentLocaleRow, { tenantId: tx.tenantId, documentId, locale }, patch);
}

export async function findRevision(tx: TenantTx, id: string): Promise<RevisionRow | null> {
  return tx.em.findOneBy(RevisionRow, { tenantId: tx.tenantId, id });
}

export async function getRevision(tx: TenantTx, id: string): Promise<RevisionRow> {
  return tx.em.findOneByOrFail(RevisionRow, { tenantId: tx.tenantId, id });
}

/** Every revision of one locale, newest first. */
export async function localeRevisions(tx: TenantTx, documentId: string, locale: string): Promise<RevisionRow[]> {
  return tx.em.find(RevisionRow, { where: { tenantId: tx.tenantId, documentId, locale }, order: { number: 'DESC' } });
}

export async function insertRevision(
  tx: TenantTx,
  r: {
    id: string;
    documentId: string;
    locale: string;
    number: number;
    authorId: string | null;
    authorLabel: string;
    message: string;
    content: DocumentContent;
    restoredFrom: string | null;
  },
): Promise<void> {
  await tx.em.insert(RevisionRow, { tenantId: tx.tenantId, ...r });
}

/** Revisions across all locales, per document (one statement, for a batch loader). */
export async function revisionCounts(tx: TenantTx, documentIds: readonly string[]): Promise<Map<string, number>> {
  const rows: { document_id: string; n: number }[] = await tx.em.query(
    `SELECT document_id, count(*)::int AS n FROM revisions WHERE tenant_id = $1 AND document_id = ANY($2::uuid[]) GROUP BY document_id`,
    [tx.tenantId, documentIds],
  );
  return new Map(rows.map((r) => [r.document_id, r.n]));
}

/** How many revisions of this locale `authorId` wrote since the last approval or publication. */
export async function revisionsSinceApprovalBy(tx: TenantTx, documentId: string, locale: string, authorId: string): Promise<number> {
  const [row]: { mine: number }[] = await tx.em.query(
    `SELECT count(*)::int AS mine FROM revisions r
     WHERE r.tenant_id = $1 AND r.document_id = $2 AND r.locale = $3 AND r.author_id = $4
       AND r.number > COALESCE((SELECT max(p.number) FROM revisions p
                                JOIN workflow_events e ON e.tenant_id = p.tenant_id AND e.revision_id = p.id
                                WHERE e.tenant_id = $1 AND e.document_id = $2 AND e.locale = $3 AND e.action IN ('approve', 'publish')), 0)`,
    [tx.tenantId, documentId, locale, authorId],
  );
  return row?.mine ?? 0;
}

export async function insertWorkflowEvent(
  tx: TenantTx,
  e: {
    documentId: string;
    locale: string;
    action: string;
    fromStatus: WorkflowStatus;
    toStatus: WorkflowStatus;
    revisionId: string | null;
    actorId: string | null;
    actorLabel: string;
    comment: string;
  },
): Promise<void> {
  await tx.em.insert(WorkflowEventRow, { tenantId: tx.tenantId, ...e });
}

/** The workflow history of one locale, oldest first. */
export async function workflowEvents(tx: TenantTx, documentId: string, locale: string): Promise<WorkflowEventRow[]> {
  return tx.em.find(WorkflowEventRow, { where: { tenantId: tx.tenantId, documentId, locale }, order: { id: 'ASC' } });
}

/** The tenant's locales as content needs them (tags, directions, fallbacks). */
export async function tenantLocaleRows(tx: TenantTx): Promise<TenantLocale[]> {
  return tx.em.find(TenantLocale, { where: { tenantId: tx.tenantId } });
}

export async function getTenantLocale(tx: TenantTx, tag: string): Promise<TenantLocale> {
  return tx.em.findOneByOrFail(TenantLocale, { tenantId: tx.tenantId, tag });
}

export async function findTenant(tx: TenantTx): Promise<Tenant | null> {
  return tx.em.findOneBy(Tenant, { id: tx.tenantId });
}

export async function getTenant(tx: TenantTx): Promise<Tenant> {
  return tx.em.findOneByOrFail(Tenant, { id: tx.tenantId });
}
