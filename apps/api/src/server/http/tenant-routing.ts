import type { Request } from 'express';
import type { LRUCache } from 'lru-cache';
import type { Database, TenantRef } from '../../kernel/db/database';
import type { TenantView } from '../../modules/tenancy';

export interface ResolvedTenant {
  ref: TenantRef;
  config: TenantView;
}
import { AppError } from '../../kernel/errors';
import { parseHost, portAllowed } from './host';
import { requestKeyedCache } from './request-keyed-cache';

const MISSING = Symbol('missing');

/**
 * Host → tenant, looked up once per host and kept briefly: a domain moved to
 * another tenant takes effect within `ttlMs`. Content is never cached here.
 */
export class TenantRouter {
  private readonly cache: LRUCache<string, ResolvedTenant | typeof MISSING>;

  constructor(
    private readonly db: Database,
    private readonly allowTenantHeader: boolean,
    private readonly loadConfig: (ref: TenantRef) => Promise<TenantView>,
    ttlMs = 10_000,
    /** Ports a Host may name besides 80 and 443; null: any (development). */
    private readonly allowedPorts: ReadonlySet<number> | null = null,
  ) {
    // Unknown hosts and slugs are remembered too, so the bound is in bytes (16 MiB) as well as count.
    this.cache = requestKeyedCache<ResolvedTenant | typeof MISSING>({
      max: 10_000,
      ttl: ttlMs,
      maxBytes: 16 * 1024 * 1024,
      valueBytes: (v) => (v === MISSING ? 0 : 2 * JSON.stringify(v).length),
    });
  }

  /** The tenant of `req`, or a NOT_FOUND AppError; never a default tenant. */
  async resolve(req: Request): Promise<ResolvedTenant> {
    const slug = this.allowTenantHeader ? req.get('x-tenant')?.trim() : undefined;
    const hostname = slug ? null : this.acceptedHostname(req);
    const key = slug ? `slug:${slug}` : `host:${hostname}`;
    let ref = this.cache.get(key);
    if (ref === undefined) {
      const found = slug ? await this.db.tenantBySlug(slug) : await this.db.tenantByHost(hostname ?? '');
      ref = found ? { ref: found, config: await this.loadConfig(found) } : MISSING;
      this.cache.set(key, ref);
    }
    if (ref === MISSING) {
      // The host is not echoed: it is text the client chose, and could be shown to someone else.
      const what = slug ? `the tenant "${slug}" (x-tenant header)` : 'this host';
      throw new AppError('NOT_FOUND', `No Careleaf site is configured for ${what}. Check the address.`, undefined, 'HOST_UNKNOWN');
    }
    return ref;
  }

  /** The host name of `req` (Host, or X-Forwarded-Host from a trusted proxy), if it is `name[:allowed port]`. */
  private acceptedHostname(req: Request): string {
    const host = parseHost(req.host);
    if (!host || !portAllowed(host.port, this.allowedPorts)) {
      throw new AppError('NOT_FOUND', 'No Careleaf site is configured for this host. Check the address.', undefined, 'HOST_UNKNOWN');
    }
    return host.hostname;
  }

  clear(): void {
    this.cache.clear();
  }
}
