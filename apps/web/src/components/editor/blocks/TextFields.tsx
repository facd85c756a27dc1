import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { inlineValue } from '../../../lib/editor/fields';
import type { ContentBlock } from '../../../lib/editor/blocks/text';
import { Select, TextField } from './Field';
import type { BlockContext } from './context';

/** A block's one `content` text (a paragraph, a one-sentence notice …), `rows` high. */
export async function TextFields({ block, n, ctx, rows = 4 }: { block: ContentBlock; n: string; ctx: BlockContext; rows?: number }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  return (
    <TextField
      ctx={ctx}
      id={`text-${block.id}`}
      label={t('block.text', { n })}
      value={inlineValue(block.content, ctx.inline)}
      rows={rows}
    />
  );
}

/** A heading: its level and its one-line text. */
export async function HeadingFields({ block, n, ctx }: { block: Extract<Block, { type: 'heading' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  return (
    <>
      <Select
        ctx={ctx}
        id={`level-${block.id}`}
        label={t('block.level', { n })}
        value={String(block.level)}
        options={[2, 3, 4].map((level) => ({ value: String(level), label: t('block.levelOption', { level }) }))}
      />
      <TextFields block={block} n={n} ctx={ctx} rows={1} />
    </>
  );
}

/** A question and answer: its question (the answer is blocks of its own). */
export async function FaqFields({ block, n, ctx }: { block: Extract<Block, { type: 'faq' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  return (
    <TextField
      ctx={ctx}
      id={`question-${block.id}`}
      label={t('block.question', { n })}
      value={inlineValue(block.question, ctx.inline)}
      rows={2}
    />
  );
}
