import { createHash } from 'node:crypto';
import { BLOCK_KINDS, type Block } from '@careleaf/schema';

/** A block before it has its id. */
export type NewBlock = Block extends infer B ? (B extends Block ? Omit<B, 'id'> : never) : never;

/** "Nebenwirkungen der Chemotherapie" → "nebenwirkungen-der-chemotherapie" (ASCII, at most 40 characters). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

const shortHash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 10);

/**
 * Block ids derived from the content, so importing the same article again gives
 * the same ids (and an edited article keeps the ids of unchanged blocks):
 * headings by their text ("h-nebenwirkungen"), other blocks by a hash of their
 * content ("p-3kX9_aQ2bZ"). A repeat gets "-2", "-3" ….
 */
export class BlockIds {
  private readonly used = new Set<string>();

  next(block: NewBlock, headingText?: string): string {
    const prefix = BLOCK_KINDS[block.type].idPrefix;
    const readable = headingText !== undefined ? slug(headingText) : '';
    const base = readable.length >= 2 ? `${prefix}-${readable}` : `${prefix}-${shortHash(block)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
