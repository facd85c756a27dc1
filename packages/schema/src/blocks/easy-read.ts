import { z } from '../zod';
import { blockId, nested, type BlockKind, type Nested } from './kind';

const own = { id: blockId, type: z.literal('easyRead') };

/** The same section in easy-to-read language. */
export const easyReadSchema: z.ZodObject<typeof own & { blocks: Nested }, z.core.$strict> = z
  .object({ ...own, blocks: nested().min(1) })
  .strict();

export const easyRead: BlockKind<z.output<typeof easyReadSchema>> = {
  idPrefix: 'er',
  children: [{ key: 'blocks', branch: 'easyRead' }],
  fields: () => [],
};
