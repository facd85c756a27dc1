import type { Block, Inline, ListItem } from '@careleaf/schema/content';
import type { PublishedDocument } from '../../lib/documents';

/** Labels the renderer needs, already translated for the page locale. */
export interface RenderLabels {
  callout: Record<'info' | 'warning' | 'seeDoctor', string>;
  easyRead: string;
  citation: (numbers: string) => string;
  backToText: string;
  glossaryLink: string;
}

/**
 * Everything inline nodes need to render, computed once in document order
 * before rendering, so the output never depends on render order: which
 * abbreviation is the first use, the anchor of every citation point, and the
 * first citation point of each reference (the reference list links back to it).
 */
export interface RenderContext {
  locale: string;
  glossaryPath: string;
  labels: RenderLabels;
  references: Map<string, PublishedDocument['references'][number]>;
  terms: Map<string, PublishedDocument['glossary'][number]>;
  media: Map<string, PublishedDocument['media'][number]>;
  firstAbbr: WeakSet<Inline>;
  citeAnchor: WeakMap<Inline, string>;
  firstCiteOf: Map<string, string>;
  /** Term ids in order of first use (the "terms in this article" list). */
  termOrder: string[];
}

function ownInlines(block: Block): Inline[][] {
  const items = (list: ListItem[]): Inline[][] => list.flatMap((i) => [i.content, ...(i.list ? items(i.list.items) : [])]);
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.content];
    case 'list':
      return items(block.items);
    case 'callout':
      return block.title ? [block.title] : [];
    case 'faq':
      return [block.question];
    case 'figure':
      return block.caption ? [block.caption] : [];
    case 'table':
      return [block.caption, ...block.rows.flatMap((r) => r.cells.map((c) => c.content))];
    case 'registryEmbed':
      return block.title ? [block.title] : [];
    default:
      return [];
  }
}

function childBlocks(block: Block): Block[] {
  switch (block.type) {
    case 'callout':
    case 'faq':
    case 'easyRead':
      return block.blocks;
    case 'region':
      return block.blocks;
    default:
      return [];
  }
}

export function buildContext(doc: PublishedDocument, labels: RenderLabels, glossaryPath: string): RenderContext {
  const ctx: RenderContext = {
    locale: doc.locale,
    glossaryPath,
    labels,
    references: new Map(doc.references.map((r) => [r.id, r])),
    terms: new Map(doc.glossary.map((g) => [g.id, g])),
    media: new Map(doc.media.map((m) => [m.id, m])),
    firstAbbr: new WeakSet(),
    citeAnchor: new WeakMap(),
    firstCiteOf: new Map(),
    termOrder: [],
  };
  const seenAbbr = new Set<string>();
  let cites = 0;
  const visitInline = (nodes: readonly Inline[]) => {
    for (const n of nodes) {
      if (n.type === 'text') continue;
      if (n.type === 'cite') {
        const anchor = `cite-${++cites}`;
        ctx.citeAnchor.set(n, anchor);
        for (const id of n.citationIds) if (!ctx.firstCiteOf.has(id)) ctx.firstCiteOf.set(id, anchor);
        continue;
      }
      if (n.type === 'abbr') {
        const key = `${n.title}\u0000${n.children.map((c) => (c.type === 'text' ? c.text : '')).join('')}`;
        if (!seenAbbr.has(key)) {
          seenAbbr.add(key);
          ctx.firstAbbr.add(n);
        }
      }
      if (n.type === 'term' && ctx.terms.has(n.termId) && !ctx.termOrder.includes(n.termId)) ctx.termOrder.push(n.termId);
      visitInline(n.children);
    }
  };
  const visitBlocks = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      for (const content of ownInlines(b)) visitInline(content);
      visitBlocks(childBlocks(b));
    }
  };
  visitBlocks(asBlocks(doc.blocks));
  return ctx;
}

/** The API returns blocks as JSON validated on save; this is the one place the type is asserted. */
export function asBlocks(json: unknown): Block[] {
  return Array.isArray(json) ? (json as Block[]) : [];
}

/** Optional locale marker a block or node carries when shown from a fallback locale. */
export function foreignLang(node: object, pageLocale: string): string | undefined {
  const lang = (node as { locale?: unknown }).locale;
  return typeof lang === 'string' && lang !== pageLocale ? lang : undefined;
}

export function dirOf(lang: string): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb)(-|$)/i.test(lang) ? 'rtl' : 'ltr';
}
