import type { Role } from '../../apps/api/src/kernel/policy';
import type { Services } from '../../apps/api/src/server/services';
import { testActor } from './tenant.factory';

let seq = 0;
// Strong by the password rules (zxcvbn score 4), and not a famous example phrase.
export const TEST_PASSWORD = 'violet kayak hums under 7 lanterns';

/** A user with a known password, optionally a member of `tenantSlug` with `role`. */
export async function createUser(
  services: Services,
  opts: { tenantSlug?: string; role?: Role; locales?: string[]; email?: string } = {},
): Promise<{ id: string; email: string }> {
  const email = opts.email ?? `user${++seq}-${Math.random().toString(36).slice(2, 7)}@example.org`;
  const user = await services.identity.createUser({ email, displayName: `Test user ${seq}`, password: TEST_PASSWORD });
  if (opts.tenantSlug) await services.identity.setMembership(opts.tenantSlug, email, opts.role ?? 'editor', opts.locales ?? [], testActor);
  return { id: user.id, email: user.email };
}
