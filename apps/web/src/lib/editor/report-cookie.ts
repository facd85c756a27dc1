import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { cookieName } from '../public-url';

/**
 * Import reports after a form's redirect. The web app keeps no state of its
 * own (any instance may serve the next request) and the API does not keep
 * reports, so the report travels like the flash message: in short-lived
 * HttpOnly cookies, compressed, at most MAX_CHUNKS cookies of CHUNK
 * characters. The redirect's `?report=<id>` says which page load shows it.
 * A report too large for that is shortened by the caller (see fitReport).
 */
export const REPORT_COOKIE = cookieName('careleaf_editor_report');
export const REPORT_MAX_AGE = 15 * 60;
export const CHUNK = 3800;
export const MAX_CHUNKS = 2;
export const MAX_ENCODED = CHUNK * MAX_CHUNKS;

export type ReportKind = 'markdown' | 'xliff';

interface Envelope<T> {
  id: string;
  kind: ReportKind;
  data: T;
}

export function encodeReport<T>(id: string, kind: ReportKind, data: T): string {
  return deflateRawSync(Buffer.from(JSON.stringify({ id, kind, data } satisfies Envelope<T>), 'utf8')).toString('base64url');
}

export function decodeReport<T>(encoded: string, id: string, kind: ReportKind): T | null {
  try {
    const envelope = JSON.parse(inflateRawSync(Buffer.from(encoded, 'base64url')).toString('utf8')) as Envelope<T>;
    return envelope && envelope.id === id && envelope.kind === kind ? envelope.data : null;
  } catch {
    return null;
  }
}

/** Set-Cookie values carrying `encoded` (which must fit MAX_ENCODED), clearing the slots it does not use. */
export function reportCookies(encoded: string, secure: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const part = encoded.slice(i * CHUNK, (i + 1) * CHUNK);
    const attrs = ['Path=/', `Max-Age=${part ? REPORT_MAX_AGE : 0}`, 'SameSite=Lax', 'HttpOnly', ...(secure ? ['Secure'] : [])];
    out.push([`${REPORT_COOKIE}${i}=${part}`, ...attrs].join('; '));
  }
  return out;
}

export function isReportId(id: string): boolean {
  return /^[A-Za-z0-9_-]{8,32}$/.test(id);
}

/** The report of this page load from the request's cookies (name → value), or null. */
export function reportFromCookies<T>(get: (name: string) => string | undefined, id: string | undefined, kind: ReportKind): T | null {
  if (!id || !isReportId(id)) return null;
  let encoded = '';
  for (let i = 0; i < MAX_CHUNKS; i++) encoded += get(`${REPORT_COOKIE}${i}`) ?? '';
  return encoded ? decodeReport<T>(encoded, id, kind) : null;
}

/**
 * Shortens a report until it fits: `shrink` takes one step (e.g. drops half
 * of the longest list and counts what it dropped) and returns false when
 * nothing is left to drop.
 */
export function fitReport<T>(id: string, kind: ReportKind, data: T, shrink: (data: T) => boolean): string {
  let encoded = encodeReport(id, kind, data);
  while (encoded.length > MAX_ENCODED && shrink(data)) encoded = encodeReport(id, kind, data);
  return encoded.length > MAX_ENCODED ? encodeReport(id, kind, null) : encoded;
}
