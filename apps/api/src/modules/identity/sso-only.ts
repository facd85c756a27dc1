import type { Database } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import { ssoOnlyProvider } from './sso.queries';

/**
 * "SSO only": the tenant signs people of its own domains in through its
 * identity provider, so their passwords (if any) do not open a session on
 * its host. The password sign-in asks this before it looks at the password.
 */
export async function refuseWhereSsoOnly(db: Database, tenantId: string, email: string): Promise<void> {
  const at = email.lastIndexOf('@');
  if (at < 1) return;
  const domain = email.slice(at + 1).toLowerCase();
  const provider = await db.withTenant(tenantId, ({ em }) => ssoOnlyProvider(em, domain));
  if (provider === null) return;
  throw new AppError(
    'FORBIDDEN',
    `Your organisation signs you in with ${provider}. Use the button "Sign in with ${provider}" instead of a password.`,
    'email',
    { reason: 'SSO_REQUIRED', provider },
  );
}
