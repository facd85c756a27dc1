import { getTranslations } from 'next-intl/server';
import type { Block } from '@careleaf/schema/content';
import { hasMarks, inlineText, isTextBlock } from '../../lib/editor/content';

/**
 * One block of the document form: its text (paragraphs, headings), a level
 * for headings, and buttons to move or delete it. Buttons name the block
 * number so each has a distinct accessible name. Other kinds of block are
 * shown read-only and keep their content when saved.
 */
export async function BlockFields({ block, index, count, uiLocale }: { block: Block; index: number; count: number; uiLocale: string }) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const n = index + 1;
  const kind =
    block.type === 'heading'
      ? t('block.heading')
      : block.type === 'paragraph'
        ? t('block.paragraph')
        : t('block.other', { type: block.type });
  return (
    <fieldset className="editor-block" id={`block-${block.id}`} tabIndex={-1}>
      <legend>{t('block.legend', { n, kind })}</legend>
      {isTextBlock(block) ? (
        <>
          {block.type === 'heading' ? (
            <div className="field">
              <label htmlFor={`level-${block.id}`}>{t('block.level', { n })}</label>
              <select id={`level-${block.id}`} name={`level-${block.id}`} defaultValue={String(block.level)}>
                <option value="2">{t('block.levelOption', { level: 2 })}</option>
                <option value="3">{t('block.levelOption', { level: 3 })}</option>
                <option value="4">{t('block.levelOption', { level: 4 })}</option>
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`text-${block.id}`}>{t('block.text', { n })}</label>
            <textarea
              id={`text-${block.id}`}
              name={`text-${block.id}`}
              rows={block.type === 'heading' ? 1 : 4}
              defaultValue={inlineText(block.content)}
              aria-describedby={hasMarks(block.content) ? `marks-${block.id}` : undefined}
            />
            {hasMarks(block.content) ? (
              <p className="hint" id={`marks-${block.id}`}>
                {t('block.marks')}
              </p>
            ) : null}
          </div>
        </>
      ) : (
        <p className="hint">{t('block.notEditable')}</p>
      )}
      <div className="block-actions">
        {index > 0 ? (
          <button className="button" type="submit" name="op" value={`up:${block.id}`}>
            {t('block.up', { n })}
          </button>
        ) : null}
        {index < count - 1 ? (
          <button className="button" type="submit" name="op" value={`down:${block.id}`}>
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
