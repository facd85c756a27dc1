import { mapBlockTree, type DocumentContent, type Inline } from '@careleaf/schema';

/**
 * Imported content refers to citations and media that do not exist yet. Until
 * the content service has created them it uses placeholder ids: valid UUIDs
 * (so the content validates) of a reserved, recognisable form that a random
 * (v4) id practically never takes:
 *
 *   citation n: 00000000-0000-4000-8000-<n as 12 hex digits>
 *   media n:    00000000-0000-4000-9000-<n as 12 hex digits>
 *
 * `replacePlaceholders` swaps them for the created ids in one pass.
 */
const hex12 = (n: number) => n.toString(16).padStart(12, '0');

export const citationPlaceholder = (n: number): string => `00000000-0000-4000-8000-${hex12(n)}`;
export const mediaPlaceholder = (n: number): string => `00000000-0000-4000-9000-${hex12(n)}`;
export const isPlaceholder = (id: string): boolean => /^00000000-0000-4000-[89]000-[0-9a-f]{12}$/.test(id);

export interface PlaceholderIds {
  /** placeholder id → created citation id */
  citations: ReadonlyMap<string, string>;
  /** placeholder id → created media id */
  media: ReadonlyMap<string, string>;
}

/**
 * A copy of `content` with every placeholder replaced by its created id. A
 * placeholder without an entry throws: saving content that points nowhere
 * would only move the error to publish time.
 */
export function replacePlaceholders(content: DocumentContent, ids: PlaceholderIds): DocumentContent {
  const swap = (map: ReadonlyMap<string, string>, id: string): string => {
    if (!isPlaceholder(id)) return id;
    const created = map.get(id);
    if (!created) throw new Error(`No id was given for the import placeholder ${id}.`);
    return created;
  };
  const inline = (nodes: Inline[]): Inline[] =>
    nodes.map((n) => {
      if (n.type === 'cite') return { ...n, citationIds: n.citationIds.map((id) => swap(ids.citations, id)) };
      if (n.type === 'text') return n;
      return { ...n, children: inline(n.children) };
    });
  return {
    ...content,
    blocks: mapBlockTree(content.blocks, { inline, ref: (r) => swap(r.kind === 'citation' ? ids.citations : ids.media, r.id) }),
  };
}
