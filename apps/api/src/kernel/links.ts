/**
 * Links in e-mails point at the tenant's own site, built from configuration
 * and the tenant's stored domain, never from request headers (a forged Host
 * header must not be able to redirect a reset link).
 */
export type LinkBuilder = (host: string | null, path: string, params: Record<string, string>) => string;

/** `template` is like "https://{host}" or "http://{host}:3000". */
export function linkBuilder(template: string): LinkBuilder {
  return (host, path, params) => {
    const url = new URL(path, template.replace('{host}', host ?? 'localhost'));
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.toString();
  };
}

/** The editor pages that receive one-time links (served by the web app). */
export const EDITOR_PATHS = {
  resetPassword: '/editor/reset-password',
  acceptInvitation: '/editor/accept-invitation',
} as const;
