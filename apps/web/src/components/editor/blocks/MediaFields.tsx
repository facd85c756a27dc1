import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { inlineValue } from '../../../lib/editor/fields';
import { Checkbox, describedGroup, ErrorText, Select, TextField } from './Field';
import type { BlockContext } from './context';

/** A figure: which image (with a small preview), its alt text in this language, decorative or not, caption. */
export async function FigureFields({ block, n, ctx }: { block: Extract<Block, { type: 'figure' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const current = ctx.media.find((m) => m.id === block.mediaId);
  const options = ctx.media.map((m) => ({ value: m.id, label: m.alt ? `${m.fileName} – ${m.alt}` : m.fileName }));
  if (!current) options.unshift({ value: block.mediaId, label: t('figure.unknown') });
  return (
    <>
      <input type="hidden" name={`present-${block.id}`} value="1" />
      {current ? (
        // The alt text is right below, in the form: the preview itself says nothing new.
        <img className="editor-thumb" src={current.url} alt="" width={160} />
      ) : null}
      <Select ctx={ctx} id={`media-${block.id}`} label={t('figure.media', { n })} value={block.mediaId} options={options} />
      <p className="hint" id={`alt-${block.id}-hint`}>
        {t('figure.altHint')}
      </p>
      <TextField ctx={ctx} id={`alt-${block.id}`} label={t('figure.alt', { n })} value={block.alt} hint={`alt-${block.id}-hint`} />
      <Checkbox ctx={ctx} id={`decorative-${block.id}`} label={t('figure.decorative', { n })} checked={block.decorative} />
      <TextField ctx={ctx} id={`caption-${block.id}`} label={t('figure.caption', { n })} value={inlineValue(block.caption, ctx.inline)} />
    </>
  );
}

/** A list of sources: a checkbox per source of the organisation (and any cited one not in that list). */
export async function CitationsFields({ block, n, ctx }: { block: Extract<Block, { type: 'citations' }>; n: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const known = new Set(ctx.citations.map((c) => c.id));
  const options = [
    ...ctx.citations,
    ...block.citationIds.filter((id) => !known.has(id)).map((id) => ({ id, text: t('citeBlock.unknown', { id }) })),
  ];
  const group = `citations-${block.id}`;
  return (
    <fieldset id={group} tabIndex={-1} {...describedGroup(ctx, group)}>
      <legend>{t('citeBlock.legend', { n })}</legend>
      <input type="hidden" name={`present-${block.id}`} value="1" />
      <ErrorText ctx={ctx} id={group} />
      {options.map((c) => (
        <div className="field checkbox" key={c.id}>
          <input type="checkbox" id={`${group}-${c.id}`} name={group} value={c.id} defaultChecked={block.citationIds.includes(c.id)} />
          <label htmlFor={`${group}-${c.id}`}>{c.text}</label>
        </div>
      ))}
    </fieldset>
  );
}
