import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { REQUEST_ID_HEADER } from './request-id';

/**
 * The id the proxy gave the page request being rendered (proxy.ts), or
 * undefined outside a request (the proxy itself, build time). Next's own
 * signals (dynamic rendering, redirects) pass through untouched.
 */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch (error) {
    unstable_rethrow(error);
    return undefined;
  }
}
