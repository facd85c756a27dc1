import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { DocumentContent } from '@careleaf/schema/content';
import { BlockFields } from '../../../../../components/editor/BlockFields';
import { ChecksPanel } from '../../../../../components/editor/ChecksPanel';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../../components/editor/EditorMessage';
import { EditorNav, SignInRequired } from '../../../../../components/editor/EditorNav';
import { ImportReportView } from '../../../../../components/editor/ImportReportView';
import { StatusLabel } from '../../../../../components/editor/StatusLabel';
import { TranslateLinks } from '../../../../../components/editor/TranslateLinks';
import { WorkflowBar } from '../../../../../components/editor/WorkflowBar';
import { asEditor, currentEditor } from '../../../../../lib/editor/api';
import { EditorDocumentLocalesQuery, EditorDocumentQuery } from '../../../../../lib/editor/documents';
import type { MarkdownReport } from '../../../../../lib/editor/import-reports';
import { one, type EditorDocumentPageProps } from '../../../../../lib/editor/page-props';
import { readReport } from '../../../../../lib/editor/report-response';
import { translationTargets } from '../../../../../lib/editor/translation-targets';
import { pageContext } from '../../../../../lib/page';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('document.pageTitle') };
}

/**
 * One language of a document: the block editor (one form, every button a
 * save), the checks panel, the workflow bar and a link to the history.
 */
export default async function DocumentPage({ params, searchParams }: EditorDocumentPageProps) {
  const { tenant, locale } = await pageContext(params);
  const { id } = await params;
  const query = await searchParams;
  const base = `/${locale.tag}/editor/documents/${id}`;
  const editor = await currentEditor();
  if (!editor) return <SignInRequired locale={locale.tag} back={base} />;
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const requested = tenant.locales.find((l) => l.tag === one(query.lang))?.tag;
  const uiLocale = locale.tag.startsWith('de') ? 'de' : 'en';
  // Without ?lang: the editor's language when the document has it, else the document's source language.
  const known = (await asEditor(EditorDocumentLocalesQuery, { id })).data?.document;
  const lang = requested ?? (known?.locales.some((l) => l.locale === locale.tag) ? locale.tag : (known?.sourceLocale ?? locale.tag));
  const result = await asEditor(EditorDocumentQuery, { id, locale: lang, uiLocale });
  const data = result.data;
  if (!data) {
    return (
      <>
        <h1>{t('document.pageTitle')}</h1>
        <EditorNav locale={locale.tag} editor={editor} />
        <p role="alert">{result.errors[0]?.message ?? t('document.notFound')}</p>
      </>
    );
  }
  const row = data.document.locales.find((l) => l.locale === lang);
  const head = data.revisions[0];
  const content = head?.content as DocumentContent | undefined;
  if (!row || !content) {
    return (
      <>
        <h1>{t('document.pageTitle')}</h1>
        <EditorNav locale={locale.tag} editor={editor} />
        <p role="alert">{t('document.noLocale')}</p>
      </>
    );
  }
  const report = await readReport<MarkdownReport>('markdown', query.report);
  const kinds = new Map(content.blocks.map((b) => [b.id, b.type === 'heading' || b.type === 'paragraph' ? b.type : ('other' as const)]));
  return (
    <>
      <h1>{content.title}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      {report ? <ImportReportView report={report} uiLocale={locale.tag} blockIds={new Set(kinds.keys())} /> : null}
      <EditorNav locale={locale.tag} editor={editor} />
      <p>
        {t('document.state', { version: row.version, lang })} <StatusLabel status={row.status} uiLocale={locale.tag} />.{' '}
        <a href={`${base}/history?lang=${encodeURIComponent(lang)}`}>{t('document.historyLink')}</a>
      </p>
      <TranslateLinks
        base={base}
        targets={translationTargets(tenant.locales, data.document.sourceLocale, editor.membership).map((l) => l.tag)}
        uiLocale={locale.tag}
      />
      <WorkflowBar
        action={`${base}/workflow`}
        status={row.status}
        csrf={editor.csrfToken}
        lang={lang}
        uiLocale={locale.tag}
        flash={flash}
      />
      <ChecksPanel findings={data.contentChecks.findings} uiLocale={locale.tag} blockIds={kinds} />
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">{t('document.contentTitle')}</h2>
        <form method="post" action={`${base}/save`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="baseVersion" value={row.version} />
          <div className="field">
            <label htmlFor="title">{t('document.title')}</label>
            <input id="title" name="title" defaultValue={content.title} required {...fieldErrorProps(flash, 'title')} />
            <FieldError flash={flash} id="title" />
          </div>
          <div className="field">
            <label htmlFor="summary">{t('document.summary')}</label>
            <textarea id="summary" name="summary" rows={2} defaultValue={content.summary} {...fieldErrorProps(flash, 'summary')} />
            <FieldError flash={flash} id="summary" />
          </div>
          {/* First submit button of the form: Enter in a text field saves, never moves or deletes. */}
          <button className="button" type="submit" name="op" value="save">
            {t('document.save')}
          </button>
          {content.blocks.map((block, i) => (
            <BlockFields key={block.id} block={block} index={i} count={content.blocks.length} uiLocale={locale.tag} />
          ))}
          <div className="field">
            <label htmlFor="new-text">{t('document.newParagraph')}</label>
            <textarea id="new-text" name="new-text" rows={3} {...fieldErrorProps(flash, 'new-text')} />
            <FieldError flash={flash} id="new-text" />
          </div>
          <div className="block-actions">
            <button className="button" type="submit" name="op" value="add">
              {t('document.add')}
            </button>
            <button className="button" type="submit" name="op" value="save">
              {t('document.save')}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
