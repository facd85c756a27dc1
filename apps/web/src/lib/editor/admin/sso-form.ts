import type { ConfigureSsoInput, Role } from '@careleaf/schema/web/graphql';

/** Roles offered in a mapping row, in the members page's order. */
export const SSO_ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'REVIEWER', 'TRANSLATOR', 'VIEWER'];
/** Empty mapping rows after the saved ones (save and come back for more). */
export const SSO_BLANK_ROWS = 3;
/** The API takes at most 50 rows; the form never sends more. */
export const SSO_MAX_ROWS = 50;

/** The control of a mapping row's part. */
export const ssoRowId = (part: 'value' | 'role' | 'locales', i: number): string => `sso-mapping-${part}-${i}`;

const list = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

/** The form as the API's input; rows without a claim value are left out (their index is kept for errors). */
export function parseSsoForm(form: FormData): { input: ConfigureSsoInput; rows: number[] } {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v.trim() : '';
  };
  const rows: number[] = [];
  const mappings: ConfigureSsoInput['mappings'] = [];
  for (let i = 0; i < SSO_MAX_ROWS; i++) {
    const value = text(ssoRowId('value', i));
    if (!value) continue;
    const role = text(ssoRowId('role', i)) as Role;
    rows.push(i);
    mappings.push({ value, role: SSO_ROLES.includes(role) ? role : 'VIEWER', locales: list(text(ssoRowId('locales', i)), /[,\s]+/) });
  }
  const secret = text('sso-client-secret');
  return {
    input: {
      enabled: form.get('sso-enabled') === 'on',
      providerName: text('sso-provider-name'),
      issuer: text('sso-issuer'),
      clientId: text('sso-client-id'),
      clientSecret: secret || null,
      allowedDomains: list(text('sso-domains'), /[\s,]+/),
      claim: text('sso-claim'),
      mappings,
      justInTime: form.get('sso-just-in-time') === 'on',
      ssoOnly: form.get('sso-only') === 'on',
    },
    rows,
  };
}

const FIELDS: Record<string, string> = {
  providerName: 'sso-provider-name',
  issuer: 'sso-issuer',
  clientId: 'sso-client-id',
  clientSecret: 'sso-client-secret',
  allowedDomains: 'sso-domains',
  claim: 'sso-claim',
};

/** The control of an API field ("issuer", "mappings[2].value", "locales[0]" of a row's role check) on this form. */
export function ssoFieldId(apiField: string, rows: readonly number[]): string | undefined {
  if (FIELDS[apiField]) return FIELDS[apiField];
  const row = /^mappings\[(\d+)\]/.exec(apiField);
  if (row) return ssoRowId('value', rows[Number(row[1])] ?? 0);
  if (apiField === 'role') return ssoRowId('role', rows[0] ?? 0);
  if (apiField === 'locales' || apiField.startsWith('locales[')) return ssoRowId('locales', rows[0] ?? 0);
  return undefined;
}
