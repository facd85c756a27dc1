import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Block, BlockOf, BlockType } from '@careleaf/schema/content';
import { containersOf } from '../../lib/editor/tree';
import { CalloutFields, EmbedFields } from './blocks/CalloutFields';
import type { BlockContext } from './blocks/context';
import { ListFields } from './blocks/ListFields';
import { CitationsFields, FigureFields } from './blocks/MediaFields';
import { RegionFields } from './blocks/RegionFields';
import { TableFields } from './blocks/TableFields';
import { TextFields } from './blocks/TextFields';

export type { BlockContext } from './blocks/context';

type FieldSet<K extends BlockType> = ((props: { block: BlockOf<K>; n: string; ctx: BlockContext }) => Promise<ReactNode>) | null;

/** The fields of each kind's own content (nested blocks are edited as blocks); null: none. */
const FIELD_SETS: { [K in BlockType]: FieldSet<K> } = {
  heading: TextFields,
  paragraph: TextFields,
  faq: TextFields,
  emergency: TextFields,
  list: ListFields,
  callout: CalloutFields,
  registryEmbed: EmbedFields,
  table: TableFields,
  figure: FigureFields,
  citations: CitationsFields,
  region: RegionFields,
  easyRead: null,
};

/** Every kind that has a field set; the registry test checks the map against BLOCK_TYPES. */
export const EDITOR_FIELD_SETS: Record<BlockType, unknown> = FIELD_SETS;

function OwnFields<K extends BlockType>({ block, n, ctx }: { block: BlockOf<K>; n: string; ctx: BlockContext }) {
  const Fields = FIELD_SETS[block.type as K] as FieldSet<K>;
  return Fields ? <Fields block={block} n={n} ctx={ctx} /> : null;
}

/**
 * One block of the document form: its own fields, the blocks nested in it
 * (callout body, region blocks and fallback …) edited the same way, and
 * buttons to move or delete it. Buttons name the block number ("Move block
 * 4.2 up"), so each has a distinct accessible name. After a move the page
 * focuses the moved block's button, described by the status message.
 */
export async function BlockFields({
  block,
  n,
  index,
  count,
  ctx,
}: {
  block: Block;
  n: string;
  index: number;
  count: number;
  ctx: BlockContext;
}) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const focused = (id: string) => (ctx.focus === id ? { 'aria-describedby': 'editor-message' } : {});
  const containers = containersOf(block);
  let offset = 0;
  return (
    <fieldset
      className={`editor-block editor-block-${block.type}`}
      id={`block-${block.id}`}
      tabIndex={-1}
      {...focused(`block-${block.id}`)}
    >
      <legend>{t('block.legend', { n, kind: t(`block.${block.type}`) })}</legend>
      <OwnFields block={block} n={n} ctx={ctx} />
      {containers.map((c) => {
        const start = offset;
        offset += c.blocks.length;
        return (
          <div className="editor-children" key={c.key}>
            {block.type === 'region' ? (
              <p className="hint">{c.key === 'fallback' ? t('region.fallback', { n }) : t('region.blocks', { n })}</p>
            ) : null}
            {c.blocks.map((child, i) => (
              <BlockFields key={child.id} block={child} n={`${n}.${start + i + 1}`} index={i} count={c.blocks.length} ctx={ctx} />
            ))}
          </div>
        );
      })}
      <div className="block-actions">
        {index > 0 ? (
          <button className="button" type="submit" name="op" value={`up:${block.id}`} id={`up-${block.id}`} {...focused(`up-${block.id}`)}>
            {t('block.up', { n })}
          </button>
        ) : null}
        {index < count - 1 ? (
          <button
            className="button"
            type="submit"
            name="op"
            value={`down:${block.id}`}
            id={`down-${block.id}`}
            {...focused(`down-${block.id}`)}
          >
            {t('block.down', { n })}
          </button>
        ) : null}
        <button className="button" type="submit" name="op" value={`delete:${block.id}`}>
          {t('block.delete', { n })}
        </button>
      </div>
    </fieldset>
  );
}
