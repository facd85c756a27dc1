import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { TenantRouter } from './tenant-routing';

const PREFLIGHT_MAX_AGE_SECONDS = 600;
const ALLOWED_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name, authorization';
// What a headless reader needs to revalidate and to report a problem with a request.
const EXPOSED_HEADERS = 'ETag, X-Cache, X-Request-Id';

/**
 * CORS per tenant: a browser page on one of the tenant's listed origins
 * (`tenant.corsOrigins`) may read the public API. Nothing else changes for
 * other origins: they get no CORS headers, so their browsers keep the
 * answer from the page. Credentials are never allowed: a headless consumer
 * reads published content; editors use the tenant's own site, not CORS.
 * Answers vary by Origin, so shared caches keep one copy per origin.
 */
export function tenantCors(router: TenantRouter): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.get('origin');
    if (!origin) return next();
    res.vary('Origin');
    router.resolve(req).then(
      ({ config }) => {
        const allowed = config.corsOrigins.includes(origin);
        if (allowed) {
          res.setHeader('Access-Control-Allow-Origin', origin);
          res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
        }
        if (req.method !== 'OPTIONS') return next();
        // A preflight: answered here (Apollo serves GET and POST only); without the headers for other origins.
        if (allowed) {
          res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
          res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
          res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
        }
        res.status(204).end();
      },
      () => next(), // an unknown host: Apollo answers with the usual error
    );
  };
}
