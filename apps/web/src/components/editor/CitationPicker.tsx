import { getTranslations } from 'next-intl/server';
import { inlineText, isTextBlock } from '../../lib/editor/content';
import type { Numbered } from '../../lib/editor/tree';
import { Select } from './blocks/Field';
import type { BlockContext } from './blocks/context';

/**
 * Cite a source: pick one of the organisation's sources and the paragraph
 * or heading it supports; the cite mark goes at the end of that text. The
 * codes for writing a citation into any text by hand are listed below.
 * (A new list of sources is added with "Add a block", from the source picked here.)
 */
export async function CitationPicker({ blocks, ctx }: { blocks: Numbered[]; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const targets = blocks.filter((b) => isTextBlock(b.block));
  return (
    <fieldset className="editor-picker" id="cite-picker">
      <legend>{t('picker.title')}</legend>
      {ctx.citations.length ? (
        <>
          <Select
            ctx={ctx}
            id="cite-id"
            label={t('picker.source')}
            value={ctx.citations[0]!.id}
            options={ctx.citations.map((c) => ({ value: c.id, label: c.text }))}
          />
          {targets.length ? (
            <>
              <Select
                ctx={ctx}
                id="cite-target"
                label={t('picker.target')}
                value={targets[0]!.block.id}
                options={targets.map((b) => {
                  const text = isTextBlock(b.block) ? inlineText(b.block.content) : '';
                  return {
                    value: b.block.id,
                    label: t('picker.targetOption', { n: b.label, text: text.length > 60 ? `${text.slice(0, 60)}…` : text }),
                  };
                })}
              />
              <div className="block-actions">
                <button className="button" type="submit" name="op" value="cite">
                  {t('picker.insert')}
                </button>
              </div>
            </>
          ) : null}
          <details>
            <summary>{t('picker.codes')}</summary>
            <p className="hint">{t('picker.codesHint')}</p>
            <ul className="citation-codes">
              {ctx.citations.map((c) => (
                <li key={c.id}>
                  <code>[^{c.id}]</code> {c.text}
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : (
        <p>{t('picker.none')}</p>
      )}
    </fieldset>
  );
}
