import type { TenantTx } from '../../kernel/db/database';
import { GlossaryEntryRow, GlossaryTermRow } from './glossary.entity';
import type { GlossaryEntryData } from './glossary.validate';

export async function termById(tx: TenantTx, id: string): Promise<GlossaryTermRow | null> {
  return tx.em.findOneBy(GlossaryTermRow, { tenantId: tx.tenantId, id });
}

/** The id of the term with this key, or null. */
export async function termIdByKey(tx: TenantTx, key: string): Promise<string | null> {
  const term = await tx.em.findOneBy(GlossaryTermRow, { tenantId: tx.tenantId, key });
  return term?.id ?? null;
}

/** Every locale's entry of a term, in no particular order. */
export async function entriesOf(tx: TenantTx, termId: string): Promise<GlossaryEntryData[]> {
  const rows = await tx.em.find(GlossaryEntryRow, { where: { tenantId: tx.tenantId, termId } });
  return rows.map(({ locale, term, definition, forms }) => ({ locale, term, definition, forms }));
}

/** A term joined to its entry in one locale of a chain; locale is null for a term with no entry in the chain. */
export interface LocalizedRow {
  id: string;
  key: string;
  locale: string | null;
  term: string;
  definition: string;
  forms: string[];
}

/** Terms (all, or those in `ids`) with their entries in the locales of `chain`: one row per term and locale it has. */
export async function localizedRows(tx: TenantTx, ids: string[] | null, chain: readonly string[]): Promise<LocalizedRow[]> {
  return tx.em.query(
    `SELECT t.id, t.key, e.locale, e.term, e.definition, e.forms
       FROM glossary_terms t
       LEFT JOIN glossary_entries e ON e.tenant_id = t.tenant_id AND e.term_id = t.id AND e.locale = ANY($2::text[])
      WHERE t.tenant_id = $1 AND ($3::uuid[] IS NULL OR t.id = ANY($3::uuid[]))`,
    [tx.tenantId, chain, ids],
  );
}

/** The keys that are `stem` or start with `stem-`. */
export async function keysLike(tx: TenantTx, stem: string): Promise<string[]> {
  const rows: { key: string }[] = await tx.em.query(`SELECT key FROM glossary_terms WHERE tenant_id = $1 AND (key = $2 OR key LIKE $3)`, [
    tx.tenantId,
    stem,
    `${stem}-%`,
  ]);
  return rows.map((r) => r.key);
}

/** Entries of other terms (all but `self`) with the same term in the same locale, ignoring case. */
export async function sameTerms(
  tx: TenantTx,
  entries: GlossaryEntryData[],
  self: string | null,
): Promise<{ term_id: string; locale: string; term: string }[]> {
  return tx.em.query(
    `SELECT e.term_id, e.locale, e.term FROM glossary_entries e
      JOIN unnest($2::text[], $3::text[]) AS x(locale, term) ON e.locale = x.locale AND lower(e.term) = lower(x.term)
     WHERE e.tenant_id = $1 AND ($4::uuid IS NULL OR e.term_id <> $4::uuid)`,
    [tx.tenantId, entries.map((e) => e.locale), entries.map((e) => e.term), self],
  );
}

export async function insertTerm(tx: TenantTx, id: string, key: string): Promise<void> {
  await tx.em.insert(GlossaryTermRow, { tenantId: tx.tenantId, id, key });
}

export async function insertEntries(tx: TenantTx, termId: string, entries: GlossaryEntryData[]): Promise<void> {
  await tx.em.insert(
    GlossaryEntryRow,
    entries.map((e) => ({ tenantId: tx.tenantId, termId, ...e })),
  );
}

/** Sets the key and bumps the version if the term is still at `version`; returns whether it was. */
export async function bumpTerm(tx: TenantTx, id: string, key: string, version: number): Promise<boolean> {
  const result = await tx.em
    .createQueryBuilder()
    .update(GlossaryTermRow)
    .set({ key, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('tenant_id = :tenantId AND id = :id AND version = :version', { tenantId: tx.tenantId, id, version })
    .execute();
  return Boolean(result.affected);
}

export async function deleteEntry(tx: TenantTx, termId: string, locale: string): Promise<void> {
  await tx.em.delete(GlossaryEntryRow, { tenantId: tx.tenantId, termId, locale });
}

/** Adds the entry, or replaces the term's entry in that locale. */
export async function upsertEntry(tx: TenantTx, termId: string, e: GlossaryEntryData): Promise<void> {
  await tx.em.query(
    `INSERT INTO glossary_entries (tenant_id, term_id, locale, term, definition, forms) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, term_id, locale) DO UPDATE
       SET term = EXCLUDED.term, definition = EXCLUDED.definition, forms = EXCLUDED.forms, updated_at = now()`,
    [tx.tenantId, termId, e.locale, e.term, e.definition, e.forms],
  );
}

export async function deleteTerm(tx: TenantTx, id: string): Promise<void> {
  await tx.em.delete(GlossaryTermRow, { tenantId: tx.tenantId, id });
}
