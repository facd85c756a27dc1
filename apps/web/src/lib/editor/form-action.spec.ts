// The marker package throws outside React Server Components; this test runs the helper as a route handler would.
jest.mock('server-only', () => ({}));

import { createTranslator } from 'next-intl';
import de from '../../../messages/de.json';
import en from '../../../messages/en.json';
import { decodeFlash, FLASH_COOKIE, type Flash } from './flash';
import { formActionWith } from './form-action';

const formAction = formActionWith({
  translations: async (locale) => createTranslator({ locale, messages: en, namespace: 'Editor' }),
});

const HOST = 'gesundheit.localhost:3000';
const URL_BASE = `http://${HOST}/en/editor/documents/d1/citations`;
const context = { params: Promise.resolve({ locale: 'en', id: 'd1' }) };

function post(fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(URL_BASE, {
    method: 'POST',
    headers: { host: HOST, origin: `http://${HOST}`, ...headers },
    body: new URLSearchParams(fields),
  });
}

/** The one-off message a 303 carries, as the next page load reads it. */
function flashOf(res: Response): Flash | null {
  const id = new URL(res.headers.get('location') ?? '', 'http://x').searchParams.get('flash');
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${FLASH_COOKIE}=`))
    ?.split(';')[0]
    ?.slice(FLASH_COOKIE.length + 1);
  return decodeFlash(cookie, id);
}

describe('an editor form handler', () => {
  test('a post with Origin null (from a no-referrer page) runs only when the browser says it came from this site', async () => {
    const handler = jest.fn(async () => new Response('ran'));
    const ours = await formAction(handler, { csrf: false })(post({}, { origin: 'null', 'sec-fetch-site': 'same-origin' }), context);
    expect(await ours.text()).toBe('ran');
    for (const site of ['cross-site', 'same-site', 'none']) {
      const res = await formAction(handler, { csrf: false })(post({}, { origin: 'null', 'sec-fetch-site': site }), context);
      expect(res.status).toBe(403);
    }
    const bare = await formAction(handler, { csrf: false })(post({}, { origin: 'null' }), context);
    expect(bare.status).toBe(403);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('a post from another site is refused with 403 and nothing runs', async () => {
    const handler = jest.fn(async () => new Response('ran'));
    const res = await formAction(handler)(post({ csrf: 'token' }, { origin: 'https://elsewhere.example' }), context);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/only be sent from the editor of this site/);
    expect(handler).not.toHaveBeenCalled();
  });

  test('a post without an Origin header is refused with 403', async () => {
    const handler = jest.fn(async () => new Response('ran'));
    const request = new Request(URL_BASE, { method: 'POST', headers: { host: HOST }, body: new URLSearchParams({ csrf: 't' }) });
    expect((await formAction(handler)(request, context)).status).toBe(403);
    expect(handler).not.toHaveBeenCalled();
  });

  test('a form without the CSRF token is refused with 403 before the API is asked', async () => {
    const handler = jest.fn(async () => new Response('ran'));
    const res = await formAction(handler)(post({ lang: 'en' }), context);
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/no security token/);
    expect(handler).not.toHaveBeenCalled();
  });

  test('the sign-in form, which has no session yet, passes without a CSRF token', async () => {
    const res = await formAction(async ({ field }) => new Response(field('email')), { csrf: false })(
      post({ email: ' a@b.example ' }),
      context,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('a@b.example');
  });

  test('the handler gets the trimmed fields, the CSRF token, the locale and the route parameters', async () => {
    const res = await formAction<{ locale: string; id: string }>(async ({ field, csrf, locale, params, t }) =>
      Response.json({ lang: field('lang'), csrf, locale, id: params.id, text: t('save.badForm') }),
    )(post({ lang: ' de ', csrf: 'tok' }), context);
    expect(await res.json()).toEqual({ lang: 'de', csrf: 'tok', locale: 'en', id: 'd1', text: en.Editor.save.badForm });
  });

  test('the API’s first error becomes the message on the control its field maps to, with a 303 to the page', async () => {
    const res = await formAction(async ({ refused }) => {
      const errors = [
        { message: 'The year must be a number.', extensions: { code: 'BAD_USER_INPUT', field: 'year', reason: 'YEAR_INVALID' } },
        { message: 'A second problem is not shown.', extensions: { code: 'BAD_USER_INPUT', field: 'title' } },
      ];
      return (
        refused('/en/editor/documents/d1?lang=de', errors, { field: (f) => (f ? `citation-${f}` : undefined) }) ?? new Response('no error')
      );
    })(post({ csrf: 'tok' }), context);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/en\/editor\/documents\/d1\?lang=de&flash=[\w-]+$/);
    expect(flashOf(res)).toMatchObject({ kind: 'error', text: 'The year must be a number.', field: 'citation-year' });
  });

  test('an error code can be worded in the page’s language, and an error without a field names no control', async () => {
    const res = await formAction(async ({ refused, t }) => {
      const errors = [{ message: 'Stale base version', extensions: { code: 'CONFLICT' } }];
      return (
        refused('/en/editor/documents/d1', errors, { text: (e) => (e.code === 'CONFLICT' ? t('save.conflict') : undefined) }) ??
        new Response('no error')
      );
    })(post({ csrf: 'tok' }), context);
    const flash = flashOf(res);
    expect(flash).toMatchObject({ kind: 'error', text: en.Editor.save.conflict });
    expect(flash).not.toHaveProperty('field');
  });

  test('a German editor reads the API’s refusal in German, from its reason and parameters, not the English message', async () => {
    const german = { params: Promise.resolve({ locale: 'de', id: 'd1' }) };
    const res = await formAction(async ({ refused }) => {
      const errors = [
        {
          message: 'The caption is 900 characters long; shorten it to at most 500.',
          extensions: { code: 'BAD_USER_INPUT', field: 'caption', reason: 'TOO_LONG', limit: 500 },
        },
      ];
      return refused('/de/editor/documents/d1', errors) ?? new Response('no error');
    })(post({ csrf: 'tok' }), german);
    expect(flashOf(res)).toMatchObject({ kind: 'error', text: de.errors.TOO_LONG.replace('{limit}', '500') });
  });

  test('no API error means no refusal: the handler goes on to its own answer', async () => {
    const res = await formAction(async ({ refused, redirectTo }) => {
      return refused('/en/editor', []) ?? redirectTo('/en/editor', { kind: 'status', text: 'saved' });
    })(post({ csrf: 'tok' }), context);
    expect(flashOf(res)).toMatchObject({ kind: 'status', text: 'saved' });
  });

  test('a body above the bound is refused with 413, whether or not it declares its length', async () => {
    const handler = jest.fn(async () => new Response('ran'));
    const declared = post({ csrf: 'tok', text: 'x'.repeat(2000) }, { 'content-length': '2013' });
    expect((await formAction(handler, { maxBytes: 1000 })(declared, context)).status).toBe(413);
    // A streamed body without Content-Length is counted as it arrives.
    const chunk = new TextEncoder().encode(`csrf=tok&text=${'x'.repeat(600)}`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = new Request(URL_BASE, {
      method: 'POST',
      headers: { host: HOST, origin: `http://${HOST}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await formAction(handler, { maxBytes: 1000 })(streamed, context)).status).toBe(413);
    expect(handler).not.toHaveBeenCalled();
  });

  test('a body that is no form is answered with 400', async () => {
    const request = new Request(URL_BASE, {
      method: 'POST',
      headers: { host: HOST, origin: `http://${HOST}`, 'content-type': 'multipart/form-data; boundary=x' },
      body: 'not multipart at all',
    });
    expect((await formAction(async () => new Response('ran'))(request, context)).status).toBe(400);
  });

  test('a GET form reads its fields from the query string without origin or CSRF checks', async () => {
    const request = new Request(`${URL_BASE}?locale=de&document=%20abc%20`, { headers: { host: HOST } });
    const res = await formAction(async ({ field }) => new Response(`${field('locale')}|${field('document')}`), { source: 'query' })(
      request,
      context,
    );
    expect(await res.text()).toBe('de|abc');
  });
});
