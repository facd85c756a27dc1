import { z } from '../zod';
import { CONTENT_LIMITS as L } from '../limits';
import { blockId, type BlockKind } from './kind';

/** A standalone list of sources for the preceding section. */
export const citationsSchema = z
  .object({
    id: blockId,
    type: z.literal('citations'),
    citationIds: z.array(z.uuid('must be a citation id')).min(1).max(L.citationIdsPerBlock),
  })
  .strict();

export const citations: BlockKind<z.output<typeof citationsSchema>> = {
  idPrefix: 'c',
  children: [],
  fields: () => [],
  refs: (b) => b.citationIds.map((id, i) => ({ at: ['citationIds', i], kind: 'citation' as const, id })),
};
