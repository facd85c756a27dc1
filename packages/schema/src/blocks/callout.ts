import { z } from '../zod';
import { CALLOUT_VARIANTS } from '../constants';
import { blockId, inlineField, nested, richText, type BlockKind, type Nested } from './kind';

const own = { id: blockId, type: z.literal('callout'), variant: z.enum(CALLOUT_VARIANTS), title: richText.optional() };

export const calloutSchema: z.ZodObject<typeof own & { blocks: Nested }, z.core.$strict> = z
  .object({ ...own, blocks: nested().min(1, 'a callout needs content') })
  .strict();

export const callout: BlockKind<z.output<typeof calloutSchema>> = {
  idPrefix: 'co',
  children: [{ key: 'blocks' }],
  fields: (b) => inlineField('title', 'title', b.title),
};
