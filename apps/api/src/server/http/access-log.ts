import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../../kernel/logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a caller's request id may look like: a UUID, a load balancer's or a trace's id; bounded, printable, no spaces. */
const ACCEPTED_ID = /^[A-Za-z0-9._:@=+/-]{1,128}$/;

/** The caller's id when it is acceptable (the web app's, a proxy's), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && ACCEPTED_ID.test(header) ? header : randomUUID();
}

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);
const MAX_URL = 512;

/**
 * One JSON line per request (pino-http): id, method, URL, status, duration,
 * client address. The id comes from X-Request-Id when acceptable and goes back
 * in the same header. Headers are not logged (cookies, tokens); probes and
 * scrapes are not logged at all.
 */
export function accessLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (req) => PROBES.has((req.url ?? '').split('?')[0]!) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.length > MAX_URL ? `${req.url.slice(0, MAX_URL)}…` : req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
