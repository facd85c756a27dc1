import type { Request } from 'express';
import type { LRUCache } from 'lru-cache';
import type { Database, TenantRef } from '../db/database';
import type { TenantView } from '../../modules/tenancy/tenant.service';

export interface ResolvedTenant {
  ref: TenantRef;
  config: TenantView;
}
import { AppError } from '../errors';
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
    const key = slug ? `slug:${slug}` : `host:${req.hostname}`;
    let ref = this.cache.get(key);
    if (ref === undefined) {
      const found = slug ? await this.db.tenantBySlug(slug) : await this.db.tenantByHost(req.hostname);
      ref = found ? { ref: found, config: await this.loadConfig(found) } : MISSING;
      this.cache.set(key, ref);
    }
    if (ref === MISSING) {
      const what = slug ? `the tenant "${slug}" (x-tenant header)` : `the host "${req.hostname}"`;
      throw new AppError('NOT_FOUND', `No Careleaf site is configured for ${what}. Check the address.`);
    }
    return ref;
  }

  clear(): void {
    this.cache.clear();
  }
}
