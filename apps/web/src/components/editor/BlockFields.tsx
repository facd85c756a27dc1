import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Block, BlockOf, BlockType } from '@careleaf/schema/content';
import { EDITOR_KINDS, type EditorKind, type FieldSetBlocks, type FieldSetName } from '../../lib/editor/kinds';
import { containersOf } from '../../lib/editor/tree';
import { CalloutFields, EmbedFields } from './blocks/CalloutFields';
import type { BlockContext } from './blocks/context';
import { ListFields } from './blocks/ListFields';
import { CitationsFields, FigureFields } from './blocks/MediaFields';
import { RegionFields } from './blocks/RegionFields';
import { TableFields } from './blocks/TableFields';
import { FaqFields, HeadingFields, TextFields } from './blocks/TextFields';

export type { BlockContext } from './blocks/context';

type FieldSet<B> = (props: { block: B; n: string; ctx: BlockContext; rows?: number }) => Promise<ReactNode>;

/** The field sets a kind names in lib/editor/kinds.ts (nested blocks are edited as blocks). */
const FIELD_SETS: { [N in FieldSetName]: FieldSet<FieldSetBlocks[N]> } = {
  text: TextFields,
  heading: HeadingFields,
  faq: FaqFields,
  list: ListFields,
  callout: CalloutFields,
  embed: EmbedFields,
  table: TableFields,
  figure: FigureFields,
  citations: CitationsFields,
  region: RegionFields,
};

function OwnFields<K extends BlockType>({ block, n, ctx }: { block: BlockOf<K>; n: string; ctx: BlockContext }) {
  // The entry for block.type is EditorKind<K>, whose field set the compiler has checked fits BlockOf<K>.
  const kind = EDITOR_KINDS[block.type as K] as EditorKind<K>;
  if (!kind.fields) return null;
  const Fields = FIELD_SETS[kind.fields] as FieldSet<BlockOf<K>>;
  return <Fields block={block} n={n} ctx={ctx} rows={kind.rows} />;
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
        <button className="button button-danger" type="submit" name="op" value={`delete:${block.id}`}>
          {t('block.delete', { n })}
        </button>
      </div>
    </fieldset>
  );
}
