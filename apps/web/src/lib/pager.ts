/**
 * Cursor paging in plain links, so it works without JavaScript. The API gives
 * only "after" cursors, so the address keeps a stack: `after` is this page's
 * cursor, `before` the cursors of the pages before the previous one (oldest
 * first). The previous page is the stack's top; the page number is its height.
 */
export interface PageState {
  after: string | null;
  before: string[];
}

/** Cursors the API hands out are base64url; anything else is dropped rather than sent. */
const CURSOR = /^[A-Za-z0-9_-]{1,1000}={0,2}$/;
/** How deep the stack may grow (a list of 20 pages of 20 is far beyond any registry). */
const MAX_DEPTH = 50;

type Params = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function readPageState(params: Params): PageState {
  const after = first(params.after);
  if (!after || !CURSOR.test(after)) return { after: null, before: [] };
  const before = (first(params.before) ?? '').split('.').filter((c) => CURSOR.test(c));
  return { after, before: before.slice(-MAX_DEPTH) };
}

/** 1 for the first page. */
export function pageNumber(state: PageState): number {
  return state.after ? state.before.length + 2 : 1;
}

function href(path: string, keep: Record<string, string>, state: PageState): string {
  const query = new URLSearchParams(keep);
  if (state.after) query.set('after', state.after);
  // '.' never occurs in base64url, so it can join the stack.
  if (state.after && state.before.length) query.set('before', state.before.join('.'));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** The next page's address, after `endCursor`. */
export function nextPageHref(path: string, keep: Record<string, string>, state: PageState, endCursor: string): string {
  const before = state.after ? [...state.before, state.after] : [];
  return href(path, keep, { after: endCursor, before: before.slice(-MAX_DEPTH) });
}

/** The previous page's address, or null on the first page. */
export function previousPageHref(path: string, keep: Record<string, string>, state: PageState): string | null {
  if (!state.after) return null;
  const before = [...state.before];
  const after = before.pop() ?? null;
  return href(path, keep, { after, before });
}
