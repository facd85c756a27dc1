import { z } from '../zod';
import { CONTENT_LIMITS as L } from '../limits';
import type { Block } from './registry';
import { blockId, nested, optionalNested, type BlockKind, type Nested, type OptionalNested } from './kind';

const own = {
  id: blockId,
  type: z.literal('region'),
  mode: z.enum(['include', 'exclude']),
  regions: z
    .array(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code such as "DE" or "DE-BY"'))
    .min(1)
    .max(L.regionsPerBlock),
};

/**
 * The one kind whose type is not inferred whole: an optional list of nested
 * blocks (`fallback`) makes the compiler see a cycle, so the two nested keys
 * are declared here and the schema is checked against them.
 */
export interface RegionBlock extends z.output<z.ZodObject<typeof own>> {
  blocks: Block[];
  fallback?: Block[];
}

/** Shown only to readers in `regions` (mode include) or everywhere else (exclude); `fallback` for the rest. */
export const regionSchema: z.ZodObject<typeof own & { blocks: Nested; fallback: OptionalNested }, z.core.$strict> = z
  .object({ ...own, blocks: nested().min(1), fallback: optionalNested() })
  .strict();

export const region: BlockKind<RegionBlock> = {
  idPrefix: 'r',
  children: [{ key: 'blocks' }, { key: 'fallback', branch: 'fallback' }],
  fields: () => [],
};
