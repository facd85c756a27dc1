import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { inlineValue } from '../../../lib/editor/fields';
import { Select, TextField } from './Field';
import type { BlockContext } from './context';

/** Paragraph, heading (with its level), emergency notice and FAQ question. */
export async function TextFields({
  block,
  n,
  ctx,
}: {
  block: Extract<Block, { type: 'paragraph' | 'heading' | 'faq' | 'emergency' }>;
  n: string;
  ctx: BlockContext;
}) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  if (block.type === 'faq') {
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
  return (
    <>
      {block.type === 'heading' ? (
        <Select
          ctx={ctx}
          id={`level-${block.id}`}
          label={t('block.level', { n })}
          value={String(block.level)}
          options={[2, 3, 4].map((level) => ({ value: String(level), label: t('block.levelOption', { level }) }))}
        />
      ) : null}
      <TextField
        ctx={ctx}
        id={`text-${block.id}`}
        label={t('block.text', { n })}
        value={inlineValue(block.content, ctx.inline)}
        rows={block.type === 'heading' ? 1 : block.type === 'emergency' ? 2 : 4}
      />
    </>
  );
}
