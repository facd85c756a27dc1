import { blockInlines, childLists } from '@careleaf/schema/blocks';
import type { Block, CalloutVariant, Inline } from '@careleaf/schema/content';
import type { PublishedDocument } from '../../lib/documents';
import type en from '../../../messages/en.json';

type ArticleMessages = (typeof en)['Article'];

/** Labels the renderer needs, already translated for the page locale. */
export interface RenderLabels {
  callout: Record<CalloutVariant, string>;
  /**
   * Visible labels and accessible names of the kinds that show one (those
   * rendered as a named region): `Article.kind.<kind>` in the catalogs, so a
   * new labelled kind needs only its catalog entries.
   */
  kind: ArticleMessages['kind'];
  citation: (numbers: string) => string;
  backToText: string;
  glossaryLink: string;
  /** Under a registry embed without entries for the reader's region. */
  registryEmpty: string;
  /** Link from a registry embed to the whole list. */
  registryAll: string;
}

export type Dir = 'ltr' | 'rtl';
export type RegistryList = PublishedDocument['registryLists'][number];

/**
 * Everything inline nodes need to render, computed once in document order
 * before rendering, so the output never depends on render order: which
 * abbreviation is the first use, the anchor of every citation point, and the
 * first citation point of each reference (the reference list links back to it).
 */
export interface RenderContext {
  /** The language of the text being rendered: the page's, or that of a block shown from a fallback locale. */
  locale: string;
  dir: Dir;
  /** The reader's language: the page's. */
  pageLocale: string;
  pageDir: Dir;
  /** The labels' language: the page's, or the catalog the UI falls back to (i18n/catalogs.ts `uiLanguageFor`). */
  uiLocale: string;
  uiDir: Dir;
  /** The locale each block (nested ones too) came from, by block id (from the API). */
  blockLocales: Map<string, { locale: string; dir: Dir }>;
  /** The entries of each registry embed, by block id. */
  registryLists: Map<string, RegistryList>;
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

/** Nested blocks the reader sees: a region's fallback is resolved away by the API, so it is not visited. */
function shownChildren(block: Block): Block[] {
  return childLists(block).flatMap((c) => (c.branch === 'fallback' ? [] : c.blocks));
}

export function buildContext(
  doc: PublishedDocument,
  labels: RenderLabels,
  glossaryPath: string,
  pageDir: Dir,
  ui: { tag: string; dir: Dir } = { tag: doc.requestedLocale, dir: pageDir },
): RenderContext {
  const ctx: RenderContext = {
    locale: doc.requestedLocale,
    dir: pageDir,
    pageLocale: doc.requestedLocale,
    pageDir,
    uiLocale: ui.tag,
    uiDir: ui.dir,
    blockLocales: new Map(doc.blockLocales.map((b) => [b.blockId, { locale: b.locale, dir: b.dir === 'rtl' ? 'rtl' : 'ltr' }])),
    registryLists: new Map(doc.registryLists.map((l) => [l.blockId, l])),
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
      for (const content of blockInlines(b)) visitInline(content);
      visitBlocks(shownChildren(b));
    }
  };
  visitBlocks(asBlocks(doc.blocks));
  return ctx;
}

/** The API returns blocks as JSON validated on save; this is the one place the type is asserted. */
export function asBlocks(json: unknown): Block[] {
  return Array.isArray(json) ? (json as Block[]) : [];
}

/** Optional locale marker a block or node carries when shown from a fallback locale (older API answers, inline nodes). */
export function foreignLang(node: object, pageLocale: string): string | undefined {
  const lang = (node as { locale?: unknown }).locale;
  return typeof lang === 'string' && lang !== pageLocale ? lang : undefined;
}

export function dirOf(lang: string): Dir {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb)(-|$)/i.test(lang) ? 'rtl' : 'ltr';
}

export interface LangAttrs {
  lang?: string;
  dir?: Dir;
}

/**
 * The language a block is shown in (blockLocales, else a `locale` on the
 * block) and, where it differs from the text around it, the lang/dir the
 * block's element needs plus the context to render its content with. Nested
 * blocks compare with their parent, so a block back in the page language
 * inside a fallback block gets its lang back too.
 */
export function blockLanguage(block: Block, ctx: RenderContext): { attrs: LangAttrs; inner: RenderContext } {
  const known = ctx.blockLocales.get(block.id);
  const locale = known?.locale ?? foreignLang(block, ctx.locale) ?? ctx.locale;
  if (locale === ctx.locale) return { attrs: {}, inner: ctx };
  const dir = known?.dir ?? dirOf(locale);
  return { attrs: { lang: locale, dir: dir !== ctx.dir ? dir : undefined }, inner: { ...ctx, locale, dir } };
}

/** lang/dir for a label (UI language) placed inside text in another language (none when they match). */
export function uiLang(ctx: RenderContext): LangAttrs {
  if (ctx.locale === ctx.uiLocale) return {};
  return { lang: ctx.uiLocale, dir: ctx.uiDir !== ctx.dir ? ctx.uiDir : undefined };
}
