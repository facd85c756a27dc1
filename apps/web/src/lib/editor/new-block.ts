import type { Block, BlockType } from '@careleaf/schema/content';
import { fieldError, readInline, type Fields, type InlineEnv } from './fields';
import { parseListText } from './blocks/list';
import { freshId } from './tree';

/** Kinds the "add block" select offers, in its order (kinds added later at the end, so keyboard users keep their way): every kind, as the registry test checks. */
export const NEW_KINDS = [
  'paragraph',
  'heading',
  'list',
  'callout',
  'table',
  'figure',
  'region',
  'registryEmbed',
  'citations',
  'faq',
  'easyRead',
  'emergency',
] as const satisfies readonly BlockType[];
export type NewKind = (typeof NEW_KINDS)[number];

const PREFIX: Record<BlockType, string> = {
  paragraph: 'p',
  heading: 'h',
  list: 'l',
  callout: 'c',
  emergency: 'em',
  faq: 'q',
  table: 't',
  figure: 'f',
  region: 'r',
  registryEmbed: 'e',
  citations: 's',
  easyRead: 'er',
};

export interface NewBlockEnv extends InlineEnv {
  random: () => string;
  /** The tenant's images, newest first (a new figure shows the newest). */
  mediaIds: readonly string[];
  /** The tenant's region codes (a new region block is for the first). */
  regions: readonly string[];
}

/**
 * A new block of `kind` from the add form: `new-text` gives its text
 * (a list: one item per line; a table: its caption; a registry embed: its
 * title; a question and answer: both, the editor then rewrites the answer), `cite-id` the source of a new list of sources. Everything else
 * starts with a sensible default the editor then changes in place.
 */
export function newBlock(kind: NewKind, fields: Fields, env: NewBlockEnv, existing: readonly Block[]): Block {
  const taken = new Set<string>();
  const id = (k: NewKind) => freshId(existing, PREFIX[k], env.random, taken);
  const text = () => {
    const nodes = readInline(fields, 'new-text', undefined, env);
    if (!nodes.length) throw fieldError('new-text', 'newTextMissing');
    return nodes;
  };
  const paragraph = (): Block => ({ id: id('paragraph'), type: 'paragraph', content: text() });
  switch (kind) {
    case 'paragraph':
      return paragraph();
    case 'heading':
      return { id: id('heading'), type: 'heading', level: 2, content: text() };
    case 'list': {
      const value = fields.get('new-text') ?? '';
      if (!value) throw fieldError('new-text', 'newTextMissing');
      return { id: id('list'), type: 'list', ordered: false, items: parseListText(value, 'new-text', env, false) };
    }
    case 'callout':
      return { id: id('callout'), type: 'callout', variant: 'info', blocks: [paragraph()] };
    case 'emergency':
      return { id: id('emergency'), type: 'emergency', content: text() };
    case 'faq':
      return { id: id('faq'), type: 'faq', question: text(), blocks: [{ id: id('paragraph'), type: 'paragraph', content: text() }] };
    case 'easyRead':
      return { id: id('easyRead'), type: 'easyRead', blocks: [paragraph()] };
    case 'table': {
      const caption = text();
      const cell = (header: boolean) => (header ? { content: [], header: true, scope: 'col' as const } : { content: [] });
      return {
        id: id('table'),
        type: 'table',
        caption,
        rows: [{ cells: [cell(true), cell(true)] }, { cells: [cell(false), cell(false)] }],
      };
    }
    case 'figure': {
      const mediaId = env.mediaIds[0];
      if (!mediaId) throw fieldError('new-kind', 'noMedia');
      return { id: id('figure'), type: 'figure', mediaId, decorative: false, alt: '' };
    }
    case 'region': {
      const region = env.regions[0];
      if (!region) throw fieldError('new-kind', 'regionsMissing');
      return { id: id('region'), type: 'region', mode: 'include', regions: [region], blocks: [paragraph()] };
    }
    case 'registryEmbed': {
      const title = readInline(fields, 'new-text', undefined, env);
      return { id: id('registryEmbed'), type: 'registryEmbed', kind: 'counsellingService', ...(title.length ? { title } : {}) };
    }
    case 'citations': {
      const cite = fields.get('cite-id') ?? '';
      if (!/^[0-9a-f-]{36}$/i.test(cite)) throw fieldError('cite-id', 'citationsMissing');
      return { id: id('citations'), type: 'citations', citationIds: [cite.toLowerCase()] };
    }
  }
}
