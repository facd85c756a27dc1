import type { GraphQLSchema } from 'graphql';
import { graphql } from 'graphql';
import type { Role } from '../../apps/api/src/kernel/policy';
import { createRequestContext } from '../../apps/api/src/kernel/context';
import { AppError } from '../../apps/api/src/kernel/errors';
import { buildGraphQLSchema } from '../../apps/api/src/server/graphql/schema';
import { inputViolation } from '../../apps/api/src/kernel/graphql/input-violations';
import type { TestDatabase } from './database';

/**
 * TEST-ONLY stand-in for sign-in, until sessions are merged: runs an
 * operation against the real schema (resolvers, @Access checks, services,
 * database) with a request context that already carries a user and their
 * membership. It skips only HTTP and the session lookup. When sessions land,
 * these tests should sign in and go through HTTP with the session cookie.
 */
export interface Caller {
  tenant: { id: string; slug: string; name?: string };
  /** Omit for an anonymous reader. */
  user?: { id: string; email: string };
  role?: Role;
  locales?: string[];
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: { message: string; code?: string; field?: string }[];
}

export interface GraphQLAs {
  // Tests read nested results freely; each assertion states the shape it expects.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  <T = Record<string, any>>(caller: Caller, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
}

export function useGraphQLAs(database: TestDatabase): GraphQLAs {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema(database.services);
  });
  return async <T>(caller: Caller, query: string, variables?: Record<string, unknown>) => {
    const tenantConfig = await database.db.withTenant(caller.tenant.id, (tx) => database.services.tenancy.view(tx));
    const contextValue = createRequestContext(database.db, {
      requestId: 'test',
      tenant: { id: caller.tenant.id, slug: caller.tenant.slug, name: caller.tenant.name ?? caller.tenant.slug },
      tenantConfig,
      locale: null,
      region: null,
      user: caller.user ? { id: caller.user.id, email: caller.user.email, displayName: caller.user.email } : null,
      membership: caller.user && caller.role ? { role: caller.role, locales: caller.locales ?? [] } : null,
    });
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue });
    return {
      data: (result.data as T) ?? null,
      // The same mapping the HTTP layer does: AppError → code (+ field).
      errors: (result.errors ?? []).map((e) => {
        const original = e.originalError;
        if (original instanceof AppError) return { message: original.message, code: original.code, field: original.field };
        const violation = inputViolation(original);
        if (violation) return { message: violation.message, code: violation.extensions.code, field: violation.extensions.field };
        return { message: e.message, code: (e.extensions?.code as string | undefined) ?? undefined };
      }),
    };
  };
}
