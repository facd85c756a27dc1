import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { DeviceKind, MySessionsQuery as MySessions } from '@careleaf/schema/web/graphql';
import { EditorMessage, readFlash } from '../../../../../../components/editor/EditorMessage';
import { EditorNav } from '../../../../../../components/editor/EditorNav';
import { MySessionsQuery } from '../../../../../../lib/editor/account-documents';
import { asEditor } from '../../../../../../lib/editor/api';
import type { EditorPageProps } from '../../../../../../lib/editor/page-props';
import { signedInEditor } from '../../../../../../lib/editor/signed-in';
import { pageContext } from '../../../../../../lib/page';

type Session = MySessions['mySessions'][number];

export async function generateMetadata({ params }: EditorPageProps): Promise<Metadata> {
  const { locale } = await pageContext(params);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.sessions' });
  return { title: t('title') };
}

/**
 * The signed-in user's sessions: device, last seen, the network signed in
 * from (a prefix, never the address), "This device" in words, a sign-out
 * form per other session and one for all of them. Plain forms; the route
 * handler answers with a flash.
 */
export default async function SessionsPage({ params, searchParams }: EditorPageProps) {
  const { locale } = await pageContext(params);
  const editor = await signedInEditor(locale.tag);
  const t = await getTranslations({ locale: locale.tag, namespace: 'Editor.sessions' });
  const flash = await readFlash((await searchParams).flash);
  const result = await asEditor(MySessionsQuery, {});
  if (!result.data) throw new Error('The API did not return the sessions.');
  const sessions = result.data.mySessions;
  const others = sessions.filter((s) => !s.current).length;
  const action = `/${locale.tag}/editor/account/sessions/sign-out`;
  const when = (iso: unknown) =>
    new Date(iso as string).toLocaleString(locale.tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const kindName = (kind: DeviceKind) =>
    ({
      DESKTOP: t('kind.DESKTOP'),
      MOBILE: t('kind.MOBILE'),
      TABLET: t('kind.TABLET'),
      TV: t('kind.TV'),
      BOT: t('kind.BOT'),
      UNKNOWN: t('kind.UNKNOWN'),
    })[kind];
  const deviceName = ({ device }: Session) =>
    device.browser && device.os
      ? t('device', { browser: device.browser, os: device.os })
      : (device.browser ?? device.os ?? t('unknownDevice'));

  return (
    <>
      <h1>{t('title')}</h1>
      <EditorNav locale={locale.tag} editor={editor} />
      <EditorMessage flash={flash} locale={locale.tag} />
      <p>{t('intro')}</p>
      <table className="editor-table">
        <caption>{t('caption', { count: sessions.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('deviceColumn')}</th>
            <th scope="col">{t('lastSeen')}</th>
            <th scope="col">{t('signedIn')}</th>
            <th scope="col">{t('place')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => {
            const name = deviceName(s);
            return (
              <tr key={s.id}>
                <th scope="row">
                  {name}
                  <span className="hint"> ({kindName(s.device.kind)})</span>
                  {s.current ? <strong> {t('thisDevice')}</strong> : null}
                </th>
                <td>
                  <time dateTime={s.lastSeenAt as string}>{when(s.lastSeenAt)}</time>
                </td>
                <td>
                  <time dateTime={s.createdAt as string}>{when(s.createdAt)}</time>
                </td>
                <td>{s.signInPrefix ? <span dir="ltr">{s.signInPrefix}</span> : t('unknownPlace')}</td>
                <td>
                  {s.current ? (
                    t('currentHint')
                  ) : (
                    <form method="post" action={action}>
                      <input type="hidden" name="csrf" value={editor.csrfToken} />
                      <input type="hidden" name="session" value={s.id} />
                      <button className="button button-danger" type="submit" name="action" value="one">
                        {t('signOutOne', { device: name, date: when(s.createdAt) })}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('placeHint')}</p>
      {others > 0 ? (
        <form method="post" action={action}>
          <input type="hidden" name="csrf" value={editor.csrfToken} />
          <button className="button button-danger" type="submit" name="action" value="everywhere">
            {t('signOutEverywhere')}
          </button>
        </form>
      ) : (
        <p>{t('noOthers')}</p>
      )}
    </>
  );
}
