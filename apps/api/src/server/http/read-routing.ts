import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { readingFrom } from '../../kernel/db/read-source';
import { mayCarrySession, type PublicResponseCache } from './public-cache';
import type { TenantRouter } from './tenant-routing';

/** Where a tenant's anonymous public reads may go: a caught-up replica, or null for the primary. */
export interface ReplicaChooser {
  sourceFor(tenantId: string): DataSource | null;
}

/** The operation's text and name, as the public cache left them (it resolves persisted queries into the body). */
function operationOf(req: Request): { query: string; operationName: string | null } | null {
  const source = (req.method === 'GET' ? { ...(req.query as object), ...(req.body as object) } : req.body) as
    Record<string, unknown> | undefined;
  if (!source || typeof source.query !== 'string') return null;
  return { query: source.query, operationName: typeof source.operationName === 'string' ? source.operationName : null };
}

/**
 * Anonymous public reads (the operations the public cache may share: queries of
 * public fields only, no session cookie, no Authorization) run on a replica
 * that has the tenant's last change (replicas.ts); everything else — anything
 * signed in, every mutation — stays on the primary. Mounted after the public
 * cache, so a hit never gets here and a miss's generation is taken first.
 */
export function readRouting(replicas: ReplicaChooser, router: TenantRouter, cache: PublicResponseCache): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'POST') || req.get('authorization') || mayCarrySession(req)) return next();
    const op = operationOf(req);
    if (!op || !cache.isCacheable(op.query, op.operationName)) return next();
    router.resolve(req).then(
      ({ ref }) => {
        const source = replicas.sourceFor(ref.id);
        if (source) readingFrom(source, () => next());
        else next();
      },
      () => next(), // Apollo reports the unknown tenant
    );
  };
}
