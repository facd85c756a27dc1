import http from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler } from 'express';
import type { Pool } from 'pg';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../../kernel/config';
import { createRequestContext, type RequestContext } from '../../kernel/context';
import { poolOf } from '../../kernel/db/database';
import { AppError } from '../../kernel/errors';
import type { Logger } from '../../kernel/logger';
import type { Services } from '../services';
import { buildGraphQLSchema } from '../graphql/schema';
import { DocumentStore, TextCache } from '../graphql/document-store';
import { inputGuardPlugin } from '../graphql/input-guard';
import { clientErrorCode } from '../../kernel/graphql/error-codes';
import { inputViolation } from '../../kernel/graphql/input-violations';
import { markComputedAnonymously, PublicResponseCache, publicQueryFields } from './public-cache';
import { queryLimit } from './query-limit';
import { hashToken, looksLikeToken } from '../../modules/identity';
import { csrfPlugin, SessionCookies } from './session-cookies';
import { apiSecurityHeaders } from './security-headers';
import { TenantRouter } from './tenant-routing';
import { subscribeReadCaches } from '../subscribers';
import { createMediaRouter, type AuthorizeRequest } from '../../modules/media';
import { regionForHost } from '../../modules/tenancy';
import { databaseUnavailable, UNAVAILABLE_MESSAGE, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../kernel/db/pg-errors';
import type { JobQueue } from '../../kernel/jobs';
import { accessLog } from './access-log';
import { tenantCors } from './cors';
import { ApiMetrics } from './metrics';
import { readRouting } from './read-routing';
import type { ReplicaReads } from '../db/replicas';

function unavailableError(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: new HeaderMap([['retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** A database outage in a resolver: 503 with Retry-After rather than 200 with an internal error. */
function unavailablePlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ errors, response }) => {
        if (errors?.some((e) => databaseUnavailable(unwrapResolverError(e)))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
        }
      },
    }),
  };
}

export interface ApiServer {
  app: express.Express;
  metrics: ApiMetrics;
  /** Readiness answers 503 from now on (shutdown has begun); requests are still served. */
  drain(): void;
  cookies: SessionCookies;
  httpServer: http.Server;
  router: TenantRouter;
  cache: PublicResponseCache;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

function formatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (databaseUnavailable(original)) return { message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    const violation = inputViolation(original);
    if (violation) return { ...formatted, ...violation };
    if (original instanceof AppError) {
      return {
        ...formatted,
        message: original.message,
        // details: the reason, its parameters and structured help (every problem of an entry or a publish check);
        // first, so no parameter can stand in for the code or the field.
        extensions: { ...original.details, code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    const clientError = clientErrorCode(original);
    if (clientError) return { message: formatted.message, extensions: { ...clientError } };
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: original }, 'unexpected error in a resolver');
      if (production)
        return { message: 'Something went wrong on our side. Please try again later.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}

/** Body-parser failures become GraphQL-shaped errors a client can act on. */
function bodyErrors(limit: string): ErrorRequestHandler {
  return (err: { type?: string; status?: number }, _req, res, next) => {
    if (err.type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: `The request body is larger than the limit of ${limit}.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    } else if (err.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    } else if (err.status && err.status >= 400 && err.status < 500) {
      res.status(err.status).json({ errors: [{ message: 'The request could not be read.', extensions: { code: 'BAD_REQUEST' } }] });
    } else {
      next(err);
    }
  };
}

export interface ApiServerOptions {
  /** Who may call the media routes; the session check by default (tests put a stand-in here). */
  authorizeRequest?: AuthorizeRequest;
  /** The process's job queue, whose depth and failures the metrics report. */
  jobs?: JobQueue;
  /** Node's process metrics (CPU, memory, GC): for the process's one server, see ApiMetrics. */
  processMetrics?: boolean;
  /** Streaming replicas for anonymous public reads (DATABASE_REPLICA_URLS); none: every read on the primary. */
  replicas?: ReplicaReads;
}

/** Express's last handler: a database outage is 503 with Retry-After wherever it surfaces. */
const unavailableErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (!databaseUnavailable(err) || res.headersSent) return next(err);
  res
    .status(503)
    .set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
    .json({
      errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
};

/** The pg pool behind the services' database, or null (then the metrics leave the pool gauges out). */
function poolIfAny(services: Services): Pool | null {
  try {
    return poolOf(services.db.dataSource);
  } catch {
    return null;
  }
}

export async function createApiServer(config: Config, services: Services, logger: Logger, opts: ApiServerOptions = {}): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(apiSecurityHeaders(config));
  app.use(accessLog(logger));
  const pool = poolIfAny(services);
  const metrics = new ApiMetrics(pool, opts.jobs ?? null, { processMetrics: opts.processMetrics });
  app.use(metrics.middleware());
  app.get('/metrics', metrics.handler(config.metrics.token));
  let draining = false;
  // The web app forwards the reader's host: TRUSTED_PROXIES (loopback when unset: the web app beside
  // the API) may set X-Forwarded-Host/-Proto. The client address that rate limits use is not req.ip:
  // see client-address.ts (only TRUSTED_PROXIES, or the web's signed header).
  app.set('trust proxy', config.proxyTrust);
  const httpServer = http.createServer(app);
  const router = new TenantRouter(
    services.db,
    config.allowTenantHeader,
    (ref) => services.db.withTenant(ref.id, (tx) => services.tenancy.view(tx)),
    undefined,
    config.allowedHostPorts,
  );
  const cookies = new SessionCookies(config);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    // A load balancer stops sending new requests; those in flight still finish.
    if (draining) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
    try {
      await services.db.ping();
      const pending = await services.db.pendingMigrations();
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready' });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  // Token limits go through graphql-js's own parser option, so a parse error stays a 400.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 5000 },
    maxTokens: { enabled: false },
  });
  const protection = armor.protect();
  const schema = await buildGraphQLSchema(services);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger, config.production),
    validationRules: [...protection.validationRules],
    allowBatchedHttpRequests: false,
    // Stays on beside the CSRF token: every POST must be a non-simple request.
    csrfPrevention: true,
    // main.ts owns shutdown (HTTP, jobs, database, in that order).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: 5000 },
    // Bounded by the bytes the parsed documents keep alive (Apollo's default counts the AST without its source text).
    documentStore: new DocumentStore(16 * 1024 * 1024),
    // Automatic persisted queries: texts by hash, counted in bytes (Apollo's default counts characters, 30 M of them).
    cache: new TextCache(4 * 1024 * 1024),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // HTTP caching is ours (public-cache.ts); Apollo's per-field cache hints would only cost time on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      metrics.apolloPlugin<RequestContext>(),
      unavailablePlugin<RequestContext>(),
      csrfPlugin(),
      inputGuardPlugin<RequestContext>(),
      ...(protection.plugins as ApolloServerPlugin<RequestContext>[]),
    ],
  });
  await apollo.start();
  const cache = new PublicResponseCache(publicQueryFields(schema), config.publicCacheMb * 1024 * 1024);
  metrics.observeCache(() => ({ hits: cache.hits, misses: cache.misses }));
  if (opts.replicas) metrics.observeReplicas(opts.replicas);
  const unsubscribe = subscribeReadCaches(services.events, { cache, router });

  app.use(
    '/graphql',
    tenantCors(router),
    cookieParser(),
    express.json({ limit: config.bodyLimit }),
    queryLimit(config.maxQueryBytes),
    ...(config.publicCacheMb > 0 ? [cache.middleware(router)] : []),
    ...(opts.replicas ? [readRouting(opts.replicas, router, cache)] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let tenant;
        try {
          tenant = await router.resolve(req);
        } catch (e) {
          if (databaseUnavailable(e)) throw unavailableError();
          throw e instanceof AppError ? e.toGraphQL() : e;
        }
        const http = cookies.exchange(req, res);
        // No cookie, no query: the anonymous read path stays free of session work.
        const token = cookies.sessionToken(req);
        let principal;
        try {
          principal =
            token && looksLikeToken(token)
              ? await services.sessions.principal(hashToken(token), tenant.ref.id, tenant.config.requireTwoFactor)
              : null;
        } catch (e) {
          throw databaseUnavailable(e) ? unavailableError() : e;
        }
        if (principal) cookies.bind(req, principal.session.tokenHash);
        else if (token) http.endSession(); // expired, revoked or forged: let the browser forget it
        // The public cache shares only answers computed like this: no session cookie, no principal.
        if (!token && !principal) markComputedAnonymously(res);
        return createRequestContext(services.db, {
          // The access log's id (access-log.ts): accepted from X-Request-Id when valid, else generated.
          requestId: String(req.id),
          tenant: tenant.ref,
          tenantConfig: tenant.config,
          locale: null,
          // A tenant serving several countries can default each domain to its own region.
          region: regionForHost(tenant.config, req.hostname),
          user: principal?.user ?? null,
          // A member the tenant's two-factor rule holds back counts as no member, so public fields show them
          // no more than a reader (no drafts); the enrolment fields and the auth checker's reason use the flag below.
          membership: principal?.mustEnrolTwoFactor ? null : (principal?.membership ?? null),
          session: principal?.session ?? null,
          mustEnrolTwoFactor: principal?.mustEnrolTwoFactor ?? false,
          http,
        });
      },
    }),
  );
  // Uploads come from the editor with the session cookie, so they need the CSRF token too.
  // (cookie-parser is mounted before, as for /graphql.)
  const sessionAuthorizer: AuthorizeRequest = async (req, tenant, purpose = 'upload') => {
    const token = cookies.sessionToken(req);
    if (!token || !looksLikeToken(token)) return null;
    // The media router resolved the same tenant from this request a moment ago: this answer comes from the router's cache.
    const { config } = await router.resolve(req);
    const principal = await services.sessions.principal(hashToken(token), tenant.id, config.requireTwoFactor);
    // Until a member the tenant's two-factor rule holds back has enrolled, the media routes are closed to them too.
    if (!principal || principal.mustEnrolTwoFactor) return null;
    cookies.bind(req, principal.session.tokenHash);
    // Reading an image changes nothing, and an <img> cannot send the CSRF header.
    return purpose === 'read' || cookies.csrfValid(req) ? { user: principal.user, membership: principal.membership } : null;
  };
  const authorizeRequest = opts.authorizeRequest ?? sessionAuthorizer;
  app.use(
    '/media',
    cookieParser(),
    createMediaRouter({
      services,
      tenants: router,
      authorize: authorizeRequest,
      logger,
    }),
  );
  app.use(bodyErrors(config.bodyLimit));
  app.use(unavailableErrors);

  return {
    app,
    metrics,
    drain() {
      draining = true;
    },
    cookies,
    httpServer,
    router,
    cache,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    async close() {
      unsubscribe();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
