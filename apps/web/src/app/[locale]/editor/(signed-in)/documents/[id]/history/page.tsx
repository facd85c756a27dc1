import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EditorMessage, readFlash } from '../../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../../components/editor/EditorNav';
import { RevisionDiffView } from '../../../../../../../components/editor/RevisionDiffView';
import { asEditor } from '../../../../../../../lib/editor/api';
import { EditorDocumentQuery, EditorRevisionDiffQuery } from '../../../../../../../lib/editor/documents';
import { one, type EditorDocumentPageProps } from '../../../../../../../lib/editor/page-props';
import { pageContext } from '../../../../../../../lib/page';
import { signedInEditor } from '../../../../../../../lib/editor/signed-in';

export async function generateMetadata({ params }: EditorDocumentPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  return { title: t('history.title') };
}

/** The revisions of one language, newest first: compare any with the one before it, restore an older one. */
export default async function HistoryPage({ params, searchParams }: EditorDocumentPageProps) {
  const { tenant, locale } = await pageContext(params);
  const { id } = await params;
  const query = await searchParams;
  const base = `/${locale.tag}/editor/documents/${id}`;
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor' });
  const flash = await readFlash(query.flash);
  const lang = tenant.locales.find((l) => l.tag === one(query.lang))?.tag ?? locale.tag;
  const result = await asEditor(EditorDocumentQuery, { id, locale: lang, uiLocale: 'en' });
  const revisions = result.data?.revisions ?? [];
  const head = revisions[0];
  const from = one(query.from);
  const to = one(query.to);
  const diff = from && to ? (await asEditor(EditorRevisionDiffQuery, { from, to })).data?.revisionDiff : undefined;
  const back = `${base}?lang=${encodeURIComponent(lang)}`;
  return (
    <>
      <h1>{t('history.title')}</h1>
      <EditorMessage flash={flash} locale={locale.tag} />
      <EditorNav locale={locale.tag} editor={editor} />
      <p>
        <a href={back}>{t('history.back')}</a>
      </p>
      {diff ? <RevisionDiffView diff={diff} uiLocale={locale.tag} /> : null}
      <ol className="revisions" reversed>
        {revisions.map((r, i) => {
          const previous = revisions[i + 1];
          return (
            <li key={r.id}>
              <p>
                {t('history.revision', {
                  number: r.number,
                  author: r.authorLabel,
                  date: new Date(r.createdAt as string).toLocaleString(locale.tag, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                    timeZone: 'UTC',
                  }),
                })}
                {r.message ? ` – ${r.message}` : ''}
              </p>
              {previous ? (
                <p>
                  <a href={`${base}/history?lang=${encodeURIComponent(lang)}&from=${previous.id}&to=${r.id}`}>
                    {t('history.compare', { number: r.number })}
                  </a>
                </p>
              ) : null}
              {head && r.id !== head.id ? (
                <form method="post" action={`${base}/restore`}>
                  <input type="hidden" name="csrf" value={editor.csrfToken} />
                  <input type="hidden" name="lang" value={lang} />
                  <input type="hidden" name="revisionId" value={r.id} />
                  <input type="hidden" name="baseVersion" value={head.number} />
                  <button className="button" type="submit">
                    {t('history.restore', { number: r.number })}
                  </button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
