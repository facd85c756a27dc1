import { getTranslations } from 'next-intl/server';
import { redirectTo } from '../../../../../../../lib/editor/respond';
import { recoveryCodesOfRequest } from '../../../../../../../lib/editor/two-factor-cookies';

/**
 * The new recovery codes as a text file to keep, while the page still shows
 * them (their cookie lasts ten minutes); afterwards the page itself. Never
 * cached: the codes open the account.
 */
export async function GET(_request: Request, context: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await context.params;
  const codes = await recoveryCodesOfRequest();
  if (codes.length === 0) return redirectTo(`/${locale}/editor/account/two-factor`);
  const t = await getTranslations({ locale, namespace: 'Editor' });
  const body = [t('twoFactor.recovery.fileTitle'), '', t('twoFactor.recovery.fileNote'), '', ...codes, ''].join('\r\n');
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': 'attachment; filename="careleaf-recovery-codes.txt"',
      'cache-control': 'no-store',
      pragma: 'no-cache',
      'x-content-type-options': 'nosniff',
    },
  });
}
