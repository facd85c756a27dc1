import type { TenantTx } from '../../kernel/db/database';

/** Addresses in `locale` starting with `base` used by documents other than `documentId`. */
export async function takenLike(tx: TenantTx, locale: string, base: string, documentId: string | null): Promise<Set<string>> {
  const rows: { slug: string }[] = await tx.em.query(
    `SELECT slug FROM document_locales
     WHERE tenant_id = $1 AND locale = $2 AND (slug = $3 OR left(slug, $4) = $5)
       AND ($6::uuid IS NULL OR document_id <> $6::uuid)
     LIMIT 1000`,
    [tx.tenantId, locale, base, base.length + 1, `${base}-`, documentId],
  );
  return new Set(rows.map((r) => r.slug));
}
