import type { EntityManager } from 'typeorm';
import type { TenantTx } from '../../kernel/db/database';
import type { Role } from '../../kernel/policy';
import { isNotificationKind, type NotificationKind } from './kinds';

/*
 * Every read and write of the notifications module. All run in a tenant
 * transaction: row-level security keeps recipients, documents and settings to
 * the event's tenant (users are visible only as members of it).
 */

/** A member who may get a notification. */
export interface Recipient {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface PreferenceRow {
  userId: string;
  off: NotificationKind[];
  /** Kinds sent once a day in the digest (never also in `off`). */
  daily: NotificationKind[];
  locale: string | null;
  unsubscribeKey: Buffer;
}

interface PreferenceSqlRow {
  user_id: string;
  off: string[];
  daily: string[];
  locale: string | null;
  unsubscribe_key: Buffer;
}

const toPreference = (r: PreferenceSqlRow): PreferenceRow => ({
  userId: r.user_id,
  off: r.off.filter(isNotificationKind),
  daily: r.daily.filter((k) => isNotificationKind(k) && !r.off.includes(k)) as NotificationKind[],
  locale: r.locale,
  unsubscribeKey: r.unsubscribe_key,
});

interface RecipientSqlRow {
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
}

const toRecipient = (r: RecipientSqlRow): Recipient => ({ userId: r.user_id, email: r.email, displayName: r.display_name, role: r.role });

const MEMBER_COLUMNS = `m.user_id, u.email, u.display_name, m.role`;

/** Members with one of `roles` who work in `locale` (translators only in theirs; everyone else in all), by name, at most `limit`. */
export async function membersIn(tx: TenantTx, roles: readonly Role[], locale: string | null, limit: number): Promise<Recipient[]> {
  const rows: RecipientSqlRow[] = await tx.em.query(
    `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.tenant_id = $1 AND m.role = ANY($2::text[]) AND ($3::text IS NULL OR m.locales = '{}' OR $3 = ANY(m.locales))
      ORDER BY lower(u.display_name), u.id LIMIT $4`,
    [tx.tenantId, roles, locale, limit],
  );
  return rows.map(toRecipient);
}

/** One member of this tenant, or null (not a member here, or gone). */
export async function memberById(tx: TenantTx, userId: string): Promise<Recipient | null> {
  const rows: RecipientSqlRow[] = await tx.em.query(
    `SELECT ${MEMBER_COLUMNS} FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.tenant_id = $1 AND m.user_id = $2`,
    [tx.tenantId, userId],
  );
  return rows[0] ? toRecipient(rows[0]) : null;
}

/** Display names of users who are members here, by id (for "who acted"). */
export async function displayName(tx: TenantTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const rows: { display_name: string }[] = await tx.em.query(`SELECT display_name FROM users WHERE id = $1`, [userId]);
  return rows[0]?.display_name ?? null;
}

export interface DocumentFacts {
  title: string;
  createdBy: string | null;
}

export async function documentFacts(tx: TenantTx, documentId: string, locale: string): Promise<DocumentFacts | null> {
  const rows: { title: string; created_by: string | null }[] = await tx.em.query(
    `SELECT dl.title, d.created_by FROM document_locales dl JOIN documents d ON d.tenant_id = dl.tenant_id AND d.id = dl.document_id
      WHERE dl.tenant_id = $1 AND dl.document_id = $2 AND dl.locale = $3`,
    [tx.tenantId, documentId, locale],
  );
  return rows[0] ? { title: rows[0].title, createdBy: rows[0].created_by } : null;
}

/** The newest workflow step `action` of a document locale: who took it and their comment. */
export async function lastStep(
  tx: TenantTx,
  documentId: string,
  locale: string,
  action: string,
): Promise<{ actorId: string | null; comment: string } | null> {
  const rows: { actor_id: string | null; comment: string }[] = await tx.em.query(
    `SELECT actor_id, comment FROM workflow_events WHERE tenant_id = $1 AND document_id = $2 AND locale = $3 AND action = $4
      ORDER BY id DESC LIMIT 1`,
    [tx.tenantId, documentId, locale, action],
  );
  return rows[0] ? { actorId: rows[0].actor_id, comment: rows[0].comment } : null;
}

/** Who scheduled the change that just ran: the newest schedule entry of the audit log for it (the schedule itself keeps no author). */
export async function scheduledBy(
  tx: TenantTx,
  documentId: string,
  locale: string,
  action: 'publish' | 'unpublish',
): Promise<string | null> {
  const rows: { actor_user_id: string | null }[] = await tx.em.query(
    `SELECT actor_user_id FROM audit_log
      WHERE tenant_id = $1 AND subject_type = 'document' AND subject_id = $2 AND action = $3 AND diff->>'locale' = $4
      ORDER BY created_at DESC, id DESC LIMIT 1`,
    [tx.tenantId, documentId, `workflow.schedule-${action}`, locale],
  );
  return rows[0]?.actor_user_id ?? null;
}

export async function inviterOf(tx: TenantTx, invitationId: string): Promise<string | null> {
  const rows: { invited_by: string | null }[] = await tx.em.query(`SELECT invited_by FROM invitations WHERE tenant_id = $1 AND id = $2`, [
    tx.tenantId,
    invitationId,
  ]);
  return rows[0]?.invited_by ?? null;
}

export interface OverdueDocument {
  documentId: string;
  title: string;
  locale: string;
  due: string;
}

/** Documents past their review date (not archived), the longest overdue first, at most `limit`, and how many there are in all. */
export async function overdueDocuments(tx: TenantTx, today: string, limit: number): Promise<{ rows: OverdueDocument[]; total: number }> {
  const where = `d.tenant_id = $1 AND d.next_review_due < $2::date
    AND EXISTS (SELECT 1 FROM document_locales x WHERE x.tenant_id = d.tenant_id AND x.document_id = d.id AND x.status <> 'archived')`;
  const rows: { id: string; title: string; locale: string; due: string }[] = await tx.em.query(
    `SELECT d.id, dl.title, dl.locale, d.next_review_due::text AS due
       FROM documents d JOIN document_locales dl ON dl.tenant_id = d.tenant_id AND dl.document_id = d.id AND dl.locale = d.source_locale
      WHERE ${where} ORDER BY d.next_review_due, dl.title, d.id LIMIT $3`,
    [tx.tenantId, today, limit],
  );
  const [count]: { n: number }[] = await tx.em.query(`SELECT count(*)::int AS n FROM documents d WHERE ${where}`, [tx.tenantId, today]);
  return { rows: rows.map((r) => ({ documentId: r.id, title: r.title, locale: r.locale, due: r.due })), total: count?.n ?? 0 };
}

/** The tenants with any document past its review date (as the owner: the weekly job runs above tenants). */
export async function tenantsWithOverdue(em: EntityManager, today: string): Promise<string[]> {
  const rows: { tenant_id: string }[] = await em.query(
    `SELECT DISTINCT tenant_id FROM documents WHERE next_review_due < $1::date ORDER BY tenant_id LIMIT 10000`,
    [today],
  );
  return rows.map((r) => r.tenant_id);
}

/** Settings of these members (those without a row have the defaults). */
export async function preferencesOf(tx: TenantTx, userIds: readonly string[]): Promise<Map<string, PreferenceRow>> {
  if (!userIds.length) return new Map();
  const rows: PreferenceSqlRow[] = await tx.em.query(
    `SELECT user_id, off, daily, locale, unsubscribe_key FROM notification_preferences WHERE tenant_id = $1 AND user_id = ANY($2::uuid[])`,
    [tx.tenantId, userIds],
  );
  return new Map(rows.map((r) => [r.user_id, toPreference(r)]));
}

/** The member's row, made with the defaults and `newKey` if they had none. */
export async function ensurePreferences(tx: TenantTx, userId: string, newKey: Buffer): Promise<PreferenceRow> {
  await tx.em.query(
    `INSERT INTO notification_preferences (tenant_id, user_id, unsubscribe_key) VALUES ($1, $2, $3) ON CONFLICT (tenant_id, user_id) DO NOTHING`,
    [tx.tenantId, userId, newKey],
  );
  const rows: PreferenceSqlRow[] = await tx.em.query(
    `SELECT user_id, off, daily, locale, unsubscribe_key FROM notification_preferences WHERE tenant_id = $1 AND user_id = $2 FOR UPDATE`,
    [tx.tenantId, userId],
  );
  return toPreference(rows[0]!);
}

export async function writePreferences(
  tx: TenantTx,
  userId: string,
  p: { off: NotificationKind[]; daily: NotificationKind[]; locale: string | null },
): Promise<void> {
  await tx.em.query(
    `UPDATE notification_preferences SET off = $3::text[], daily = $4::text[], locale = $5, updated_at = now()
      WHERE tenant_id = $1 AND user_id = $2`,
    [tx.tenantId, userId, p.off, p.daily, p.locale],
  );
}
