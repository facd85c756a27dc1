import { blockInlines, blockRefs, childLists, setAt, walkBlocks, type Block, type DocumentContent, type Inline } from '@careleaf/schema';
import type { FormattedReference, GlossaryEntry, MediaEntry } from './references';
import type { QualityMetadata } from './quality';
import type { DocumentKind } from './document.entity';

/** One published translation, ready to render: stored once at publish time, read many times. */
export interface PublishedSnapshot {
  v: 1;
  documentId: string;
  kind: DocumentKind;
  locale: string;
  dir: 'ltr' | 'rtl';
  slug: string;
  title: string;
  summary: string;
  topics: string[];
  blocks: Block[];
  references: Record<string, FormattedReference>;
  glossary: Record<string, GlossaryEntry>;
  media: Record<string, MediaEntry>;
  quality: QualityMetadata & { publisher: string; firstPublished: string; lastUpdated: string };
  revisionId: string;
  publishedAt: string;
  /**
   * Translations only: ids of blocks still holding the source text (not yet
   * translated), so readers fall back past them along the locale chain.
   */
  untranslated?: string[];
}

export interface ReferenceIds {
  citationIds: string[];
  termIds: string[];
  mediaIds: string[];
}

function inlineIds(nodes: readonly Inline[], out: ReferenceIds): void {
  for (const n of nodes) {
    if (n.type === 'cite') out.citationIds.push(...n.citationIds);
    else if (n.type !== 'text') {
      if (n.type === 'term') out.termIds.push(n.termId);
      inlineIds(n.children, out);
    }
  }
}

/** Citation, term and media ids in document order of first appearance. */
export function referencedIds(content: DocumentContent): ReferenceIds {
  const out: ReferenceIds = { citationIds: [], termIds: [], mediaIds: [] };
  for (const block of walkBlocks(content.blocks)) {
    for (const inl of blockInlines(block)) inlineIds(inl, out);
    for (const ref of blockRefs(block)) (ref.kind === 'citation' ? out.citationIds : out.mediaIds).push(ref.id);
  }
  const unique = (xs: string[]) => [...new Set(xs)];
  return { citationIds: unique(out.citationIds), termIds: unique(out.termIds), mediaIds: unique(out.mediaIds) };
}

/** Region blocks replaced by what a reader in `region` sees. */
export function forRegion(blocks: readonly Block[], region: string | null): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'region') {
      const listed = region !== null && block.regions.some((r) => r === region || (r.length === 2 && region.startsWith(`${r}-`)));
      const shown = block.mode === 'include' ? listed : !listed;
      out.push(...forRegion(shown ? block.blocks : (block.fallback ?? []), region));
      continue;
    }
    out.push(childLists(block).reduce<Block>((b, list) => setAt(b, [list.key], forRegion(list.blocks, region)), block));
  }
  return out;
}

/** Numbers citations in order of first appearance in what this reader sees. */
export function numberCitations(blocks: readonly Block[]): string[] {
  return referencedIds({ title: '', summary: '', blocks: [...blocks] }).citationIds;
}
