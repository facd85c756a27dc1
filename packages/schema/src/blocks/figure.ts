import { z } from '../zod';
import { CONTENT_LIMITS as L } from '../limits';
import { blockId, inlineField, richText, type BlockKind } from './kind';

export const figureSchema = z
  .object({
    id: blockId,
    type: z.literal('figure'),
    mediaId: z.uuid('must be a media id'),
    decorative: z.boolean(),
    alt: z.string().max(L.altChars),
    caption: richText.optional(),
  })
  .strict();

export const figure: BlockKind<z.output<typeof figureSchema>> = {
  idPrefix: 'f',
  children: [],
  fields: (b) => [
    ...(b.alt.trim() ? [{ key: 'alt', at: ['alt'], role: 'alt' as const, plain: true as const, value: b.alt }] : []),
    ...inlineField('caption', 'caption', b.caption),
  ],
  refs: (b) => [{ at: ['mediaId'], kind: 'media', id: b.mediaId }],
};
