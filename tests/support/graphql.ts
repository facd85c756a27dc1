import { execute, parse, type GraphQLSchema } from 'graphql';
import type { Role } from '../../apps/api/src/kernel/policy';
import { createRequestContext } from '../../apps/api/src/kernel/context';
import { buildGraphQLSchema } from '../../apps/api/src/server/graphql/schema';
import { AppError } from '../../apps/api/src/kernel/errors';
import { inputViolation } from '../../apps/api/src/kernel/graphql/input-violations';
import type { TestDatabase } from './database';

export interface ExecResult<T> {
  data?: T | null;
  errors?: { message: string; code?: string; field?: string; extensions?: Record<string, unknown> }[];
}

export interface Caller {
  user?: { id: string; email: string } | null;
  role?: Role | null;
  locales?: string[];
}

/**
 * Runs an operation through the real schema and resolvers with a request
 * context as the HTTP layer would build it for `caller` — for tests of
 * resolver behaviour that do not need the HTTP stack.
 */
export function useGraphQL(
  database: TestDatabase,
): <T = Record<string, unknown>>(
  tenantId: string,
  caller: Caller,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<ExecResult<T>> {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema(database.services);
  });
  return async (tenantId, caller, query, variables) => {
    const tenantConfig = await database.db.withTenant(tenantId, (tx) => database.services.tenancy.view(tx));
    const ctx = createRequestContext(database.db, {
      requestId: 'test',
      tenant: { id: tenantId, slug: tenantConfig.slug, name: tenantConfig.name },
      tenantConfig,
      locale: null,
      region: null,
      user: caller.user ? { id: caller.user.id, email: caller.user.email, displayName: caller.user.email } : null,
      membership: caller.role ? { role: caller.role, locales: caller.locales ?? [] } : null,
    });
    const result = await execute({ schema, document: parse(query), contextValue: ctx, variableValues: variables });
    return {
      data: result.data as never,
      errors: result.errors?.map((e) => {
        const original = e.originalError instanceof AppError ? e.originalError : null;
        const violation = inputViolation(e.originalError);
        if (violation)
          return {
            message: violation.message,
            code: violation.extensions.code,
            field: violation.extensions.field,
            extensions: violation.extensions,
          };
        return {
          message: e.message,
          code: original?.code ?? (e.extensions?.code as string | undefined),
          field: original?.field,
          extensions: { ...e.extensions, ...(original?.details ?? {}) },
        };
      }),
    };
  };
}
