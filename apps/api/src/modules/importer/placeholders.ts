import type { Block, DocumentContent, Inline, ListItem } from '@careleaf/schema';

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
  const items = (list: ListItem[]): ListItem[] =>
    list.map((i) => ({ ...i, content: inline(i.content), ...(i.list ? { list: { ...i.list, items: items(i.list.items) } } : {}) }));
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return { ...b, content: inline(b.content) };
      case 'list':
        return { ...b, items: items(b.items) };
      case 'figure':
        return { ...b, mediaId: swap(ids.media, b.mediaId), ...(b.caption ? { caption: inline(b.caption) } : {}) };
      case 'table':
        return {
          ...b,
          caption: inline(b.caption),
          rows: b.rows.map((r) => ({ cells: r.cells.map((c) => ({ ...c, content: inline(c.content) })) })),
        };
      case 'citations':
        return { ...b, citationIds: b.citationIds.map((id) => swap(ids.citations, id)) };
      case 'callout':
        return { ...b, ...(b.title ? { title: inline(b.title) } : {}), blocks: b.blocks.map(block) };
      case 'faq':
        return { ...b, question: inline(b.question), blocks: b.blocks.map(block) };
      case 'region':
        return { ...b, blocks: b.blocks.map(block), ...(b.fallback ? { fallback: b.fallback.map(block) } : {}) };
      case 'easyRead':
        return { ...b, blocks: b.blocks.map(block) };
      case 'registryEmbed':
        return b.title ? { ...b, title: inline(b.title) } : b;
      default:
        return b;
    }
  };
  return { ...content, blocks: content.blocks.map(block) };
}
