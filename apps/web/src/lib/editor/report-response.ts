import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { secureCookies } from '../public-url';
import type { Flash } from './flash';
import { fitReport, isReportId, reportCookies, reportFromCookies, type ReportKind } from './report-cookie';
import { redirectWithFlash } from './respond';

export function newReportId(): string {
  return randomBytes(9).toString('base64url');
}

/**
 * 303 to `back` with a message and a report for that page load
 * (`?report=<id>`), shortened by `shrink` until it fits. With `json`, the
 * same cookies come with a JSON answer naming that address instead, for a
 * script that sends a batch file by file and goes there at the end.
 */
export function respondWithReport<T>(
  request: Request,
  back: string,
  flash: Omit<Flash, 'id'>,
  report: { kind: ReportKind; data: T; shrink: (report: T) => boolean; id?: string },
  json?: Record<string, unknown>,
): Response {
  const id = report.id && isReportId(report.id) ? report.id : newReportId();
  const encoded = fitReport(id, report.kind, report.data, report.shrink);
  const target = `${back}${back.includes('?') ? '&' : '?'}report=${id}`;
  const redirect = redirectWithFlash(request, target, flash, reportCookies(encoded, secureCookies()));
  if (!json) return redirect;
  const headers = new Headers({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  for (const cookie of redirect.headers.getSetCookie()) headers.append('set-cookie', cookie);
  return new Response(JSON.stringify({ ...json, location: redirect.headers.get('location') }), { status: 200, headers });
}

/** The report of this page load, if its cookies carry the one `?report=` names. */
export async function readReport<T>(kind: ReportKind, id: string | string[] | undefined): Promise<T | null> {
  const jar = await cookies();
  return reportFromCookies<T>((name) => jar.get(name)?.value, typeof id === 'string' ? id : undefined, kind);
}
