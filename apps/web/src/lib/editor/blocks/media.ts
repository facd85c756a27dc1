import type { Block } from '@careleaf/schema/content';
import { fieldError, readInline, type Fields, type InlineEnv } from '../fields';

type Figure = Extract<Block, { type: 'figure' }>;
type Citations = Extract<Block, { type: 'citations' }>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Figure: `media-<id>` (an image of the tenant), `alt-<id>`, checkbox `decorative-<id>`, optional `caption-<id>`. */
export function editFigure(block: Figure, fields: Fields, env: InlineEnv): Block {
  const id = block.id;
  if (!fields.has(`present-${id}`)) return block;
  const mediaId = fields.get(`media-${id}`) ?? block.mediaId;
  if (!UUID.test(mediaId)) throw fieldError(`media-${id}`, 'mediaMissing');
  const decorative = fields.has(`decorative-${id}`);
  const alt = (fields.get(`alt-${id}`) ?? block.alt).replace(/\s+/g, ' ');
  const caption = readInline(fields, `caption-${id}`, block.caption, env);
  const { caption: _c, ...rest } = block;
  return { ...rest, mediaId: mediaId.toLowerCase(), decorative, alt: decorative ? '' : alt, ...(caption.length ? { caption } : {}) };
}

/** A list of sources: the checked `citations-<id>` boxes, in the order shown. */
export function editCitations(block: Citations, fields: Fields): Block {
  if (!fields.has(`present-${block.id}`)) return block;
  const ids = fields.all(`citations-${block.id}`).filter((v) => UUID.test(v));
  if (!ids.length) throw fieldError(`citations-${block.id}`, 'citationsMissing');
  return { ...block, citationIds: [...new Set(ids.map((v) => v.toLowerCase()))] };
}
