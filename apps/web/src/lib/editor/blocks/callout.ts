import { CALLOUT_VARIANTS, REGISTRY_KINDS, type Block } from '@careleaf/schema/content';
import { fieldError, readInline, type Fields, type InlineEnv } from '../fields';

type Callout = Extract<Block, { type: 'callout' }>;
type Embed = Extract<Block, { type: 'registryEmbed' }>;

function choice<T extends string>(fields: Fields, name: string, allowed: readonly T[], current: T): T {
  const v = fields.get(name);
  if (v === undefined) return current;
  if (!(allowed as readonly string[]).includes(v)) throw fieldError(name, 'badChoice');
  return v as T;
}

/** Callout: `variant-<id>` and an optional `title-<id>`; its body is blocks of its own. */
export function editCallout(block: Callout, fields: Fields, env: InlineEnv): Block {
  const variant = choice(fields, `variant-${block.id}`, CALLOUT_VARIANTS, block.variant);
  const title = readInline(fields, `title-${block.id}`, block.title, env);
  const { title: _old, ...rest } = block;
  return { ...rest, variant, ...(title.length ? { title } : {}) };
}

/** Registry embed: `kind-<id>`, optional `title-<id>`, filter `condition-<id>` and `tags-<id>` (comma-separated). */
export function editEmbed(block: Embed, fields: Fields, env: InlineEnv): Block {
  const kind = choice(fields, `kind-${block.id}`, REGISTRY_KINDS, block.kind);
  const title = readInline(fields, `title-${block.id}`, block.title, env);
  const condition = fields.get(`condition-${block.id}`) ?? block.filter?.condition ?? '';
  const tagsValue = fields.get(`tags-${block.id}`);
  const tags =
    tagsValue === undefined
      ? (block.filter?.tags ?? [])
      : tagsValue
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
  const filter = { ...(condition ? { condition } : {}), ...(tags.length ? { tags } : {}) };
  const { title: _t, filter: _f, ...rest } = block;
  return { ...rest, kind, ...(title.length ? { title } : {}), ...(Object.keys(filter).length ? { filter } : {}) };
}
