import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/*
 * Which database a request's tenant reads go to. The HTTP layer decides once per
 * request (server/http/read-routing.ts: anonymous public reads may go to a
 * streaming replica, ADR 0035) and runs the rest of the request in that scope;
 * Database.withTenant and readOnce follow it. Nothing else does: sessions,
 * credentials, tenant lookups and writes always use the primary.
 */
const scope = new AsyncLocalStorage<DataSource>();

/** Runs `fn` (and everything it starts) with tenant reads on `source`. */
export function readingFrom<T>(source: DataSource, fn: () => T): T {
  return scope.run(source, fn);
}

/** The replica chosen for the current request, or `primary`. */
export function readSource(primary: DataSource): DataSource {
  return scope.getStore() ?? primary;
}
