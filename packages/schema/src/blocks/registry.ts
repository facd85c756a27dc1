import { z } from '../zod';
import { callout, calloutSchema } from './callout';
import { citations, citationsSchema } from './citations';
import { easyRead, easyReadSchema } from './easy-read';
import { emergency, emergencySchema } from './emergency';
import { faq, faqSchema } from './faq';
import { figure, figureSchema } from './figure';
import { heading, headingSchema } from './heading';
import { blockSchemaRef, type BlockKind } from './kind';
import { list, listSchema } from './list';
import { paragraph, paragraphSchema } from './paragraph';
import { region, regionSchema, type RegionBlock } from './region';
import { registryEmbed, registryEmbedSchema } from './registry-embed';
import { table, tableSchema } from './table';

/**
 * Every block kind, one entry each: its schema here and what the walkers
 * need in BLOCK_KINDS. This object is the list of kinds: `BlockType` and
 * `BLOCK_TYPES` are its keys, so a new kind is its file plus one line here and
 * one in BLOCK_KINDS (the compiler asks for the second).
 */
const INFERRED_SCHEMAS = {
  heading: headingSchema,
  paragraph: paragraphSchema,
  list: listSchema,
  callout: calloutSchema,
  faq: faqSchema,
  figure: figureSchema,
  table: tableSchema,
  citations: citationsSchema,
  registryEmbed: registryEmbedSchema,
  easyRead: easyReadSchema,
  emergency: emergencySchema,
} satisfies Record<string, z.ZodType>;

export const BLOCK_SCHEMAS = { ...INFERRED_SCHEMAS, region: regionSchema };

/** The name of a block kind. */
export type BlockType = keyof typeof BLOCK_SCHEMAS;

/** Every block kind, in the registry's order. */
export const BLOCK_TYPES = Object.keys(BLOCK_SCHEMAS) as readonly BlockType[];

/** A block of any kind: the union of what each kind's schema accepts. */
export type Block =
  { [K in keyof typeof INFERRED_SCHEMAS]: z.output<(typeof INFERRED_SCHEMAS)[K]> }[keyof typeof INFERRED_SCHEMAS] | RegionBlock;

/** The schema of a list of nested blocks. */
/** Schemas of nested block lists, named here beside Block so the compiler resolves the cycle lazily. */
export type Nested = z.ZodArray<z.ZodType<Block>>;
export type OptionalNested = z.ZodOptional<z.ZodArray<z.ZodLazy<z.ZodType<Block>>>>;

/** The block of one kind. */
export type BlockOf<K extends BlockType> = Extract<Block, { type: K }>;

export const BLOCK_KINDS: { readonly [K in BlockType]: BlockKind<BlockOf<K>> } = {
  heading,
  paragraph,
  list,
  callout,
  faq,
  figure,
  table,
  citations,
  region,
  registryEmbed,
  easyRead,
  emergency,
};

// The union's members, one per kind (the compiler checks each against Block).
export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    BLOCK_SCHEMAS.heading,
    BLOCK_SCHEMAS.paragraph,
    BLOCK_SCHEMAS.list,
    BLOCK_SCHEMAS.callout,
    BLOCK_SCHEMAS.faq,
    BLOCK_SCHEMAS.figure,
    BLOCK_SCHEMAS.table,
    BLOCK_SCHEMAS.citations,
    BLOCK_SCHEMAS.region,
    BLOCK_SCHEMAS.registryEmbed,
    BLOCK_SCHEMAS.easyRead,
    BLOCK_SCHEMAS.emergency,
  ]),
);
blockSchemaRef.current = blockSchema;

/** The registry entry of a block's kind (the one place a block is matched to its kind). */
export function kindOf<B extends Block>(block: B): BlockKind<B> {
  // Indexing a mapped type by a union loses the link between key and value; the entry for block.type is BlockKind<block>.
  return BLOCK_KINDS[block.type] as BlockKind<Block> as BlockKind<B>;
}
