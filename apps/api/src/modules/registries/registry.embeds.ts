import { walkBlocks, type Block } from '@careleaf/schema';
import type { TenantTx } from '../../kernel/db/database';
import { embedRows, toPublicEntry, type EmbedQuery } from './registry.queries';
import type { PublicEntry, RegistryKind } from './registry.model';

export interface RegistryList {
  blockId: string;
  kind: RegistryKind;
  entries: PublicEntry[];
}

/** The registry embeds a reader actually sees (region blocks already resolved), in document order. */
export function embedsIn(blocks: readonly Block[]): EmbedQuery[] {
  const out: EmbedQuery[] = [];
  for (const b of walkBlocks(blocks)) {
    if (b.type === 'registryEmbed') out.push({ blockId: b.id, kind: b.kind, condition: b.filter?.condition, tags: b.filter?.tags });
  }
  return out;
}

/**
 * Resolves every embed of a page for the reader's region and locale chain:
 * no statement at all without embeds, one for any number of them.
 */
export async function registryLists(
  tx: TenantTx,
  blocks: readonly Block[],
  opts: { region: string | null; chain: string[]; today: string },
): Promise<RegistryList[]> {
  const embeds = embedsIn(blocks);
  if (!embeds.length) return [];
  const rows = await embedRows(tx, embeds, opts);
  const lists = embeds.map((e) => ({ blockId: e.blockId, kind: e.kind, entries: [] as PublicEntry[] }));
  for (const row of rows) lists[row.ord]!.entries.push(toPublicEntry(row));
  return lists;
}
