import { walkBlocks, type Block } from '@careleaf/schema';
import type { Database } from '../../kernel/db/database';
import { forReader, type ReaderDocument } from './public-read';
import type { PublishedSnapshot } from './snapshot';
import { directionIn, type TenantView } from '../tenancy';
import { blocksById, nestedLists, ownContent, withOwn } from './block-fields';
import { publishedChainRows } from './published.queries';
export type FallbackKind = 'none' | 'partial' | 'full';

export interface ChainRead {
  sourceLocale: string;
  /** Published translations of the document: those of the chain that are needed carry their snapshot. */
  rows: { locale: string; slug: string; pos: number | null; snapshot: PublishedSnapshot | null }[];
}

export interface LocalizedReaderDocument extends ReaderDocument {
  requestedLocale: string;
  fallback: FallbackKind;
  blockLocales: { blockId: string; locale: string; dir: 'ltr' | 'rtl' }[];
}

/**
 * One statement, one round trip (careleaf_published_chain sets role and tenant
 * itself, see migrations/src/1764840000000-public-reads.ts): finds the document by its address in the earliest locale of
 * the chain that has it, and returns the snapshots of the chain down to the
 * one that gives the block structure (the source locale when it is in the
 * chain, else the first published one). Locales after that one are never
 * needed: it has every block.
 */
export async function publishedInChain(db: Database, tenantId: string, chain: readonly string[], slug: string): Promise<ChainRead | null> {
  const rows = await publishedChainRows(db, tenantId, chain, slug);
  if (!rows.length || !rows.some((r) => r.snapshot)) return null;
  return {
    sourceLocale: rows[0]!.source_locale,
    rows: rows.map(({ locale, slug: s, pos, snapshot }) => ({ locale, slug: s, pos, snapshot })),
  };
}

interface Layer {
  locale: string;
  snapshot: PublishedSnapshot;
  byId: Map<string, Block>;
  untranslated: Set<string>;
}

/**
 * Per block, the first locale of the chain that has it translated; the
 * structure (order and nesting) from the structure locale; title and summary
 * from the first published locale of the chain.
 */
export function mergeChain(read: ChainRead): { snapshot: PublishedSnapshot; locales: Map<string, string> } {
  const loaded = read.rows.filter((r) => r.snapshot && r.pos !== null).sort((a, b) => a.pos! - b.pos!);
  const layers: Layer[] = loaded.map((r) => ({
    locale: r.locale,
    snapshot: r.snapshot!,
    byId: blocksById(r.snapshot!.blocks),
    untranslated: new Set(r.snapshot!.untranslated ?? []),
  }));
  const primary = layers[0]!;
  const structure = layers.find((l) => l.locale === read.sourceLocale) ?? primary;
  const locales = new Map<string, string>();

  const resolveList = (blocks: readonly Block[]): Block[] => blocks.map(resolve);
  const resolve = (shape: Block): Block => {
    let chosen: Block = shape;
    let locale = structure.untranslated.has(shape.id) ? read.sourceLocale : structure.locale;
    for (const layer of layers) {
      const b = layer.byId.get(shape.id);
      if (b && b.type === shape.type && !layer.untranslated.has(shape.id)) {
        chosen = b;
        locale = layer.locale;
        break;
      }
    }
    locales.set(shape.id, locale);
    const children = new Map(nestedLists(shape).map((n) => [n.key, resolveList(n.blocks)] as const));
    return chosen === shape && children.size === 0 ? shape : withOwn(shape, ownContent(chosen), children);
  };

  // The common case (one locale with everything) needs no merging.
  if (layers.length === 1 && primary.untranslated.size === 0) {
    for (const b of walkBlocks(primary.snapshot.blocks)) locales.set(b.id, primary.locale);
    return { snapshot: primary.snapshot, locales };
  }
  const blocks = resolveList(structure.snapshot.blocks);
  const pick = <K extends 'references' | 'glossary' | 'media'>(key: K) =>
    Object.assign({}, ...[...layers].reverse().map((l) => l.snapshot[key])) as PublishedSnapshot[K];
  return {
    snapshot: { ...primary.snapshot, blocks, references: pick('references'), glossary: pick('glossary'), media: pick('media') },
    locales,
  };
}

/** The reader's view of a chain read: merged, region blocks resolved, and every block labelled with its locale. */
export function localizedForReader(
  read: ChainRead,
  tenant: Pick<TenantView, 'locales'>,
  requestedLocale: string,
  region: string | null,
): LocalizedReaderDocument {
  const { snapshot, locales } = mergeChain(read);
  const alternates = read.rows.map((r) => ({ locale: r.locale, slug: r.slug }));
  const { untranslated: _u, ...doc } = forReader(snapshot, region, alternates) as ReaderDocument & { untranslated?: string[] };
  const blockLocales = [...walkBlocks(doc.blocks)].map((b) => {
    const locale = locales.get(b.id) ?? snapshot.locale;
    return { blockId: b.id, locale, dir: directionIn(tenant, locale) };
  });
  const shown = [snapshot.locale, ...blockLocales.map((b) => b.locale)];
  const own = shown.filter((l) => l === requestedLocale).length;
  const fallback: FallbackKind = own === shown.length ? 'none' : own === 0 ? 'full' : 'partial';
  return { ...doc, requestedLocale, fallback, blockLocales };
}
