import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { listValue } from '../../../lib/editor/blocks/list';
import { Checkbox, TextField } from './Field';
import type { BlockContext } from './context';

/** A list: one item per line, nested items indented by two spaces. */
export async function ListFields({ block, n, ctx }: { block: Extract<Block, { type: 'list' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const value = listValue(block.items, ctx.inline);
  return (
    <>
      <p className="hint" id={`items-${block.id}-hint`}>
        {t('listBlock.hint')}
      </p>
      <TextField
        ctx={ctx}
        id={`items-${block.id}`}
        label={t('listBlock.items', { n })}
        value={value}
        rows={Math.min(12, Math.max(3, value.split('\n').length + 1))}
        hint={`items-${block.id}-hint`}
      />
      <Checkbox ctx={ctx} id={`ordered-${block.id}`} label={t('listBlock.ordered', { n })} checked={block.ordered} />
    </>
  );
}
