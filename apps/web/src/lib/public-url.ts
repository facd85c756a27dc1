/**
 * The site's public address, from configuration only. Absolute URLs
 * (canonical, hreflang, sitemap, robots, JSON-LD, links to other tenants)
 * are built from the tenant's canonical domain and this template, never from
 * the request's Host or X-Forwarded-* headers, which any client can forge.
 * PUBLIC_WEB_URL is the same variable the API builds e-mail links from.
 */
type Env = Record<string, string | undefined>;

/** "https://{host}" in production, "http://{host}:<PORT>" elsewhere, unless PUBLIC_WEB_URL says otherwise. */
export function publicUrlTemplate(env: Env = process.env): string {
  const configured = env.PUBLIC_WEB_URL?.trim();
  if (configured) return configured.replace(/\/$/, '');
  return env.NODE_ENV === 'production' ? 'https://{host}' : `http://{host}:${env.PORT || 3000}`;
}

/** Scheme, domain and port for absolute links to `domain` (a tenant's canonical domain). */
export function publicOrigin(domain: string, env: Env = process.env): string {
  return new URL(publicUrlTemplate(env).replace('{host}', domain)).origin;
}

/** Cookies carry Secure (and the __Host- prefix) whenever the site is served over HTTPS: production by default. */
export function secureCookies(env: Env = process.env): boolean {
  return publicUrlTemplate(env).startsWith('https:');
}

/** `__Host-name` on HTTPS: the browser then refuses it from subdomains and over plain HTTP. */
export function cookieName(base: string, env: Env = process.env): string {
  return secureCookies(env) ? `__Host-${base}` : base;
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(${LABEL}(?:\\.${LABEL})*)(?::(\\d{1,5}))?$`);

/** Ports a Host may name: none, 80, 443, the public URL's own, and ALLOWED_HOST_PORTS ("*": any). */
function portAllowed(port: string | undefined, env: Env): boolean {
  if (port === undefined || port === '80' || port === '443') return true;
  const own = /^[a-z]+:\/\/\{host\}:(\d+)/.exec(publicUrlTemplate(env))?.[1];
  if (port === own) return true;
  const extra = (env.ALLOWED_HOST_PORTS ?? '').split(',').map((p) => p.trim());
  return extra.includes('*') || extra.includes(port);
}

/**
 * The request's Host when it is `name[:allowed port]`, lower-cased; null
 * otherwise ("gesundheit.localhost:@evil.example" and friends), which the
 * site answers as an unknown host.
 */
export function acceptedHost(raw: string | null | undefined, env: Env = process.env): string | null {
  const host = (raw ?? '').trim().toLowerCase();
  if (!host || host.length > 259) return null;
  const m = HOST.exec(host);
  if (!m || !portAllowed(m[2], env)) return null;
  return host;
}
