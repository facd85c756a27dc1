import type { Block } from '@careleaf/schema/content';
import { fieldError, type Fields } from '../fields';

type Region = Extract<Block, { type: 'region' }>;

const CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

/** Region block: `mode-<id>` (include or exclude) and the checked `regions-<id>` boxes; its blocks are edited as blocks. */
export function editRegion(block: Region, fields: Fields): Block {
  const id = block.id;
  if (!fields.has(`present-${id}`)) return block;
  const mode = fields.get(`mode-${id}`) ?? block.mode;
  if (mode !== 'include' && mode !== 'exclude') throw fieldError(`mode-${id}`, 'badChoice');
  const regions = [...new Set(fields.all(`regions-${id}`).map((r) => r.toUpperCase()))];
  if (!regions.length) throw fieldError(`regions-${id}`, 'regionsMissing');
  if (regions.some((r) => !CODE.test(r))) throw fieldError(`regions-${id}`, 'unknownRegion');
  return { ...block, mode, regions };
}
