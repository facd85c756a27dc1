import { safeRedirectPath } from '@careleaf/schema/content';

/** The path's first segment, or '' for "/". */
export function firstSegment(path: string): string {
  return path.split('?')[0]!.split('/')[1] ?? '';
}

/** The same page under another locale prefix: "/de/settings?x=1" → "/en/settings?x=1". */
export function swapLocale(path: string, locale: string): string {
  const [pathname = '/', search] = splitSearch(path);
  const rest = pathname.split('/').slice(2).join('/');
  const target = `/${locale}${rest ? `/${rest}` : ''}`;
  return search ? `${target}?${search}` : target;
}

function splitSearch(path: string): [string, string | undefined] {
  const i = path.indexOf('?');
  return i < 0 ? [path, undefined] : [path.slice(0, i), path.slice(i + 1)];
}

/** Removes the one-off "saved" notice parameter, so a page can be linked or posted back to cleanly. */
export function withoutNotice(path: string): string {
  const [pathname, search] = splitSearch(path);
  if (!search) return pathname;
  const params = new URLSearchParams(search);
  params.delete('saved');
  const rest = params.toString();
  return rest ? `${pathname}?${rest}` : pathname;
}

/**
 * A form's "back" value (or any redirect target) as a same-site path, else
 * `fallback`. The shared URL policy decides: an absolute path on this host
 * ("/…", not "//host", "/\\host", "/%2F/host"), without control, invisible or
 * direction-changing characters, so a crafted form cannot send the reader elsewhere.
 */
export function safeBackPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  return safeRedirectPath(value, fallback);
}

/** `path` with `?saved=<what>` added, after removing any earlier notice. */
export function withNotice(path: string, what: string): string {
  const clean = withoutNotice(path);
  return `${clean}${clean.includes('?') ? '&' : '?'}saved=${encodeURIComponent(what)}`;
}
