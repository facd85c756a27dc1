import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../components/editor/EditorNav';
import type { EditorPageProps } from '../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../lib/page';
import { signedInEditor } from '../../../../../lib/editor/signed-in';
import { recallDraft } from '../../../../../lib/editor/admin/form-memory';
import { SLUG_SUGGESTION } from '../../../../../lib/editor/slug-refusal';
import { SlugField } from '../../../../../components/editor/SlugField';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('import.title') };
}

/** Paste a Markdown or HTML article; it becomes a draft and the import report is shown on the new document. */
export default async function ImportPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash((await searchParams).flash);
  // A refused import comes back with the pasted article, the choices and the address as typed.
  const draft = await recallDraft(flash);
  return (
    <>
      <h1>{t('import.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <EditorNav locale={locale.tag} editor={editor} />
      <form method="post" action={`/${locale.tag}/editor/import/submit`} className="editor-form">
        <input type="hidden" name="csrf" value={editor.csrfToken} />
        <div className="field">
          <label htmlFor="import-lang">{t('import.language')}</label>
          <select id="import-lang" name="lang" defaultValue={draft?.value('lang', locale.tag) ?? locale.tag}>
            {tenant.locales.map((l) => (
              <option key={l.tag} value={l.tag}>
                {new Intl.DisplayNames([locale.tag], { type: 'language' }).of(l.tag) ?? l.tag}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-format">{t('import.format')}</label>
          <select id="import-format" name="format" defaultValue={draft?.value('format', 'MARKDOWN') ?? 'MARKDOWN'}>
            <option value="MARKDOWN">Markdown</option>
            <option value="HTML">HTML</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-source">{t('import.source')}</label>
          <textarea
            id="import-source"
            name="source"
            rows={12}
            defaultValue={draft?.value('source', '') ?? ''}
            aria-describedby="import-source-hint"
            {...fieldErrorProps(flash, 'import-source')}
          />
          <p className="hint" id="import-source-hint">
            {t('import.sourceHint')}
          </p>
          <FieldError flash={flash} id="import-source" />
        </div>
        <SlugField
          id="import-slug"
          flash={flash}
          value={draft?.value('slug', '') ?? ''}
          suggestion={draft?.value(SLUG_SUGGESTION, '') ?? ''}
          label={t('import.slug')}
          hint={t('import.slugHint')}
          suggestionText={(slug) => t('import.suggestion', { slug })}
          acceptText={(slug) => t('import.useSuggestion', { slug })}
        />
        <button className="button" type="submit">
          {t('import.submit')}
        </button>
      </form>
    </>
  );
}
