import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DocumentTable } from '../../../../components/editor/DocumentTable';
import { EditorMessage, readFlash } from '../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../components/editor/EditorNav';
import { TranslationProgressSummary } from '../../../../components/editor/TranslationProgressSummary';
import { asEditor } from '../../../../lib/editor/api';
import { EditorDocumentsQuery } from '../../../../lib/editor/documents';
import type { EditorPageProps } from '../../../../lib/editor/page-props';
import { pageContext } from '../../../../lib/page';
import { signedInEditor } from '../../../../lib/editor/signed-in';
import { FeedbackOverview } from '../../../../components/editor/FeedbackOverview';
import { canReadFeedback } from '../../../../lib/editor/admin/access';
import { EditorFeedbackQuery } from '../../../../lib/editor/feedback';

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('dashboard.title') };
}

/** Drafts, versions waiting for review and documents whose review date has passed, in the editor's language; translation progress per language. */
export default async function DashboardPage({ params, searchParams }: EditorPageProps) {
  const { tenant, locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const query = await searchParams;
  const flash = await readFlash(query.flash);
  const list = async (filter: { status?: 'DRAFT' | 'IN_REVIEW'; reviewOverdue?: boolean; editedByMe?: boolean }) =>
    (
      await asEditor(EditorDocumentsQuery, {
        filter: {
          locale: locale.tag,
          status: undefined,
          reviewOverdue: undefined,
          editedByMe: undefined,
          kind: undefined,
          topic: undefined,
          ...filter,
        },
        first: 20,
      })
    ).data?.documents.edges.map((e) => e.node) ?? [];
  const feedbackAfter = typeof query.feedbackAfter === 'string' ? query.feedbackAfter.slice(0, 200) : null;
  const [drafts, review, overdue, feedback] = await Promise.all([
    list({ status: 'DRAFT', editedByMe: true }),
    list({ status: 'IN_REVIEW' }),
    list({ reviewOverdue: true }),
    canReadFeedback(editor) ? asEditor(EditorFeedbackQuery, { after: feedbackAfter }).then((r) => r.data) : null,
  ]);
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <EditorNav locale={locale.tag} editor={editor} />
      <DocumentTable rows={drafts} caption={t('dashboard.drafts')} uiLocale={locale.tag} contentLocale={locale.tag} />
      <DocumentTable rows={review} caption={t('dashboard.review')} uiLocale={locale.tag} contentLocale={locale.tag} />
      <DocumentTable rows={overdue} caption={t('dashboard.overdue')} uiLocale={locale.tag} contentLocale={locale.tag} />
      <TranslationProgressSummary uiLocale={locale.tag} locales={tenant.locales.map((l) => l.tag)} />
      {feedback ? (
        <FeedbackOverview
          uiLocale={locale.tag}
          csrfToken={editor.csrfToken}
          summary={feedback.feedbackSummary}
          comments={feedback.feedbackComments.edges.map((e) => e.node)}
          nextCursor={feedback.feedbackComments.pageInfo.hasNextPage ? (feedback.feedbackComments.pageInfo.endCursor ?? null) : null}
          paged={feedbackAfter !== null}
        />
      ) : null}
    </>
  );
}
