import type { EntityManager } from 'typeorm';
import { cursorLines, tableRowsSql, useUtc } from './archive.queries';
import { tenantTables } from './catalog.queries';
import { LineDigest, ROWS_PER_ENTRY, type SectionDigest } from './format';

/**
 * Row count and SHA-256 of each tenant table's rows as the archive writes
 * them (canonical JSON, primary key order, UTC): two databases holding the
 * same tenant give the same digests. Run inside a transaction as the owner.
 */
export async function tableDigests(em: EntityManager, tenantId: string): Promise<Record<string, SectionDigest>> {
  await useUtc(em);
  const out: Record<string, SectionDigest> = {};
  for (const t of await tenantTables(em)) {
    const digest = new LineDigest();
    for await (const lines of cursorLines(em, tableRowsSql(t, tenantId), ROWS_PER_ENTRY)) for (const l of lines) digest.add(l);
    out[t.name] = digest.result();
  }
  return out;
}
