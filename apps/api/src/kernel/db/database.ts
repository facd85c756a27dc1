import type { Pool, QueryResultRow } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_ROLE, AUTH_ROLE } from '@careleaf/migrations';
import { readSource } from './read-source';

/** A transaction scoped to one tenant, running as the API role under RLS. */
export interface TenantTx {
  readonly tenantId: string;
  readonly em: EntityManager;
  /** Runs `fn` once the transaction has committed (never after a rollback). */
  afterCommit(fn: () => void): void;
}

export interface TenantRef {
  id: string;
  slug: string;
  name: string;
}

/**
 * The one door to the database. Tenant work runs in a transaction that first
 * switches to the API role and sets the tenant, both transaction-locally, so
 * nothing leaks to the next user of the pooled connection (or of the one
 * shared session of the embedded database).
 */
export class Database {
  constructor(
    readonly dataSource: DataSource,
    /**
     * Named prepared statements for readOnce. Off on the embedded database: its one
     * session outlives the pool's connections, which would prepare a name twice.
     */
    private readonly namedStatements = true,
  ) {}

  async withTenant<T>(tenantId: string, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
    const committed: (() => void)[] = [];
    // A replica inside an anonymous public read (read-source.ts); the primary everywhere else.
    const result = await readSource(this.dataSource).transaction(async (em) => {
      await em.query(`SELECT set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [APP_ROLE, tenantId]);
      return fn({ tenantId, em, afterCommit: (f) => committed.push(f) });
    });
    for (const f of committed) f();
    return result;
  }

  /** The API role with no tenant: sees no tenant rows at all. */
  withoutTenant<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('role', $1, true)`, [APP_ROLE]);
      return fn(em);
    });
  }

  /**
   * As the credential role: password hashes, sessions and reset tokens, and
   * nothing tenant-owned. Only the identity module's sign-in, session and
   * password-reset code calls this.
   */
  asAuth<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await switchRole(em, 'auth');
      return fn(em);
    });
  }

  /**
   * As the owner, above tenants. Only operator tooling (CLI, seed, migrations)
   * calls this; request handlers never do.
   */
  asPlatform<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async tenantByHost(host: string): Promise<TenantRef | null> {
    return this.lookup('app_tenant_by_host', host);
  }

  async tenantBySlug(slug: string): Promise<TenantRef | null> {
    return this.lookup('app_tenant_by_slug', slug);
  }

  private async lookup(fn: 'app_tenant_by_host' | 'app_tenant_by_slug', key: string): Promise<TenantRef | null> {
    const rows: TenantRef[] = await this.withoutTenant((em) => em.query(`SELECT id, slug, name FROM ${fn}($1)`, [key]));
    return rows[0] ?? null;
  }

  /**
   * One statement on its own (its implicit transaction), prepared once per
   * connection under `name`: one round trip instead of four. Only for SQL
   * functions that switch to the API role and set the tenant themselves, e.g.
   * careleaf_published_chain (migrations/src/1764840000000-public-reads.ts).
   */
  async readOnce<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const pool = poolOf(readSource(this.dataSource));
    // Outside TypeORM's query runner: tell its logger, so query logs and counts stay complete.
    if (this.dataSource.options.logging) this.dataSource.logger.logQuery(text, values);
    return (await pool.query<T & QueryResultRow>(this.namedStatements ? { name, text, values } : { text, values })).rows;
  }

  async pendingMigrations(): Promise<boolean> {
    return this.dataSource.showMigrations();
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}

/**
 * The pg pool behind TypeORM's PostgreSQL driver (its `master`, typed `any` by
 * TypeORM), checked rather than cast: a driver without one is a setup error.
 */
export function poolOf(dataSource: DataSource): Pool {
  const driver: object = dataSource.driver;
  const master: unknown = 'master' in driver ? driver.master : undefined;
  if (typeof master !== 'object' || master === null || !('query' in master) || typeof master.query !== 'function')
    throw new Error('The data source has no PostgreSQL connection pool (is it a postgres data source, and initialized?)');
  return master as Pool;
}

/**
 * Switches the role for the rest of the current transaction (the tenant
 * setting stays). For the rare unit of work that must touch credentials and
 * tenant rows atomically, e.g. accepting an invitation creates a user.
 */
export async function switchRole(em: EntityManager, role: 'app' | 'auth'): Promise<void> {
  await em.query(`SELECT set_config('role', $1, true)`, [role === 'app' ? APP_ROLE : AUTH_ROLE]);
}
