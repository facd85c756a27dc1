import { getTranslations } from 'next-intl/server';
import { CITATION_KINDS } from '../../lib/editor/citation-form';
import { Checkbox, Select, TextField } from './blocks/Field';
import type { BlockContext } from './blocks/context';

/**
 * Upload an image (with its alt text in this document's language) to the
 * organisation's library; figures then pick it. A form of its own, sent as
 * multipart/form-data.
 */
export async function MediaUpload({ action, csrf, lang, ctx }: { action: string; csrf: string; lang: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  return (
    <section aria-labelledby="media-heading" className="editor-library">
      <h2 id="media-heading">{t('media.title')}</h2>
      <p>{t('media.count', { count: ctx.media.length })}</p>
      <form method="post" action={action} encType="multipart/form-data" className="editor-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="lang" value={lang} />
        <div className="field">
          <label htmlFor="media-file">{t('media.file')}</label>
          <input type="file" id="media-file" name="file" accept="image/jpeg,image/png,image/webp,image/gif" required />
        </div>
        <TextField ctx={ctx} id="media-alt" label={t('media.alt', { lang })} value="" />
        <Checkbox ctx={ctx} id="media-decorative" label={t('media.decorative')} checked={false} />
        <div className="block-actions">
          <button className="button" type="submit">
            {t('media.upload')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A new source for the organisation's list: the fields its kind needs; the API names any that is missing. */
export async function NewCitation({ action, csrf, lang, ctx }: { action: string; csrf: string; lang: string; ctx: BlockContext }) {
  const t = await getTranslations({ locale: ctx.uiLocale, namespace: 'Editor' });
  const kinds: Record<(typeof CITATION_KINDS)[number], string> = {
    JOURNAL_ARTICLE: t('citation.kinds.journalArticle'),
    GUIDELINE: t('citation.kinds.guideline'),
    BOOK: t('citation.kinds.book'),
    WEB_PAGE: t('citation.kinds.webPage'),
    DRUG_SAFETY_NOTICE: t('citation.kinds.drugSafetyNotice'),
  };
  const text = (name: string, label: string) => <TextField ctx={ctx} id={`citation-${name}`} label={label} value="" />;
  return (
    <section aria-labelledby="citation-heading" className="editor-library">
      <h2 id="citation-heading">{t('citation.title')}</h2>
      <p className="hint" id="citation-hint">
        {t('citation.hint')}
      </p>
      <form method="post" action={action} className="editor-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="lang" value={lang} />
        <Select
          ctx={ctx}
          id="citation-kind"
          label={t('citation.kind')}
          value="JOURNAL_ARTICLE"
          options={CITATION_KINDS.map((k) => ({ value: k, label: kinds[k] }))}
        />
        {text('title', t('citation.titleField'))}
        <TextField ctx={ctx} id="citation-authors" label={t('citation.authors')} value="" rows={3} />
        {text('journal', t('citation.journal'))}
        {text('issuingBody', t('citation.issuingBody'))}
        {text('publisher', t('citation.publisher'))}
        {text('authority', t('citation.authority'))}
        {text('year', t('citation.year'))}
        {text('date', t('citation.date'))}
        {text('url', t('citation.url'))}
        {text('accessedOn', t('citation.accessedOn'))}
        {text('doi', t('citation.doi'))}
        {text('pubmedId', t('citation.pubmedId'))}
        <div className="block-actions">
          <button className="button" type="submit">
            {t('citation.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
