import type { TenantTx } from '../../kernel/db/database';
import { Tenant } from '../tenancy';
import { RegistryEntryRow, RegistryEntryTextRow } from './registry.entity';
import type { EntryText, ValidEntry } from './registry.model';

/** Writes of registry entries and the registry settings of the tenant; reads are in registry.queries.ts. */

type TenantSettings = Tenant['settings'];

/** The tenant's settings (the registry keeps its verification period there); null when the tenant is gone. */
export async function tenantSettings(tx: TenantTx): Promise<TenantSettings | null> {
  const tenant = await tx.em.findOneBy(Tenant, { id: tx.tenantId });
  return tenant?.settings ?? null;
}

export async function saveTenantSettings(tx: TenantTx, settings: TenantSettings): Promise<void> {
  await tx.em.update(Tenant, { id: tx.tenantId }, { settings });
}

/** Entry ids by key, for the keys that exist. */
export async function idsByKey(tx: TenantTx, keys: string[]): Promise<Map<string, string>> {
  const rows: { id: string; key: string }[] = await tx.em.query(
    `SELECT id, key FROM registry_entries WHERE tenant_id = $1 AND key = ANY($2::text[])`,
    [tx.tenantId, keys],
  );
  return new Map(rows.map((r) => [r.key, r.id]));
}

function columns(tenantId: string, id: string, e: ValidEntry) {
  const { texts: _texts, ...rest } = e;
  return { tenantId, id, ...rest };
}

const textRows = (tenantId: string, entryId: string, texts: EntryText[]) => texts.map((t) => ({ tenantId, entryId, ...t }));

/** Inserts entries and their texts in a few statements (500 entries each), whatever their number. */
export async function insertEntries(tx: TenantTx, entries: { id: string; entry: ValidEntry }[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    const chunk = entries.slice(i, i + 500);
    await tx.em.insert(
      RegistryEntryRow,
      chunk.map(({ id, entry }) => columns(tx.tenantId, id, entry)),
    );
    const texts = chunk.flatMap(({ id, entry }) => textRows(tx.tenantId, id, entry.texts));
    if (texts.length) await tx.em.insert(RegistryEntryTextRow, texts);
  }
}

/** Replaces the stored fields of one entry and bumps its version. */
export async function updateEntry(tx: TenantTx, id: string, entry: ValidEntry): Promise<void> {
  const { tenantId, id: _id, ...fields } = columns(tx.tenantId, id, entry);
  await tx.em
    .createQueryBuilder()
    .update(RegistryEntryRow)
    .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('tenant_id = :tenantId AND id = :id', { tenantId, id })
    .execute();
}

/** Replaces the texts of one entry whole. */
export async function replaceTexts(tx: TenantTx, id: string, texts: EntryText[]): Promise<void> {
  await tx.em.delete(RegistryEntryTextRow, { tenantId: tx.tenantId, entryId: id });
  if (texts.length) await tx.em.insert(RegistryEntryTextRow, textRows(tx.tenantId, id, texts));
}

export async function deleteEntry(tx: TenantTx, id: string): Promise<void> {
  await tx.em.delete(RegistryEntryRow, { tenantId: tx.tenantId, id });
}
