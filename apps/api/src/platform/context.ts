import DataLoader from 'dataloader';
import type { Database, TenantRef, TenantTx } from './db/database';
import type { TenantView } from '../modules/tenancy/tenant.service';
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
  /** The tenant's locales, regions and defaults (cached briefly across requests). */
  readonly tenantConfig: TenantView;
  /** Requested locale (from arguments, headers or cookies); validated by services. */
  readonly locale: string | null;
  /** The region for readers who have not chosen one: the default of the request's domain (null: the tenant's default). */
  readonly region: string | null;
  readonly user: SessionUser | null;
  readonly membership: Membership | null;
  /** Runs `fn` in a transaction scoped to this request's tenant. */
  tx<T>(fn: (tx: TenantTx) => Promise<T>): Promise<T>;
  /** A DataLoader for this request only, created on first use under `name`. */
  loader<K, V>(name: string, batch: (tx: TenantTx, keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V>;
}

export function createRequestContext(
  db: Database,
  init: Omit<RequestContext, 'tx' | 'user' | 'membership' | 'loader'> & Partial<Pick<RequestContext, 'user' | 'membership'>>,
): RequestContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const tx = <T>(fn: (tx: TenantTx) => Promise<T>) => db.withTenant(init.tenant.id, fn);
  return {
    user: null,
    membership: null,
    ...init,
    tx,
    loader<K, V>(name: string, batch: (t: TenantTx, keys: readonly K[]) => Promise<(V | Error)[]>) {
      let l = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!l) {
        l = new DataLoader<K, V>((keys) => tx((t) => batch(t, keys)));
        loaders.set(name, l as DataLoader<unknown, unknown>);
      }
      return l;
    },
  };
}
