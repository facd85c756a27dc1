import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Block, DocumentContent } from '@careleaf/schema/content';
import { AddBlock } from '../../../../../../components/editor/AddBlock';
import { AddressForm } from '../../../../../../components/editor/AddressForm';
import { BlockFields, type BlockContext } from '../../../../../../components/editor/BlockFields';
import { ChecksPanel } from '../../../../../../components/editor/ChecksPanel';
import { CitationPicker } from '../../../../../../components/editor/CitationPicker';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { ImportReportView } from '../../../../../../components/editor/ImportReportView';
import { MediaUpload, NewCitation } from '../../../../../../components/editor/LibraryForms';
import { StatusLabel } from '../../../../../../components/editor/StatusLabel';
import { SyntaxHelp } from '../../../../../../components/editor/SyntaxHelp';
import { TranslateLinks } from '../../../../../../components/editor/TranslateLinks';
import { UndoDelete } from '../../../../../../components/editor/UndoDelete';
import { WorkflowBar } from '../../../../../../components/editor/WorkflowBar';
import { shown } from '../../../../../../components/editor/blocks/Field';
import { errorText } from '../../../../../../lib/error-text';
import { asEditor } from '../../../../../../lib/editor/api';
import { blockKinds } from '../../../../../../lib/editor/check-targets';
import { EditorDocumentLocalesQuery, EditorDocumentQuery } from '../../../../../../lib/editor/documents';
import type { MarkdownReport } from '../../../../../../lib/editor/import-reports';
import { knownReferences, ownTargets, type LiveCheckSetup } from '../../../../../../lib/editor/live-setup';
import { EditorReadabilityTargetsQuery } from '../../../../../../lib/editor/operations';
import { one, type EditorDocumentPageProps } from '../../../../../../lib/editor/page-props';
import { readReport } from '../../../../../../lib/editor/report-response';
import { citationOptions, glossaryKeys, inlineEnvOf, mediaOptions } from '../../../../../../lib/editor/tenant-data';
import { translationTargets } from '../../../../../../lib/editor/translation-targets';
import { containersOf, findBlock, numbered, placeOf } from '../../../../../../lib/editor/tree';
import { pageContext } from '../../../../../../lib/page';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('document.pageTitle') };
}

/**
 * One language of a document: the block editor (one form, every button a
 * save), the checks panel, the workflow bar, and links to the history, the
 * quality details and the preview. Images and sources are added in forms
 * of their own below the content.
 */
export default async function DocumentPage({ params, searchParams }: EditorDocumentPageProps) {
  const { tenant, locale } = await pageContext(params);
  const { id } = await params;
  const query = await searchParams;
  const base = `/${locale.tag}/editor/documents/${id}`;
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const requested = tenant.locales.find((l) => l.tag === one(query.lang))?.tag;
  const uiLocale = locale.tag.startsWith('de') ? 'de' : 'en';
  // Without ?lang: the editor's language when the document has it, else the document's source language.
  const known = (await asEditor(EditorDocumentLocalesQuery, { id })).data?.document;
  const lang = requested ?? (known?.locales.some((l) => l.locale === locale.tag) ? locale.tag : (known?.sourceLocale ?? locale.tag));
  const [result, glossary, media, citations, targets] = await Promise.all([
    asEditor(EditorDocumentQuery, { id, locale: lang, uiLocale }),
    glossaryKeys(lang),
    mediaOptions(lang),
    citationOptions(locale.tag),
    asEditor(EditorReadabilityTargetsQuery, {}),
  ]);
  const data = result.data;
  if (!data) {
    return (
      <>
        <h1>{t('document.pageTitle')}</h1>
        <EditorNav locale={locale.tag} editor={editor} />
        <p role="alert">{result.errors[0] ? errorText(locale.tag, result.errors[0]) : t('document.notFound')}</p>
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
  const all = numbered(content.blocks);
  const kinds = blockKinds(content.blocks);
  const focus = resolveFocus(flash?.kind === 'status' ? flash.focus : undefined, content.blocks);
  const ctx: BlockContext = {
    uiLocale: locale.tag,
    flash,
    inline: inlineEnvOf(glossary),
    media,
    citations,
    regions: tenant.regions.map((r) => ({ code: r.code, name: r.name })),
    focus,
  };
  const q = `?lang=${encodeURIComponent(lang)}`;
  // What the checks panel needs to check the form in the browser as the editor types.
  const live: LiveCheckSetup = {
    stored: content,
    locale: lang,
    glossary,
    regions: tenant.regions.map((r) => r.code),
    targets: ownTargets(targets.data?.tenant.readabilityTargets ?? []),
    ...knownReferences(content, data.contentChecks.findings, {
      citations: citations.map((c) => c.id),
      terms: glossary.map((g) => g.id),
      media: media.map((m) => ({ id: m.id, alt: m.alt })),
    }),
  };
  return (
    <>
      <h1>{content.title}</h1>
      <EditorMessage flash={flash} locale={locale.tag} focusTarget={focus}>
        {flash?.kind === 'status' && flash.undo ? (
          <UndoDelete
            action={`${base}/save`}
            csrf={editor.csrfToken}
            lang={lang}
            version={row.version}
            undo={flash.undo}
            uiLocale={locale.tag}
          />
        ) : null}
      </EditorMessage>
      {report ? <ImportReportView report={report} uiLocale={locale.tag} blockIds={new Set(kinds.keys())} /> : null}
      <EditorNav locale={locale.tag} editor={editor} />
      <p>
        {t('document.state', { version: row.version, lang })} <StatusLabel status={row.status} uiLocale={locale.tag} />.
      </p>
      <ul className="editor-links">
        <li>
          <a href={`${base}/history${q}`}>{t('document.historyLink')}</a>
        </li>
        <li>
          <a href={`${base}/quality${q}`}>{t('document.qualityLink')}</a>
        </li>
        <li>
          <a href={`${base}/preview${q}`}>{t('document.previewLink')}</a>
        </li>
      </ul>
      <TranslateLinks
        base={base}
        targets={translationTargets(tenant.locales, data.document.sourceLocale, editor.membership).map((l) => l.tag)}
        uiLocale={locale.tag}
      />
      <WorkflowBar
        action={`${base}/workflow`}
        unpublishPage={`${base}/unpublish`}
        status={row.status}
        csrf={editor.csrfToken}
        lang={lang}
        uiLocale={locale.tag}
        flash={flash}
        publishAt={row.publishAt as string | null}
        unpublishAt={row.unpublishAt as string | null}
        published={!!row.publishedRevisionId}
        revisionId={row.headRevisionId}
      />
      <ChecksPanel
        findings={data.contentChecks.findings}
        unmet={data.contentChecks.unmetRequirements}
        uiLocale={locale.tag}
        blockIds={kinds}
        formId="document-form"
        setup={live}
      />
      <AddressForm
        action={`${base}/address`}
        csrf={editor.csrfToken}
        lang={lang}
        version={row.version}
        slug={row.slug}
        published={!!row.publishedRevisionId}
        flash={flash}
        uiLocale={locale.tag}
      />
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">{t('document.contentTitle')}</h2>
        <form id="document-form" method="post" action={`${base}/save`} className="editor-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="baseVersion" value={row.version} />
          <div className="field">
            <label htmlFor="title">{t('document.title')}</label>
            <input
              id="title"
              name="title"
              defaultValue={shown(ctx, 'title', content.title)}
              required
              {...fieldErrorProps(flash, 'title')}
            />
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
          <SyntaxHelp uiLocale={locale.tag} glossary={glossary} />
          {content.blocks.map((block, i) => (
            <BlockFields key={block.id} block={block} n={String(i + 1)} index={i} count={content.blocks.length} ctx={ctx} />
          ))}
          <AddBlock blocks={all} ctx={ctx} />
          <CitationPicker blocks={all} ctx={ctx} />
          <div className="block-actions">
            <button className="button" type="submit" name="op" value="save">
              {t('document.save')}
            </button>
          </div>
        </form>
      </section>
      <MediaUpload action={`${base}/media`} csrf={editor.csrfToken} lang={lang} ctx={ctx} />
      <NewCitation action={`${base}/citations`} csrf={editor.csrfToken} lang={lang} ctx={ctx} />
    </>
  );
}

/** The control to focus after a redirect: the one asked for, or (a moved block at an edge has one button) its other button. */
function resolveFocus(wanted: string | undefined, blocks: Block[]): string | null {
  if (!wanted) return null;
  const m = /^(up|down)-(.+)$/.exec(wanted);
  if (!m) return wanted;
  const id = m[2]!;
  const place = placeOf(blocks, id);
  if (!place) return null;
  const parent = place.parentId ? findBlock(blocks, place.parentId) : null;
  const list = parent ? (containersOf(parent).find((c) => c.key === place.key)?.blocks ?? []) : blocks;
  const hasUp = place.index > 0;
  const hasDown = place.index < list.length - 1;
  if (m[1] === 'up') return hasUp ? wanted : hasDown ? `down-${id}` : `block-${id}`;
  return hasDown ? wanted : hasUp ? `up-${id}` : `block-${id}`;
}
