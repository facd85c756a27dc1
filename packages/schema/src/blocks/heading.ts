import { z } from '../zod';
import { blockId, inlineField, richText, type BlockKind } from './kind';

export const headingSchema = z
  .object({
    id: blockId,
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    content: richText.min(1, 'a heading needs text'),
  })
  .strict();

export const heading: BlockKind<z.output<typeof headingSchema>> = {
  idPrefix: 'h',
  children: [],
  fields: (b) => inlineField('content', 'heading', b.content),
};
