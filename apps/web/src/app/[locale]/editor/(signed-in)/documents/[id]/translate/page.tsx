import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, FieldError, fieldErrorProps, readFlash } from '../../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../../components/editor/EditorNav';
import { TranslationBlockRow, type Lang } from '../../../../../../../components/editor/TranslationBlockRow';
import { TranslationFilterForm, type TranslateFilter } from '../../../../../../../components/editor/TranslationFilterForm';
import { errorText } from '../../../../../../../lib/error-text';
import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorDocumentLocalesQuery } from '../../../../../../../lib/editor/documents';
import { languageName } from '../../../../../../../lib/editor/languages';
import { one, type EditorDocumentPageProps } from '../../../../../../../lib/editor/page-props';
import { EditorTranslationViewQuery } from '../../../../../../../lib/editor/translation-queries';
import { translationTargets } from '../../../../../../../lib/editor/translation-targets';
import { directionOf } from '../../../../../../../lib/locales';
import { pageContext } from '../../../../../../../lib/page';
import { signedInEditor } from '../../../../../../../lib/editor/signed-in';

const FILTERS: readonly TranslateFilter[] = ['all', 'missing', 'outdated', 'review'];
const SHOWN: Record<TranslateFilter, (status: string) => boolean> = {
  all: () => true,
  missing: (s) => s === 'MISSING',
  outdated: (s) => s === 'OUTDATED',
  review: (s) => s === 'NEEDS_REVIEW',
};

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('translate.pageTitle') };
}

/**
 * The translation workspace for one document and one target language: every
 * translatable block's source beside its translation, in one form whose
 * buttons all save (save, use a suggestion, confirm an outdated block).
 */
export default async function TranslatePage({ params, searchParams }: EditorDocumentPageProps) {
  const { tenant, locale } = await pageContext(params);
  const { id } = await params;
  const query = await searchParams;
  const base = `/${locale.tag}/editor/documents/${id}`;
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const known = (await asEditor(EditorDocumentLocalesQuery, { id })).data?.document;
  const targets = known ? translationTargets(tenant.locales, known.sourceLocale, editor.membership) : [];
  const to = targets.find((l) => l.tag === one(query.to)) ?? targets.find((l) => l.tag === locale.tag) ?? targets[0];
  const result = to ? await asEditor(EditorTranslationViewQuery, { documentId: id, locale: to.tag }) : null;
  const view = result?.data?.translationView;
  if (!known || !to || !view) {
    return (
      <>
        <h1>{t('translate.pageTitle')}</h1>
        <EditorMessage flash={flash} locale={locale.tag} />
        <EditorNav locale={locale.tag} editor={editor} />
        <p role="alert">
          {!known
            ? t('document.notFound')
            : !to
              ? t('translate.noTarget')
              : result?.errors[0]
                ? errorText(locale.tag, result.errors[0])
                : t('document.notFound')}
        </p>
      </>
    );
  }
  const filter = FILTERS.find((f) => f === one(query.filter)) ?? 'all';
  const sourceLocale = tenant.locales.find((l) => l.tag === view.sourceLocale);
  const source: Lang = { tag: view.sourceLocale, dir: directionOf(sourceLocale), name: languageName(locale.tag, view.sourceLocale) };
  const target: Lang = { tag: to.tag, dir: directionOf(to), name: languageName(locale.tag, to.tag) };
  const translatable = view.blocks.filter((b) => b.translatable);
  const numbers = new Map(translatable.map((b, i) => [b.blockId, i + 1]));
  const shown = translatable.filter((b) => SHOWN[filter](b.status));
  const kinds: Record<string, string> = {
    heading: t('block.heading'),
    paragraph: t('block.paragraph'),
    list: t('translate.type.list'),
    callout: t('translate.type.callout'),
    faq: t('translate.type.faq'),
    figure: t('translate.type.figure'),
    table: t('translate.type.table'),
    registryEmbed: t('translate.type.registryEmbed'),
  };
  const p = view.progress;
  return (
    <>
      <h1>{t('translate.title', { title: view.title.source, language: target.name })}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <EditorNav locale={locale.tag} editor={editor} />
      <p>
        <a href={`${base}?lang=${encodeURIComponent(view.sourceLocale)}`}>{t('translate.sourceLink', { language: source.name })}</a>
        {view.targetVersion > 0 ? (
          <>
            {' · '}
            <a href={`${base}?lang=${encodeURIComponent(to.tag)}`}>{t('translate.targetLink', { language: target.name })}</a>
          </>
        ) : null}
      </p>
      <p id="translation-progress">
        {t('translate.progress', {
          total: p.total,
          approved: p.approved,
          draft: p.draft,
          review: p.needsReview,
          missing: p.missing,
          outdated: p.outdated,
        })}
      </p>
      <TranslationFilterForm
        action={`${base}/translate`}
        targets={targets.map((l) => ({ tag: l.tag, name: languageName(locale.tag, l.tag) }))}
        to={to.tag}
        filter={filter}
        uiLocale={locale.tag}
      />
      <section aria-labelledby="translation-heading">
        <h2 id="translation-heading">{t('translate.shown', { shown: shown.length, total: translatable.length, language: target.name })}</h2>
        <form method="post" action={`${base}/translate/save`} className="editor-form translation-form">
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <input type="hidden" name="to" value={to.tag} />
          <input type="hidden" name="filter" value={filter} />
          <input type="hidden" name="baseVersion" value={view.targetVersion} />
          {/* First submit button of the form: Enter in a field saves, never confirms or uses a suggestion. */}
          <button className="button" type="submit" name="op" value="save">
            {t('translate.save')}
          </button>
          {filter === 'all' ? (
            <fieldset className="translation-meta">
              <legend>{t('translate.metaLegend')}</legend>
              <div className="translation-pair">
                <div className="translation-source">
                  <p className="translation-source-label">{t('translate.sourceTitle', { language: source.name })}</p>
                  <p id="src-title" lang={source.tag} dir={source.dir} className="translation-source-text">
                    {view.title.source}
                  </p>
                </div>
                <div className="field translation-target">
                  <label htmlFor="target-title">{t('translate.targetTitle', { language: target.name })}</label>
                  <input
                    id="target-title"
                    name="target-title"
                    lang={target.tag}
                    dir={target.dir}
                    defaultValue={view.title.target ?? ''}
                    aria-describedby={['src-title', fieldErrorProps(flash, 'target-title')['aria-describedby']].filter(Boolean).join(' ')}
                    aria-invalid={fieldErrorProps(flash, 'target-title')['aria-invalid']}
                  />
                  <FieldError flash={flash} id="target-title" />
                </div>
              </div>
              <div className="translation-pair">
                <div className="translation-source">
                  <p className="translation-source-label">{t('translate.sourceSummary', { language: source.name })}</p>
                  <p id="src-summary" lang={source.tag} dir={source.dir} className="translation-source-text">
                    {view.summary.source}
                  </p>
                </div>
                <div className="field translation-target">
                  <label htmlFor="target-summary">{t('translate.targetSummary', { language: target.name })}</label>
                  <textarea
                    id="target-summary"
                    name="target-summary"
                    lang={target.tag}
                    dir={target.dir}
                    rows={2}
                    defaultValue={view.summary.target ?? ''}
                    aria-describedby="src-summary"
                  />
                </div>
              </div>
            </fieldset>
          ) : null}
          {shown.length ? (
            <ul className="translation-blocks">
              {shown.map((b) => (
                <TranslationBlockRow
                  key={b.blockId}
                  block={b}
                  n={numbers.get(b.blockId)!}
                  kind={kinds[b.type] ?? b.type}
                  parent={b.parentId ? (numbers.get(b.parentId) ?? null) : null}
                  source={source}
                  target={target}
                  uiLocale={locale.tag}
                  flash={flash}
                />
              ))}
            </ul>
          ) : (
            <p>{t('translate.noneShown')}</p>
          )}
          <button className="button" type="submit" name="op" value="save">
            {t('translate.save')}
          </button>
        </form>
      </section>
    </>
  );
}
