import { z } from '../zod';
import { blockId, inlineField, richText, type BlockKind } from './kind';

/**
 * "Call 112 now": what to do at once when a symptom is an emergency. A kind
 * of its own rather than a callout variant: it holds one sentence (a `tel:`
 * link fits inline), never nested blocks, and the patient page gives it a
 * landmark of its own, so it carries none of the callout's title and body.
 */
export const emergencySchema = z
  .object({ id: blockId, type: z.literal('emergency'), content: richText.min(1, 'an emergency notice needs text') })
  .strict();

export const emergency: BlockKind<z.output<typeof emergencySchema>> = {
  idPrefix: 'em',
  children: [],
  fields: (b) => inlineField('content', 'prose', b.content),
};
