/** The header that carries one request's id from the reader's request through the web app to the API and back. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** Like the API's (apps/api/src/server/http/access-log.ts): bounded, printable, no spaces. */
const ACCEPTED_ID = /^[A-Za-z0-9._:@=+/-]{1,128}$/;

/** The incoming id when a proxy in front sent an acceptable one, else a new one. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && ACCEPTED_ID.test(header) ? header : crypto.randomUUID();
}
