import 'server-only';
import { getTranslations } from 'next-intl/server';
import { errorText } from '../error-text';
import type { GraphQLErrorShape } from '../graphql';
import type { Flash } from './flash';
import { firstError, foreignPost, fromThisSite, type FirstError } from './request';
import { field as formField, redirectTo as plainRedirect, redirectWithFlash } from './respond';

export type EditorTranslator = Awaited<ReturnType<typeof getTranslations<'Editor'>>>;

/**
 * Largest form body read by default. The API takes at most 1 MB of GraphQL
 * per call; a form encodes the same text up to three times as long
 * (percent-encoded), so this leaves room for the largest document a save can
 * carry while keeping a hostile body from being buffered whole.
 */
export const FORM_MAX_BYTES = 4 * 1024 * 1024;

export interface FormActionOptions {
  /** Whether the form must carry the session's CSRF token (every form but sign-in, which has no session yet). */
  csrf?: boolean;
  /** Bound of the request body in bytes; larger bodies are refused with 413 before they are read whole. */
  maxBytes?: number;
  /** `query`: a GET form (it changes nothing): fields from the query string, no origin or CSRF check. */
  source?: 'body' | 'query';
}

/** How the API's first error becomes the flash: its text and the id of the control it belongs to. */
export interface ApiErrorRules {
  /** The text to show instead of the reason's catalog message (errors.<reason>); undefined keeps that message. */
  text?: (error: FirstError) => string | undefined;
  /** The control id for the API's `extensions.field` (undefined when it names none): undefined leaves the flash without a field. */
  field?: (apiField: string | undefined, error: FirstError) => string | undefined;
}

export interface FormActionContext<P extends { locale: string }> {
  request: Request;
  params: P;
  locale: string;
  form: FormData;
  /** The editor's messages in the page's language. */
  t: EditorTranslator;
  /** A form field as a trimmed string ('' when absent or a file). */
  field(name: string): string;
  /** The session's CSRF token the form carried, for the API's mutations. */
  csrf: string;
  /** 303 to `back` with a one-off message (and the API's cookies, for sign-in and sign-out). */
  redirectTo(back: string, flash: Omit<Flash, 'id'>, apiCookies?: string[]): Response;
  /** 303 to `back` with an error message, on the control `field` when given. */
  fail(back: string, text: string, field?: string): Response;
  /** 303 to `back` with the API's first error as the message, or null when the API reported none. */
  refused(back: string, errors: readonly GraphQLErrorShape[], rules?: ApiErrorRules): Response | null;
}

type Handler<P extends { locale: string }> = (ctx: FormActionContext<P>) => Promise<Response>;
type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * The error flash for the API's first error, or null when there is none: its
 * reason's message in the page's language (the API's English message only for
 * a reason the catalogs lack).
 */
export function apiErrorFlash(errors: readonly GraphQLErrorShape[], rules: ApiErrorRules = {}, locale = 'en'): Omit<Flash, 'id'> | null {
  const error = firstError(errors);
  if (!error || !errors[0]) return null;
  const control = rules.field?.(error.field, error);
  return { kind: 'error', text: rules.text?.(error) ?? errorText(locale, errors[0]), ...(control ? { field: control } : {}) };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/** The form of a POST, read up to `maxBytes`: 'too-large' beyond it, 'malformed' when it is no form. */
async function readForm(request: Request, maxBytes: number): Promise<FormData | 'too-large' | 'malformed'> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return 'too-large';
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      // A body without (or with a lying) Content-Length stops here, not when it ends.
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return 'too-large';
      }
      chunks.push(value);
    }
  }
  try {
    const body = new Blob(chunks as BlobPart[]);
    return await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return 'malformed';
  }
}

function queryForm(request: Request): FormData {
  const form = new FormData();
  for (const [name, value] of new URL(request.url).searchParams) form.append(name, value);
  return form;
}

/** Injected so the steps can be tested without a Next.js request scope. */
export interface FormActionDeps {
  translations(locale: string): Promise<EditorTranslator>;
}

const nextDeps: FormActionDeps = { translations: (locale) => getTranslations({ locale, namespace: 'Editor' }) };

/**
 * A route handler for an editor form, doing what every one of them needs in
 * this order: the origin check (a form from another site is refused with 403,
 * which also guards sign-in, where no session exists yet), reading the form
 * with a bounded size (413 beyond it, 400 when it is no form), the CSRF token
 * (403 without one: the API checks its value), then the handler, which
 * answers with a 303 and a one-off message (`redirectTo`, `fail`, `refused`).
 */
export function formActionWith(deps: FormActionDeps) {
  return function formAction<P extends { locale: string } = { locale: string }>(
    handler: Handler<P>,
    options: FormActionOptions = {},
  ): RouteHandler<P> {
    const { csrf: needsCsrf = true, maxBytes = FORM_MAX_BYTES, source = 'body' } = options;
    return async (request, context) => {
      if (source === 'body' && !fromThisSite(request)) return foreignPost();
      const params = await context.params;
      const form = source === 'query' ? queryForm(request) : await readForm(request, maxBytes);
      if (form === 'too-large') return plain(413, 'This form is larger than the editor accepts.');
      if (form === 'malformed') return plain(400, 'This request does not carry a form.');
      const csrf = formField(form, 'csrf');
      if (source === 'body' && needsCsrf && !csrf) {
        return plain(403, 'This form carries no security token. Reload the page and send it again.');
      }
      const redirectTo = (back: string, flash: Omit<Flash, 'id'>, apiCookies?: string[]) =>
        redirectWithFlash(request, back, flash, apiCookies);
      return handler({
        request,
        params,
        locale: params.locale,
        form,
        t: await deps.translations(params.locale),
        field: (name) => formField(form, name),
        csrf,
        redirectTo,
        fail: (back, text, field) => redirectTo(back, { kind: 'error', text, ...(field ? { field } : {}) }),
        refused: (back, errors, rules) => {
          const flash = apiErrorFlash(errors, rules, params.locale);
          return flash ? redirectTo(back, flash) : null;
        },
      });
    };
  };
}

export const formAction = formActionWith(nextDeps);

/** The GET of a form handler (a reload after the redirect, a bookmarked action): 303 to the form's page. */
export function pageRedirect<P extends { locale: string } = { locale: string }>(path: (params: P) => string): RouteHandler<P> {
  return async (_request, context) => plainRedirect(path(await context.params));
}
