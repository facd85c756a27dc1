import { z } from '../zod';
import { blockId, inlineField, nested, richText, type BlockKind, type Nested } from './kind';

const own = { id: blockId, type: z.literal('faq'), question: richText.min(1, 'a question needs text') };

export const faqSchema: z.ZodObject<typeof own & { blocks: Nested }, z.core.$strict> = z
  .object({ ...own, blocks: nested().min(1, 'a question needs an answer') })
  .strict();

export const faq: BlockKind<z.output<typeof faqSchema>> = {
  idPrefix: 'q',
  children: [{ key: 'blocks' }],
  fields: (b) => inlineField('question', 'title', b.question),
};
