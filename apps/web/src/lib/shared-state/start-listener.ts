import { listenForRevalidation, type RevalidationListener } from './revalidation-listener';

/**
 * Starts this web process's revalidation listener when WEB_DATABASE_URL is
 * set. Next's revalidateTag works only inside a request, so a notice becomes a
 * request to this process's own hook (POST /api/revalidate on loopback, with
 * CARELEAF_REVALIDATE_SECRET): exactly what the API's static list used to send.
 */
export function startRevalidationListener(env: NodeJS.ProcessEnv = process.env): RevalidationListener | null {
  const url = env.WEB_DATABASE_URL;
  if (!url) return null;
  const secret = env.CARELEAF_REVALIDATE_SECRET;
  if (!secret) {
    console.warn('WEB_DATABASE_URL is set but CARELEAF_REVALIDATE_SECRET is not: publishes cannot refresh this process’s pages');
    return null;
  }
  // Read at each notice: `next start -p` sets PORT once it listens, after this hook ran.
  const hookUrl = () => env.WEB_SELF_REVALIDATE_URL ?? `http://127.0.0.1:${env.PORT ?? '3000'}/api/revalidate`;
  const listener = listenForRevalidation({
    url,
    onHost: async (host) => {
      const hook = hookUrl();
      const res = await fetch(hook, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ host }),
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) throw new Error(`the revalidation hook ${hook} answered HTTP ${res.status}`);
    },
    log: (level, message, detail) => console[level === 'warn' ? 'warn' : 'log'](message, detail ?? ''),
  });
  listener.ready.catch((err: unknown) => console.warn('the revalidation listener could not connect yet; retrying', err));
  return listener;
}
