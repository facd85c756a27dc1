import type { Database } from '../../kernel/db/database';
import type { MediaStorage } from '../media';
import type { EventBus } from '../../kernel/events';
import { ArchiveError } from './archive-error';
import { announceTenantChange } from './notify';
import { cursorLines, deleteTenantRows, lockTenant, mediaKeysSql, tenantBySlug } from './archive.queries';
import { tenantTables } from './catalog.queries';

export interface DeleteSummary {
  tenant: { id: string; slug: string; name: string };
  /** Rows removed per table (tables with none left out). */
  rows: Record<string, number>;
  media: number;
  /** Objects the storage refused to remove (the rows are gone; remove these by hand). */
  leftoverMedia: string[];
}

/**
 * Removes every row of every tenant table (the tenant's own audit log with
 * them), in one transaction, then the media objects. Users stay: they are
 * the installation's, and may belong to other tenants.
 */
export async function deleteTenant(db: Database, storage: MediaStorage, slug: string, events?: EventBus): Promise<DeleteSummary> {
  const { summary, keys, afterCommit } = await db.asPlatform(async (em) => {
    const tenant = await tenantBySlug(em, slug);
    if (!tenant) throw new ArchiveError(`There is no tenant "${slug}" here (careleaf tenant list shows them).`);
    await lockTenant(em, tenant.id);
    const keys: string[] = [];
    for await (const batch of cursorLines(em, mediaKeysSql(tenant.id), 500)) keys.push(...batch);
    const rows: Record<string, number> = {};
    for (const t of (await tenantTables(em)).reverse()) {
      const n = await deleteTenantRows(em, t, tenant.id);
      if (n) rows[t.name] = n;
    }
    const afterCommit = await announceTenantChange(events, em, tenant.id);
    return { summary: { tenant, rows, media: keys.length, leftoverMedia: [] as string[] }, keys, afterCommit };
  });
  afterCommit();
  for (const key of keys) {
    try {
      await storage.delete(key);
    } catch {
      summary.leftoverMedia.push(key);
    }
  }
  return summary;
}
