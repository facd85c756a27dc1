import { isIP } from 'node:net';
import type { TenantTx } from '../../kernel/db/database';
import { badInput } from '../../kernel/errors';
import { checkTenantLocales, validMembershipSpec } from './identity.service';
import type { SsoRoleMapping, SsoSettings } from './sso.queries';

/** Bounds of the settings (also checked by the database). */
export const SSO_LIMITS = {
  providerNameChars: 80,
  issuerChars: 500,
  clientIdChars: 200,
  clientSecretChars: 500,
  domains: 20,
  domainChars: 253,
  claimChars: 64,
  mappings: 50,
  mappingValueChars: 200,
  /** Claim values read from one sign-in (a person in thousands of groups is cut here). */
  claimValues: 200,
} as const;

/** What an admin sends; `clientSecret` null or absent keeps the stored one. */
export interface SsoSettingsInput {
  enabled: boolean;
  providerName: string;
  issuer: string;
  clientId: string;
  clientSecret?: string | null;
  allowedDomains: string[];
  claim: string;
  mappings: { value: string; role: string; locales: string[] }[];
  justInTime: boolean;
  ssoOnly: boolean;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CLAIM = /^[A-Za-z0-9_.:/-]{1,64}$/;

/** Whether `hostname` is this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/**
 * The issuer as a URL. https always; plain http only outside production or
 * for a provider on this machine (loopback), where nothing on the network can
 * read or change the token exchange — a test provider or a local one.
 */
export function validIssuer(value: string, production: boolean): URL {
  const refuse = (message: string) => badInput('issuer', message, 'SSO_ISSUER_INVALID');
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw refuse('The issuer must be an address like https://login.example.org/realms/health.');
  }
  if (url.username || url.password || url.hash || url.search) throw refuse('The issuer address has no user, query or fragment.');
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && (!production || isLoopback(url.hostname))) return url;
  throw refuse('The issuer must use https.');
}

function bounded(field: string, value: string, max: number, what: string): string {
  const v = value.trim();
  if (!v) throw badInput(field, `Enter the ${what}.`, { reason: 'REQUIRED' });
  if (v.length > max) throw badInput(field, `The ${what} has at most ${max} characters.`, { reason: 'TOO_LONG', limit: max });
  return v;
}

/** Checks everything before anything is written; names the field at fault. */
export async function validSettings(
  tx: TenantTx,
  input: SsoSettingsInput,
  production: boolean,
  secretStored: boolean,
): Promise<{ settings: Omit<SsoSettings, 'updatedAt'>; clientSecret: string | null }> {
  const providerName = bounded('providerName', input.providerName, SSO_LIMITS.providerNameChars, 'name of the sign-in service');
  const issuerText = bounded('issuer', input.issuer, SSO_LIMITS.issuerChars, 'issuer address');
  const issuer = validIssuer(issuerText, production).href.replace(/\/$/, issuerText.endsWith('/') ? '/' : '');
  const clientId = bounded('clientId', input.clientId, SSO_LIMITS.clientIdChars, 'client id');
  const secret = input.clientSecret?.trim()
    ? bounded('clientSecret', input.clientSecret, SSO_LIMITS.clientSecretChars, 'client secret')
    : null;
  if (!secret && !secretStored)
    throw badInput('clientSecret', 'Enter the client secret the identity provider gave you.', 'SSO_SECRET_MISSING');
  if (input.allowedDomains.length === 0) throw badInput('allowedDomains', 'List at least one e-mail domain.', 'SSO_DOMAINS_MISSING');
  if (input.allowedDomains.length > SSO_LIMITS.domains)
    throw badInput('allowedDomains', `List at most ${SSO_LIMITS.domains} domains.`, { reason: 'TOO_MANY', limit: SSO_LIMITS.domains });
  const allowedDomains = [...new Set(input.allowedDomains.map((d) => d.trim().toLowerCase().replace(/^@/, '')))];
  for (const domain of allowedDomains) {
    if (!DOMAIN.test(domain))
      throw badInput('allowedDomains', `"${domain}" is not an e-mail domain like example.org.`, { reason: 'SSO_DOMAIN_INVALID', domain });
  }
  const claim = input.claim.trim();
  if (!CLAIM.test(claim))
    throw badInput('claim', 'The claim is a name like groups or roles (letters, digits, _ . : / -).', 'SSO_CLAIM_INVALID');
  if (input.mappings.length > SSO_LIMITS.mappings)
    throw badInput('mappings', `Map at most ${SSO_LIMITS.mappings} claim values.`, { reason: 'TOO_MANY', limit: SSO_LIMITS.mappings });
  const mappings: SsoRoleMapping[] = [];
  for (const [i, m] of input.mappings.entries()) {
    const value = bounded(`mappings[${i}].value`, m.value, SSO_LIMITS.mappingValueChars, 'claim value');
    const spec = validMembershipSpec(m.role, m.locales);
    await checkTenantLocales(tx, spec.locales);
    mappings.push({ value, role: spec.role, locales: spec.locales });
  }
  return {
    settings: {
      enabled: input.enabled,
      providerName,
      issuer,
      clientId,
      allowedDomains,
      claim,
      mappings,
      justInTime: input.justInTime,
      ssoOnly: input.ssoOnly,
    },
    clientSecret: secret,
  };
}

/** The claim's values as strings (a string, or a list of strings), at most SSO_LIMITS.claimValues. */
export function claimValues(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.filter((v): v is string => typeof v === 'string').slice(0, SSO_LIMITS.claimValues);
}

/** The first mapping row (in the admin's order) whose value the person has; null when none. */
export function mappedRole(mappings: readonly SsoRoleMapping[], values: readonly string[]): SsoRoleMapping | null {
  const have = new Set(values);
  return mappings.find((m) => have.has(m.value)) ?? null;
}
