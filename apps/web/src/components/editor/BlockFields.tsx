import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { containersOf } from '../../lib/editor/tree';
import { CalloutFields, EmbedFields } from './blocks/CalloutFields';
import type { BlockContext } from './blocks/context';
import { ListFields } from './blocks/ListFields';
import { CitationsFields, FigureFields } from './blocks/MediaFields';
import { RegionFields } from './blocks/RegionFields';
import { TableFields } from './blocks/TableFields';
import { TextFields } from './blocks/TextFields';

export type { BlockContext } from './blocks/context';

async function OwnFields({ block, n, ctx }: { block: Block; n: string; ctx: BlockContext }) {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'faq':
      return <TextFields block={block} n={n} ctx={ctx} />;
    case 'list':
      return <ListFields block={block} n={n} ctx={ctx} />;
    case 'callout':
      return <CalloutFields block={block} n={n} ctx={ctx} />;
    case 'registryEmbed':
      return <EmbedFields block={block} n={n} ctx={ctx} />;
    case 'table':
      return <TableFields block={block} n={n} ctx={ctx} />;
    case 'figure':
      return <FigureFields block={block} n={n} ctx={ctx} />;
    case 'citations':
      return <CitationsFields block={block} n={n} ctx={ctx} />;
    case 'region':
      return <RegionFields block={block} n={n} ctx={ctx} />;
    case 'easyRead':
      return null;
  }
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
  const kinds: Record<Block['type'], string> = {
    heading: t('block.heading'),
    paragraph: t('block.paragraph'),
    list: t('block.list'),
    callout: t('block.callout'),
    faq: t('block.faq'),
    figure: t('block.figure'),
    table: t('block.table'),
    citations: t('block.citations'),
    region: t('block.region'),
    registryEmbed: t('block.registryEmbed'),
    easyRead: t('block.easyRead'),
  };
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
      <legend>{t('block.legend', { n, kind: kinds[block.type] })}</legend>
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
