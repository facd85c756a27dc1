import { type Block, type Inline, type ListItem, REGISTRY_KINDS, type TableCell } from '@careleaf/schema';
/**
 * Small builders for demo content, so each document reads like the text it
 * is. A `Part` is plain text or an inline mark; strings become text nodes.
 */
export type Part = string | Inline;
type Registry = (typeof REGISTRY_KINDS)[number];

export function inline(parts: readonly Part[]): Inline[] {
  return parts.map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p));
}

export const strong = (...parts: Part[]): Inline => ({ type: 'strong', children: inline(parts) });
export const em = (...parts: Part[]): Inline => ({ type: 'emphasis', children: inline(parts) });
/** An abbreviation with its expansion (read out by screen readers, shown on hover). */
export const abbr = (text: string, title: string): Inline => ({ type: 'abbr', title, children: inline([text]) });
/** Words in another language than the document, so screen readers switch voice. */
export const lang = (tag: string, text: string): Inline => ({ type: 'lang', lang: tag, children: inline([text]) });
export const link = (href: string, ...parts: Part[]): Inline => ({ type: 'link', href, children: inline(parts) });

export const h2 = (id: string, ...parts: Part[]): Block => ({ id, type: 'heading', level: 2, content: inline(parts) });
export const h3 = (id: string, ...parts: Part[]): Block => ({ id, type: 'heading', level: 3, content: inline(parts) });
export const p = (id: string, ...parts: Part[]): Block => ({ id, type: 'paragraph', content: inline(parts) });

export const li = (...parts: Part[]): ListItem => ({ content: inline(parts) });
/** A list item with a list under it. */
export const nested = (item: ListItem, ordered: boolean, items: ListItem[]): ListItem => ({ ...item, list: { ordered, items } });
export const ul = (id: string, items: ListItem[]): Block => ({ id, type: 'list', ordered: false, items });
export const ol = (id: string, items: ListItem[]): Block => ({ id, type: 'list', ordered: true, items });

export const callout = (id: string, variant: 'info' | 'warning' | 'seeDoctor' | 'urgent', title: Part[], blocks: Block[]): Block => ({
  id,
  type: 'callout',
  variant,
  title: inline(title),
  blocks,
});

export const faq = (id: string, question: Part[], blocks: Block[]): Block => ({ id, type: 'faq', question: inline(question), blocks });

/**
 * A data table: the first row labels the columns, the first cell of every
 * other row labels its row (both marked as header cells with their scope).
 */
export function table(id: string, caption: Part[], columns: Part[][], rows: Part[][][]): Block {
  const header = (content: Part[], scope: 'col' | 'row'): TableCell => ({ content: inline(content), header: true, scope });
  return {
    id,
    type: 'table',
    caption: inline(caption),
    rows: [
      { cells: columns.map((c) => header(c, 'col')) },
      ...rows.map(([label, ...cells]) => ({
        cells: [header(label ?? [], 'row'), ...cells.map((c) => ({ content: inline(c) }))],
      })),
    ],
  };
}

/** Shown only to readers in `regions`; everyone else sees `fallback` (if any). */
export const onlyIn = (id: string, regions: string[], blocks: Block[], fallback?: Block[]): Block => ({
  id,
  type: 'region',
  mode: 'include',
  regions,
  blocks,
  ...(fallback ? { fallback } : {}),
});

/** Shown to every reader outside `regions`. */
export const outside = (id: string, regions: string[], blocks: Block[]): Block => ({
  id,
  type: 'region',
  mode: 'exclude',
  regions,
  blocks,
});

/** A live list from a registry, filtered by the reader's region when read. */
export const registry = (id: string, kind: Registry, title: Part[], filter?: { condition?: string; tags?: string[] }): Block => ({
  id,
  type: 'registryEmbed',
  kind,
  title: inline(title),
  ...(filter ? { filter } : {}),
});

export const sources = (id: string, citationIds: string[]): Block => ({ id, type: 'citations', citationIds });
