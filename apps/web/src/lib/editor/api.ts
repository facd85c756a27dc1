import 'server-only';
import type { TypedDocumentString } from '@careleaf/schema/web/graphql';
import { cookies, headers } from 'next/headers';
import { execute, type GraphQLResult } from '../graphql';
import { normaliseHost } from '../tenant';
import { EditorMeQuery } from './documents';

/**
 * Calls the API as the signed-in editor: the reader's cookies (session and
 * CSRF) go along, and for mutations the CSRF token their form carried. The
 * API checks that token against its own cookie, so a form posted from
 * another site (which cannot read the token) changes nothing.
 */
export async function asEditor<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  csrfToken?: string,
  opts: { timeoutMs?: number; signedClient?: string; userAgent?: string } = {},
): Promise<GraphQLResult<TResult>> {
  const h = await headers();
  return execute(document, variables, {
    host: normaliseHost(h.get('host')),
    cookie: h.get('cookie') ?? undefined,
    csrfToken,
    ...opts,
  });
}

export type Editor = NonNullable<Awaited<ReturnType<typeof currentEditor>>>;

/** The signed-in user of this request and their role here, or null. */
export async function currentEditor() {
  const jar = await cookies();
  // Without any cookie there is no session: spare the API the question.
  if (jar.getAll().length === 0) return null;
  const result = await asEditor(EditorMeQuery, {});
  return result.data?.me ?? null;
}
