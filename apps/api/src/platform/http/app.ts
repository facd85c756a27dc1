import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config';
import { createRequestContext, type RequestContext } from '../context';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Services } from '../services';
import { buildGraphQLSchema } from '../graphql/schema';
import { TenantRouter } from './tenant-routing';
import { regionForHost } from '../../modules/tenancy/locale';

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  router: TenantRouter;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

function formatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
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

export async function createApiServer(config: Config, services: Services, logger: Logger): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  // The web app calls the API over loopback and forwards the reader's host.
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const router = new TenantRouter(services.db, config.allowTenantHeader, (ref) =>
    services.db.withTenant(ref.id, (tx) => services.tenancy.view(tx)),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
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
    // main.ts owns shutdown (HTTP, jobs, database, in that order).
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: 5000 },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...(protection.plugins as ApolloServerPlugin<RequestContext>[])],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        let tenant;
        try {
          tenant = await router.resolve(req);
        } catch (e) {
          throw e instanceof AppError ? e.toGraphQL() : e;
        }
        return createRequestContext(services.db, {
          requestId: req.get('x-request-id') ?? randomUUID(),
          tenant: tenant.ref,
          tenantConfig: tenant.config,
          locale: null,
          // A tenant serving several countries can default each domain to its own region.
          region: regionForHost(tenant.config, req.hostname),
        });
      },
    }),
  );
  app.use(bodyErrors(config.bodyLimit));

  return {
    app,
    httpServer,
    router,
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
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
