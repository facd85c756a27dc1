import type { TenantTx } from '../../kernel/db/database';

export type TermStatus = 'approved' | 'forbidden';

export interface Term {
  locale: string;
  term: string;
  status: TermStatus;
}

export interface Concept {
  id: string;
  note: string;
  terms: Term[];
}

interface ConceptRow {
  id: string;
  note: string;
  terms: Term[] | null;
}

const toConcept = (r: ConceptRow): Concept => ({ id: r.id, note: r.note, terms: r.terms ?? [] });

/** The tenant's concepts with their terms, oldest first. */
export async function listConcepts(tx: TenantTx): Promise<Concept[]> {
  const rows: ConceptRow[] = await tx.em.query(
    `SELECT c.id, c.note,
            (SELECT json_agg(json_build_object('locale', t.locale, 'term', t.term, 'status', t.status) ORDER BY t.locale, t.status, t.term)
               FROM terms t WHERE t.tenant_id = c.tenant_id AND t.concept_id = c.id) AS terms
       FROM term_concepts c WHERE c.tenant_id = $1 ORDER BY c.created_at, c.id`,
    [tx.tenantId],
  );
  return rows.map(toConcept);
}

export async function conceptExists(tx: TenantTx, id: string): Promise<boolean> {
  const found: unknown[] = await tx.em.query(`SELECT 1 FROM term_concepts WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id]);
  return found.length > 0;
}

/** Sets a concept's note and removes its terms (they are written again). */
export async function resetConcept(tx: TenantTx, id: string, note: string): Promise<void> {
  await tx.em.query(`UPDATE term_concepts SET note = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tx.tenantId, id, note]);
  await tx.em.query(`DELETE FROM terms WHERE tenant_id = $1 AND concept_id = $2`, [tx.tenantId, id]);
}

/** A new concept; answers its id. */
export async function insertConcept(tx: TenantTx, note: string): Promise<string> {
  const [row]: { id: string }[] = await tx.em.query(`INSERT INTO term_concepts (tenant_id, note) VALUES ($1, $2) RETURNING id`, [
    tx.tenantId,
    note,
  ]);
  return row!.id;
}

export async function insertTerms(tx: TenantTx, conceptId: string, terms: readonly Term[]): Promise<void> {
  await tx.em.query(
    `INSERT INTO terms (tenant_id, concept_id, locale, term, status)
     SELECT $1, $2, t.locale, t.term, t.status FROM jsonb_to_recordset($3::jsonb) AS t(locale text, term text, status text)`,
    [tx.tenantId, conceptId, JSON.stringify(terms)],
  );
}

/** Deletes a concept (its terms go with it); answers whether there was one. */
export async function deleteConcept(tx: TenantTx, id: string): Promise<boolean> {
  // DELETE through TypeORM answers [rows, affected], never an empty array: count the rows, not the answer.
  const [deleted]: [{ id: string }[], number] = await tx.em.query(
    `DELETE FROM term_concepts WHERE tenant_id = $1 AND id = $2 RETURNING id`,
    [tx.tenantId, id],
  );
  return deleted.length > 0;
}
