import { z } from '../zod';
import { REGISTRY_KINDS } from '../constants';
import { blockId, inlineField, richText, type BlockKind } from './kind';

/** A live list from a registry, filtered by the reader's region at read time. */
export const registryEmbedSchema = z
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
  .strict();

export const registryEmbed: BlockKind<z.output<typeof registryEmbedSchema>> = {
  idPrefix: 'e',
  children: [],
  fields: (b) => inlineField('title', 'title', b.title),
};
