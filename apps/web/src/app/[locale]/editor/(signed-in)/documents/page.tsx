import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { WorkflowStatus } from '@careleaf/schema/web/graphql';
import { DocumentTable } from '../../../../../components/editor/DocumentTable';
import { EditorMessage, readFlash } from '../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../components/editor/EditorNav';
import { asEditor } from '../../../../../lib/editor/api';
import { EditorDocumentsQuery } from '../../../../../lib/editor/documents';
import { one, type EditorPageProps } from '../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../lib/page';
import { signedInEditor } from '../../../../../lib/editor/signed-in';

const STATUSES: WorkflowStatus[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'];

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('list.pageTitle') };
}

/** Every document of one content language, filtered by status or overdue review (a GET form: works without JavaScript). */
export default async function DocumentsPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const query = await searchParams;
  const flash = await readFlash(query.flash);
  const lang = tenant.locales.find((l) => l.tag === one(query.lang))?.tag ?? locale.tag;
  const status = STATUSES.find((s) => s === one(query.status));
  const overdue = one(query.overdue) === 'on';
  const result = await asEditor(EditorDocumentsQuery, {
    filter: { locale: lang, status, reviewOverdue: overdue ? true : undefined, editedByMe: undefined, kind: undefined, topic: undefined },
    first: 100,
  });
  const rows = result.data?.documents.edges.map((e) => e.node) ?? [];
  const statusLabel = (s: WorkflowStatus) =>
    ({
      DRAFT: t('status.DRAFT'),
      IN_REVIEW: t('status.IN_REVIEW'),
      APPROVED: t('status.APPROVED'),
      PUBLISHED: t('status.PUBLISHED'),
      UNPUBLISHED: t('status.UNPUBLISHED'),
      ARCHIVED: t('status.ARCHIVED'),
    })[s];
  return (
    <>
      <h1>{t('list.pageTitle')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <EditorNav locale={locale.tag} editor={editor} />
      <form method="get" action={`/${locale.tag}/editor/documents`} className="editor-filters">
        <div className="field">
          <label htmlFor="filter-lang">{t('list.language')}</label>
          <select id="filter-lang" name="lang" defaultValue={lang}>
            {tenant.locales.map((l) => (
              <option key={l.tag} value={l.tag}>
                {new Intl.DisplayNames([locale.tag], { type: 'language' }).of(l.tag) ?? l.tag}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('list.status')}</label>
          <select id="filter-status" name="status" defaultValue={status ?? ''}>
            <option value="">{t('list.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field checkbox">
          <input id="filter-overdue" name="overdue" type="checkbox" defaultChecked={overdue} />
          <label htmlFor="filter-overdue">{t('list.overdue')}</label>
        </div>
        <button className="button" type="submit">
          {t('list.filter')}
        </button>
      </form>
      <DocumentTable rows={rows} caption={t('list.caption', { count: rows.length })} uiLocale={locale.tag} contentLocale={lang} />
    </>
  );
}
