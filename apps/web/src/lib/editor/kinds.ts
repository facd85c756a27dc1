import type { Block, BlockOf, BlockType, Inline } from '@careleaf/schema/content';
import { editCallout, editEmbed } from './blocks/callout';
import { editList, parseListText } from './blocks/list';
import { editCitations, editFigure } from './blocks/media';
import { editRegion } from './blocks/region';
import { editTable } from './blocks/table';
import { editContent, editFaq, editHeading, type ContentBlock } from './blocks/text';
import { tableOpFor, type EditOp } from './edit-op';
import { fieldError, readInline, type Fields, type InlineEnv } from './fields';
import { freshId } from './tree';

/**
 * The editor's one entry per block kind: how a new one starts, how the form
 * changes it, and which field set shows its own content. Browser-safe (the
 * checks panel runs `edit` while the editor types); the field sets are server
 * components, named here and rendered by components/editor/BlockFields.tsx.
 * The key order is the order of "Add a block" (new kinds at the end, so
 * keyboard users keep their way).
 */

export interface NewBlockEnv extends InlineEnv {
  random: () => string;
  /** The tenant's images, newest first (a new figure shows the newest). */
  mediaIds: readonly string[];
  /** The tenant's region codes (a new region block is for the first). */
  regions: readonly string[];
}

/** What a kind's `create` gets from the add form. */
export interface NewBlockTools {
  /** A fresh id for a block of `kind` (a new container's starting children need their own). */
  id(kind: BlockType): string;
  /** The form's `new-text` as inline nodes; refuses an empty one. */
  text(): Inline[];
  /** A paragraph of `new-text`, the usual first child of a container. */
  paragraph(): Block;
  fields: Fields;
  env: NewBlockEnv;
}

/** What each field set of BlockFields.tsx edits; a kind may use a set its blocks fit. */
export interface FieldSetBlocks {
  /** One `content` field (`text-<id>`). */
  text: ContentBlock;
  heading: BlockOf<'heading'>;
  faq: BlockOf<'faq'>;
  list: BlockOf<'list'>;
  callout: BlockOf<'callout'>;
  embed: BlockOf<'registryEmbed'>;
  table: BlockOf<'table'>;
  figure: BlockOf<'figure'>;
  citations: BlockOf<'citations'>;
  region: BlockOf<'region'>;
}
export type FieldSetName = keyof FieldSetBlocks;

/** The field sets a block of kind K fits: the compiler refuses a set that cannot show it. */
export type FieldSetFor<K extends BlockType> = { [N in FieldSetName]: BlockOf<K> extends FieldSetBlocks[N] ? N : never }[FieldSetName];

export interface EditorKind<K extends BlockType> {
  /** Start of the ids of blocks the editor adds ("p-…"). */
  prefix: string;
  /** The field set of its own content; null when it has only nested blocks. */
  fields: FieldSetFor<K> | null;
  /** Rows of its main text area (text field set). */
  rows?: number;
  create(tools: NewBlockTools): BlockOf<K>;
  edit(block: BlockOf<K>, fields: Fields, env: NewBlockEnv, op: EditOp): Block;
}

export const EDITOR_KINDS: { [K in BlockType]: EditorKind<K> } = {
  paragraph: {
    prefix: 'p',
    fields: 'text',
    create: ({ id, text }) => ({ id: id('paragraph'), type: 'paragraph', content: text() }),
    edit: (b, fields, env) => editContent(b, fields, env),
  },
  heading: {
    prefix: 'h',
    fields: 'heading',
    create: ({ id, text }) => ({ id: id('heading'), type: 'heading', level: 2, content: text() }),
    edit: (b, fields, env) => editHeading(b, fields, env),
  },
  list: {
    prefix: 'l',
    fields: 'list',
    create: ({ id, fields, env }) => {
      const value = fields.get('new-text') ?? '';
      if (!value) throw fieldError('new-text', 'newTextMissing');
      return { id: id('list'), type: 'list', ordered: false, items: parseListText(value, 'new-text', env, false) };
    },
    edit: (b, fields, env) => editList(b, fields, env),
  },
  callout: {
    prefix: 'c',
    fields: 'callout',
    create: ({ id, paragraph }) => ({ id: id('callout'), type: 'callout', variant: 'info', blocks: [paragraph()] }),
    edit: (b, fields, env) => editCallout(b, fields, env),
  },
  table: {
    prefix: 't',
    fields: 'table',
    create: ({ id, text }) => {
      const caption = text();
      const cell = (header: boolean) => (header ? { content: [], header: true, scope: 'col' as const } : { content: [] });
      return {
        id: id('table'),
        type: 'table',
        caption,
        rows: [{ cells: [cell(true), cell(true)] }, { cells: [cell(false), cell(false)] }],
      };
    },
    edit: (b, fields, env, op) => editTable(b, fields, env, tableOpFor(op, b.id)),
  },
  figure: {
    prefix: 'f',
    fields: 'figure',
    create: ({ id, env }) => {
      const mediaId = env.mediaIds[0];
      if (!mediaId) throw fieldError('new-kind', 'noMedia');
      return { id: id('figure'), type: 'figure', mediaId, decorative: false, alt: '' };
    },
    edit: (b, fields, env) => editFigure(b, fields, env),
  },
  region: {
    prefix: 'r',
    fields: 'region',
    create: ({ id, env, paragraph }) => {
      const region = env.regions[0];
      if (!region) throw fieldError('new-kind', 'regionsMissing');
      return { id: id('region'), type: 'region', mode: 'include', regions: [region], blocks: [paragraph()] };
    },
    edit: (b, fields) => editRegion(b, fields),
  },
  registryEmbed: {
    prefix: 'e',
    fields: 'embed',
    create: ({ id, fields, env }) => {
      const title = readInline(fields, 'new-text', undefined, env);
      return { id: id('registryEmbed'), type: 'registryEmbed', kind: 'counsellingService', ...(title.length ? { title } : {}) };
    },
    edit: (b, fields, env) => editEmbed(b, fields, env),
  },
  citations: {
    prefix: 's',
    fields: 'citations',
    create: ({ id, fields }) => {
      const cite = fields.get('cite-id') ?? '';
      if (!/^[0-9a-f-]{36}$/i.test(cite)) throw fieldError('cite-id', 'citationsMissing');
      return { id: id('citations'), type: 'citations', citationIds: [cite.toLowerCase()] };
    },
    edit: (b, fields) => editCitations(b, fields),
  },
  faq: {
    prefix: 'q',
    fields: 'faq',
    // The answer starts as the question's text; the editor then rewrites it.
    create: ({ id, text }) => ({
      id: id('faq'),
      type: 'faq',
      question: text(),
      blocks: [{ id: id('paragraph'), type: 'paragraph', content: text() }],
    }),
    edit: (b, fields, env) => editFaq(b, fields, env),
  },
  easyRead: {
    prefix: 'er',
    fields: null,
    create: ({ id, paragraph }) => ({ id: id('easyRead'), type: 'easyRead', blocks: [paragraph()] }),
    edit: (b) => b,
  },
  emergency: {
    prefix: 'em',
    fields: 'text',
    rows: 2,
    create: ({ id, text }) => ({ id: id('emergency'), type: 'emergency', content: text() }),
    edit: (b, fields, env) => editContent(b, fields, env),
  },
};

/** Kinds "Add a block" offers, in its order: every kind. */
export const NEW_KINDS = Object.keys(EDITOR_KINDS) as readonly BlockType[];

export function isNewKind(value: string): value is BlockType {
  return Object.hasOwn(EDITOR_KINDS, value);
}

function entryOf<K extends BlockType>(kind: K): EditorKind<K> {
  return EDITOR_KINDS[kind];
}

/**
 * A new block of `kind` from the add form: `new-text` gives its text (a list:
 * one item per line; a table: its caption; a registry embed: its title; a
 * question and answer: both), `cite-id` the source of a new list of sources.
 * Everything else starts with a sensible default the editor then changes in place.
 */
export function newBlock(kind: BlockType, fields: Fields, env: NewBlockEnv, existing: readonly Block[]): Block {
  const taken = new Set<string>();
  const id = (k: BlockType) => freshId(existing, EDITOR_KINDS[k].prefix, env.random, taken);
  const text = () => {
    const nodes = readInline(fields, 'new-text', undefined, env);
    if (!nodes.length) throw fieldError('new-text', 'newTextMissing');
    return nodes;
  };
  const paragraph = (): Block => ({ id: id('paragraph'), type: 'paragraph', content: text() });
  return entryOf(kind).create({ id, text, paragraph, fields, env });
}

/** The block after the form's fields for its own content (nested blocks are edited as blocks of their own). */
export function editBlock<K extends BlockType>(block: BlockOf<K>, fields: Fields, env: NewBlockEnv, op: EditOp): Block {
  // Indexing the mapped type by a union loses the link between key and entry; the entry for block.type is EditorKind<K>.
  const entry = EDITOR_KINDS[block.type as K] as EditorKind<K>;
  return entry.edit(block, fields, env, op);
}
