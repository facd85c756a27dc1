import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../../kernel/config';

/** The Permissions-Policy of every answer: the API needs no browser feature. */
export const API_PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * Security headers on every API answer (helmet). The API answers JSON and
 * image files, never pages: its CSP allows nothing to load and nothing to
 * frame it. Images under /media may be embedded by the site on another origin
 * (a CDN), so only they are cross-origin resources. HSTS only in production,
 * where the API is behind HTTPS; elsewhere it would pin localhost to HTTPS.
 */
export function apiSecurityHeaders(config: Pick<Config, 'production'>): RequestHandler[] {
  const strict = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] } },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: config.production ? { maxAge: 63_072_000, includeSubDomains: true } : false,
  });
  // Apollo's development landing page (GET /graphql from a browser) is HTML with scripts: it keeps working outside production.
  const landingPage = (path: string, method: string, accept: string | undefined) =>
    !config.production && method === 'GET' && path === '/graphql' && (accept ?? '').includes('text/html');
  return [
    (req, res, next) => {
      if (landingPage(req.path, req.method, req.get('accept'))) {
        res.setHeader('X-Content-Type-Options', 'nosniff');
        return next();
      }
      return strict(req, res, next);
    },
    (req, res, next) => {
      res.setHeader('Permissions-Policy', API_PERMISSIONS_POLICY);
      if (req.path.startsWith('/media/')) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      next();
    },
  ];
}
