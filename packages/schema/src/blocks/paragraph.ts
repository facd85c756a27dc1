import { z } from '../zod';
import { blockId, inlineField, richText, type BlockKind } from './kind';

export const paragraphSchema = z
  .object({ id: blockId, type: z.literal('paragraph'), content: richText.min(1, 'a paragraph needs text') })
  .strict();

export const paragraph: BlockKind<z.output<typeof paragraphSchema>> = {
  idPrefix: 'p',
  children: [],
  fields: (b) => inlineField('content', 'prose', b.content),
};
