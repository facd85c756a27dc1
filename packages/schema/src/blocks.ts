import { z } from 'zod';
import { CALLOUT_VARIANTS, REGISTRY_KINDS } from './constants';
import { CONTENT_LIMITS as L } from './limits';
import { richText, inlineText, type Inline } from './inline';

/** Stable across edits and translations: translations align to the source by block id. */
export const blockId = z.string().regex(/^[A-Za-z0-9_-]{2,64}$/, 'must be 2–64 letters, digits, "-" or "_"');

export { CALLOUT_VARIANTS, REGISTRY_KINDS };

export interface ListItem {
  content: Inline[];
  /** A nested list under this item. */
  list?: { ordered: boolean; items: ListItem[] };
}

export interface TableCell {
  content: Inline[];
  header?: boolean;
  /** For header cells: what they label. */
  scope?: 'col' | 'row';
}

export type Block =
  | { id: string; type: 'heading'; level: 2 | 3 | 4; content: Inline[] }
  | { id: string; type: 'paragraph'; content: Inline[] }
  | { id: string; type: 'list'; ordered: boolean; items: ListItem[] }
  | { id: string; type: 'callout'; variant: (typeof CALLOUT_VARIANTS)[number]; title?: Inline[]; blocks: Block[] }
  | { id: string; type: 'faq'; question: Inline[]; blocks: Block[] }
  | { id: string; type: 'figure'; mediaId: string; decorative: boolean; alt: string; caption?: Inline[] }
  | { id: string; type: 'table'; caption: Inline[]; rows: { cells: TableCell[] }[] }
  /** A standalone list of sources for the preceding section. */
  | { id: string; type: 'citations'; citationIds: string[] }
  /** Shown only to readers in `regions` (mode include) or everywhere else (exclude); `fallback` for the rest. */
  | { id: string; type: 'region'; mode: 'include' | 'exclude'; regions: string[]; blocks: Block[]; fallback?: Block[] }
  /** A live list from a registry, filtered by the reader's region at read time. */
  | {
      id: string;
      type: 'registryEmbed';
      kind: (typeof REGISTRY_KINDS)[number];
      title?: Inline[];
      filter?: { condition?: string; tags?: string[] };
    }
  /** The same section in easy-to-read language. */
  | { id: string; type: 'easyRead'; blocks: Block[] };

const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z
    .object({
      content: richText.min(1, 'a list item needs text'),
      list: z
        .object({ ordered: z.boolean(), items: z.array(listItem).min(1).max(L.listItems, `a list has at most ${L.listItems} items`) })
        .strict()
        .optional(),
    })
    .strict(),
);

const cell = z
  .object({ content: richText, header: z.boolean().optional(), scope: z.enum(['col', 'row']).optional() })
  .strict()
  .refine((c) => !c.scope || c.header, { message: 'only header cells take a scope', path: ['scope'] });

const nested = () =>
  z.array(z.lazy((): z.ZodType<Block> => blockSchema)).max(L.nestedBlocks, `at most ${L.nestedBlocks} blocks can be nested here`);

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z
      .object({
        id: blockId,
        type: z.literal('heading'),
        level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
        content: richText.min(1, 'a heading needs text'),
      })
      .strict(),
    z.object({ id: blockId, type: z.literal('paragraph'), content: richText.min(1, 'a paragraph needs text') }).strict(),
    z
      .object({
        id: blockId,
        type: z.literal('list'),
        ordered: z.boolean(),
        items: z.array(listItem).min(1, 'a list needs items').max(L.listItems, `a list has at most ${L.listItems} items`),
      })
      .strict(),
    z
      .object({
        id: blockId,
        type: z.literal('callout'),
        variant: z.enum(CALLOUT_VARIANTS),
        title: richText.optional(),
        blocks: nested().min(1, 'a callout needs content'),
      })
      .strict(),
    z
      .object({
        id: blockId,
        type: z.literal('faq'),
        question: richText.min(1, 'a question needs text'),
        blocks: nested().min(1, 'a question needs an answer'),
      })
      .strict(),
    z
      .object({
        id: blockId,
        type: z.literal('figure'),
        mediaId: z.uuid('must be a media id'),
        decorative: z.boolean(),
        alt: z.string().max(L.altChars),
        caption: richText.optional(),
      })
      .strict(),
    z
      .object({
        id: blockId,
        type: z.literal('table'),
        caption: richText.min(1, 'a table needs a caption'),
        rows: z
          .array(z.object({ cells: z.array(cell).min(1).max(L.tableCols, `a table row has at most ${L.tableCols} cells`) }).strict())
          .min(1, 'a table needs rows')
          .max(L.tableRows, `a table has at most ${L.tableRows} rows`),
      })
      .strict()
      .refine((t) => t.rows.some((r) => r.cells.some((c) => c.header)), { message: 'a table needs header cells', path: ['rows'] }),
    z
      .object({
        id: blockId,
        type: z.literal('citations'),
        citationIds: z.array(z.uuid('must be a citation id')).min(1).max(L.citationIdsPerBlock),
      })
      .strict(),
    z
      .object({
        id: blockId,
        type: z.literal('region'),
        mode: z.enum(['include', 'exclude']),
        regions: z
          .array(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code such as "DE" or "DE-BY"'))
          .min(1)
          .max(L.regionsPerBlock),
        blocks: nested().min(1),
        fallback: nested().optional(),
      })
      .strict(),
    z
      .object({
        id: blockId,
        type: z.literal('registryEmbed'),
        kind: z.enum(REGISTRY_KINDS),
        title: richText.optional(),
        filter: z
          .object({ condition: z.string().max(200).optional(), tags: z.array(z.string().max(100)).max(20).optional() })
          .strict()
          .optional(),
      })
      .strict(),
    z.object({ id: blockId, type: z.literal('easyRead'), blocks: nested().min(1) }).strict(),
  ]),
);

/** Blocks nested inside `block` (callout, FAQ answer, region, easy-read), not counting list items or cells. */
export function childBlocks(block: Block): Block[] {
  switch (block.type) {
    case 'callout':
    case 'faq':
    case 'easyRead':
      return block.blocks;
    case 'region':
      return [...block.blocks, ...(block.fallback ?? [])];
    default:
      return [];
  }
}

/** Every block in document order, depth first. */
export function* walkBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const b of blocks) {
    yield b;
    yield* walkBlocks(childBlocks(b));
  }
}

/** Plain text of one block's own content (not its nested blocks). */
export function blockText(block: Block): string {
  const items = (list: ListItem[]): string => list.map((i) => `${inlineText(i.content)}\n${i.list ? items(i.list.items) : ''}`).join('');
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.content);
    case 'list':
      return items(block.items);
    case 'callout':
      return block.title ? inlineText(block.title) : '';
    case 'faq':
      return inlineText(block.question);
    case 'figure':
      return [block.alt, block.caption ? inlineText(block.caption) : ''].filter(Boolean).join('\n');
    case 'table':
      return [inlineText(block.caption), ...block.rows.map((r) => r.cells.map((c) => inlineText(c.content)).join('\t'))].join('\n');
    case 'registryEmbed':
      return block.title ? inlineText(block.title) : '';
    default:
      return '';
  }
}
