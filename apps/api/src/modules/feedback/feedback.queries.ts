import type { TenantTx } from '../../kernel/db/database';

/*
 * Every read and write of reader feedback, in the tenant's transaction:
 * row-level security keeps each tenant's feedback to itself. The row has no
 * column about the reader, so no query here could return one.
 */

/** Today in UTC: the only time a row carries is its day. */
const TODAY = `(now() AT TIME ZONE 'UTC')::date`;

export interface NewFeedback {
  documentId: string;
  locale: string;
  helpful: boolean;
  comment: string | null;
}

/** Whether the document is published in `locale` in this tenant (feedback is taken on published pages only). */
export async function isPublished(tx: TenantTx, documentId: string, locale: string): Promise<boolean> {
  const rows: unknown[] = await tx.em.query(`SELECT 1 FROM published_documents WHERE tenant_id = $1 AND document_id = $2 AND locale = $3`, [
    tx.tenantId,
    documentId,
    locale,
  ]);
  return rows.length > 0;
}

export async function insertFeedback(tx: TenantTx, f: NewFeedback): Promise<void> {
  await tx.em.query(
    `INSERT INTO reader_feedback (tenant_id, document_id, locale, helpful, comment, day) VALUES ($1, $2, $3, $4, $5, ${TODAY})`,
    [tx.tenantId, f.documentId, f.locale, f.helpful, f.comment],
  );
}

export interface SummaryRow {
  documentId: string;
  locale: string;
  /** The published title in that language; null once the page is no longer published. */
  title: string | null;
  slug: string | null;
  helpful: number;
  notHelpful: number;
  /** The last 28 days, today included. */
  recentHelpful: number;
  recentNotHelpful: number;
  /** The 28 days before those. */
  earlierHelpful: number;
  earlierNotHelpful: number;
  openComments: number;
  lastDay: string;
}

interface SummarySqlRow {
  document_id: string;
  locale: string;
  title: string | null;
  slug: string | null;
  helpful: number;
  not_helpful: number;
  recent_helpful: number;
  recent_not_helpful: number;
  earlier_helpful: number;
  earlier_not_helpful: number;
  open_comments: number;
  last_day: string;
}

/** Counts per document and language, the most recently rated first, at most `limit` rows. */
export async function feedbackSummary(tx: TenantTx, limit: number): Promise<SummaryRow[]> {
  const recent = `f.day > ${TODAY} - 28`;
  const earlier = `f.day <= ${TODAY} - 28 AND f.day > ${TODAY} - 56`;
  const rows: SummarySqlRow[] = await tx.em.query(
    `SELECT f.document_id, f.locale, p.title, p.slug,
            count(*) FILTER (WHERE f.helpful)::int AS helpful,
            count(*) FILTER (WHERE NOT f.helpful)::int AS not_helpful,
            count(*) FILTER (WHERE f.helpful AND ${recent})::int AS recent_helpful,
            count(*) FILTER (WHERE NOT f.helpful AND ${recent})::int AS recent_not_helpful,
            count(*) FILTER (WHERE f.helpful AND ${earlier})::int AS earlier_helpful,
            count(*) FILTER (WHERE NOT f.helpful AND ${earlier})::int AS earlier_not_helpful,
            count(*) FILTER (WHERE f.comment IS NOT NULL AND NOT f.handled)::int AS open_comments,
            max(f.day)::text AS last_day
     FROM reader_feedback f
     LEFT JOIN published_documents p ON p.tenant_id = f.tenant_id AND p.document_id = f.document_id AND p.locale = f.locale
     WHERE f.tenant_id = $1
     GROUP BY f.document_id, f.locale, p.title, p.slug
     ORDER BY max(f.day) DESC, f.document_id, f.locale
     LIMIT $2`,
    [tx.tenantId, limit],
  );
  return rows.map((r) => ({
    documentId: r.document_id,
    locale: r.locale,
    title: r.title,
    slug: r.slug,
    helpful: r.helpful,
    notHelpful: r.not_helpful,
    recentHelpful: r.recent_helpful,
    recentNotHelpful: r.recent_not_helpful,
    earlierHelpful: r.earlier_helpful,
    earlierNotHelpful: r.earlier_not_helpful,
    openComments: r.open_comments,
    lastDay: r.last_day,
  }));
}

export interface CommentRow {
  id: string;
  documentId: string;
  locale: string;
  title: string | null;
  helpful: boolean;
  comment: string;
  day: string;
  handled: boolean;
}

interface CommentSqlRow {
  id: string;
  document_id: string;
  locale: string;
  title: string | null;
  helpful: boolean;
  comment: string;
  day: string;
  handled: boolean;
}

const COMMENT_SELECT = `SELECT f.id::text AS id, f.document_id, f.locale, p.title, f.helpful, f.comment, f.day::text AS day, f.handled
  FROM reader_feedback f
  LEFT JOIN published_documents p ON p.tenant_id = f.tenant_id AND p.document_id = f.document_id AND p.locale = f.locale`;

const toComment = (r: CommentSqlRow): CommentRow => ({
  id: r.id,
  documentId: r.document_id,
  locale: r.locale,
  title: r.title,
  helpful: r.helpful,
  comment: r.comment,
  day: r.day,
  handled: r.handled,
});

export interface CommentFilter {
  documentId: string | null;
  locale: string | null;
  includeHandled: boolean;
}

/** Comments newest first (by id: rows carry no time), after the cursor `before` (an id), `limit` + 1 to tell whether more follow. */
export async function listComments(tx: TenantTx, filter: CommentFilter, before: string | null, limit: number): Promise<CommentRow[]> {
  const rows: CommentSqlRow[] = await tx.em.query(
    `${COMMENT_SELECT}
     WHERE f.tenant_id = $1 AND f.comment IS NOT NULL AND ($2 OR NOT f.handled)
       AND ($3::uuid IS NULL OR f.document_id = $3) AND ($4::text IS NULL OR f.locale = $4) AND ($5::bigint IS NULL OR f.id < $5)
     ORDER BY f.id DESC LIMIT $6`,
    [tx.tenantId, filter.includeHandled, filter.documentId, filter.locale, before, limit + 1],
  );
  return rows.map(toComment);
}

/** Marks one comment handled; null when this tenant has no such feedback. */
export async function markHandled(tx: TenantTx, id: string): Promise<CommentRow | null> {
  // One statement whose answer is a SELECT's (TypeORM answers an UPDATE with [rows, count]).
  const rows: CommentSqlRow[] = await tx.em.query(
    `WITH f AS (UPDATE reader_feedback SET handled = true WHERE tenant_id = $1 AND id = $2 AND comment IS NOT NULL RETURNING *)
     SELECT f.id::text AS id, f.document_id, f.locale, p.title, f.helpful, f.comment, f.day::text AS day, f.handled
     FROM f LEFT JOIN published_documents p ON p.tenant_id = f.tenant_id AND p.document_id = f.document_id AND p.locale = f.locale`,
    [tx.tenantId, id],
  );
  return rows[0] ? toComment(rows[0]) : null;
}
