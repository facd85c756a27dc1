import type { ReactNode } from 'react';
import { SignInRequired } from '../../../../components/editor/EditorNav';
import { editorOfRequest } from '../../../../lib/editor/signed-in';
import { pageContext } from '../../../../lib/page';
import { getCurrentUrl } from '../../../../lib/site';

/**
 * The sign-in gate of every editor page (the folder in brackets is a route
 * group: it is not part of the URL). Anyone not signed in gets the prompt,
 * which leads back to this page after signing in; the pages inside take the
 * editor from `signedInEditor`. Sign-in stays outside, and so will the
 * password-reset and invitation pages.
 */
export default async function SignedInLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await pageContext(params);
  if (await editorOfRequest()) return children;
  const [path = ''] = (await getCurrentUrl()).split('?');
  return <SignInRequired locale={locale.tag} back={path} />;
}
