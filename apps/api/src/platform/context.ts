import type { Database, TenantRef, TenantTx } from './db/database';
import type { Role } from './access';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface Membership {
  role: Role;
  /** For translators: the locales they may write. */
  locales: string[];
}

/** Built once per request; every resolver gets exactly this. */
export interface RequestContext {
  readonly requestId: string;
  readonly tenant: TenantRef;
  /** Requested locale and region (from arguments, headers or cookies); validated by services. */
  readonly locale: string | null;
  readonly region: string | null;
  readonly user: SessionUser | null;
  readonly membership: Membership | null;
  /** Runs `fn` in a transaction scoped to this request's tenant. */
  tx<T>(fn: (tx: TenantTx) => Promise<T>): Promise<T>;
}

export function createRequestContext(
  db: Database,
  init: Omit<RequestContext, 'tx' | 'user' | 'membership'> & Partial<Pick<RequestContext, 'user' | 'membership'>>,
): RequestContext {
  return {
    user: null,
    membership: null,
    ...init,
    tx: (fn) => db.withTenant(init.tenant.id, fn),
  };
}
