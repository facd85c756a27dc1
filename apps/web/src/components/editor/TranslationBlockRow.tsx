import { getTranslations } from 'next-intl/server';
import type { Inline } from '@careleaf/schema/content';
import type { EditorTranslationViewQuery } from '@careleaf/schema/web/graphql';
import type { Flash } from '../../lib/editor/flash';
import { hasMarks } from '../../lib/editor/content';
import { currentTexts, fieldName, textFields, type OwnContent } from '../../lib/editor/translate-form';
import { FieldError } from './EditorMessage';
import { WordDiff } from './RevisionDiffView';
import { TranslationStatus } from './TranslationStatus';

type ViewBlock = EditorTranslationViewQuery['translationView']['blocks'][number];

export interface Lang {
  tag: string;
  dir: 'ltr' | 'rtl';
  name: string;
}

/** The part of a block a field holds, for its label ("item 1.2", "row 2, cell 1"); empty for a block's only text. */
async function partLabel(path: string, uiLocale: string): Promise<string> {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const [head, ...rest] = path.split('.');
  const numbers = rest.map((n) => Number(n) + 1);
  switch (head) {
    case 'title':
      return t('translate.part.title');
    case 'question':
      return t('translate.part.question');
    case 'alt':
      return t('translate.part.alt');
    case 'caption':
      return t('translate.part.caption');
    case 'items':
      return t('translate.part.item', { number: numbers.join('.') });
    case 'cells':
      return t('translate.part.cell', { row: numbers[0] ?? 1, column: numbers[1] ?? 1 });
    default:
      return '';
  }
}

/**
 * One block of the translation form: each text of the source (read-only, in
 * its language) beside a labelled field for the translation, the status in
 * words, and what helps: how an outdated block's source changed (with a
 * "still fits" button), terminology warnings tied to the fields by
 * aria-describedby, and translation-memory suggestions with a button each.
 */
export async function TranslationBlockRow({
  block,
  n,
  kind,
  parent,
  source,
  target,
  uiLocale,
  flash,
}: {
  block: ViewBlock;
  /** Number of the block among the translatable blocks of the document (stays the same under every filter). */
  n: number;
  kind: string;
  /** Number of the containing block, for nested blocks. */
  parent: number | null;
  source: Lang;
  target: Lang;
  uiLocale: string;
  flash: Flash | null;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'Editor' });
  const id = block.blockId;
  const fields = textFields(block.source as OwnContent).filter((f) => f.text.trim() !== '');
  const current = currentTexts(block);
  const targetMarks = new Map(
    block.status === 'MISSING'
      ? []
      : textFields(block.target as OwnContent).map((f) => [f.path, !f.plain && hasMarks(f.value as Inline[])]),
  );
  const statusId = `status-${id}`;
  const termsId = block.terminology.length ? `terms-${id}` : null;
  const changeId = block.sourceChange?.length ? `change-${id}` : null;
  const labels = await Promise.all(fields.map((f) => partLabel(f.path, uiLocale)));
  return (
    <li className="translation-block" id={`block-${id}`} tabIndex={-1}>
      <h3 id={`heading-${id}`}>{parent ? t('translate.blockNested', { n, kind, parent }) : t('translate.block', { n, kind })}</h3>
      <p id={statusId} className={`translation-status translation-status-${block.status.toLowerCase()}`}>
        <strong>{t('translate.statusLabel')}</strong> <TranslationStatus status={block.status} uiLocale={uiLocale} />
      </p>
      {fields.map((f, i) => {
        const name = fieldName(id, f.path);
        const part = labels[i];
        const sourceId = `src-${f.path}-${id}`;
        const marksId = targetMarks.get(f.path) ? `marks-${f.path}-${id}` : null;
        const error = flash?.kind === 'error' && flash.field === name;
        const describedBy = [statusId, sourceId, changeId, termsId, marksId, error ? `${name}-error` : null].filter(Boolean).join(' ');
        return (
          <div className="translation-pair" key={f.path}>
            <div className="translation-source">
              <p className="translation-source-label" id={`${sourceId}-label`}>
                {part
                  ? t('translate.sourceLabelPart', { language: source.name, n, part })
                  : t('translate.sourceLabel', { language: source.name, n })}
              </p>
              <p id={sourceId} lang={source.tag} dir={source.dir} className="translation-source-text">
                {f.text}
              </p>
            </div>
            <div className="field translation-target">
              <label htmlFor={name}>
                {part
                  ? t('translate.targetLabelPart', { language: target.name, n, part })
                  : t('translate.targetLabel', { language: target.name, n })}
              </label>
              <textarea
                id={name}
                name={name}
                lang={target.tag}
                dir={target.dir}
                rows={block.type === 'heading' || f.path.startsWith('cells.') || f.path.startsWith('items.') ? 2 : 4}
                defaultValue={current.get(f.path) ?? ''}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
              />
              {marksId ? (
                <p className="hint" id={marksId}>
                  {t('block.marks')}
                </p>
              ) : null}
              <FieldError flash={flash} id={name} />
            </div>
          </div>
        );
      })}
      {changeId && block.sourceChange ? (
        <div className="source-change">
          <p id={`${changeId}-label`}>
            <strong>{t('translate.sourceChanged', { language: source.name })}</strong>
          </p>
          <WordDiff words={block.sourceChange} uiLocale={uiLocale} lang={source.tag} id={changeId} />
          <button className="button" type="submit" name="op" value={`confirm:${id}`}>
            {t('translate.confirm', { n })}
          </button>
        </div>
      ) : null}
      {termsId ? (
        <ul className="term-warnings" id={termsId} aria-label={t('translate.termsTitle', { n })}>
          {block.terminology.map((issue, i) => (
            <li key={i}>
              <strong>{t('translate.termWarning')}</strong> {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {block.suggestions.length ? (
        <div className="suggestions">
          <p>
            <strong>{t('translate.suggestionsTitle')}</strong>
          </p>
          <ol>
            {block.suggestions.map((s, i) => (
              <li key={i}>
                <p>{t('translate.match', { match: s.match })}</p>
                <p lang={target.tag} dir={target.dir} className="suggestion-text">
                  {s.targetText}
                </p>
                <p className="hint">
                  {t('translate.suggestionSource')}{' '}
                  <span lang={source.tag} dir={source.dir}>
                    {s.sourceText}
                  </span>
                </p>
                <button className="button" type="submit" name="op" value={`use:${id}:${i}`}>
                  {t('translate.use', { suggestion: i + 1, n })}
                </button>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </li>
  );
}
