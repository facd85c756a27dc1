import type { EntityManager } from 'typeorm';
import type { Role } from '../../kernel/policy';

/**
 * Single sign-on: the tenant's settings (`tenant_sso`, under the tenant's
 * row-level security; the client secret is write-only for the API role) and
 * the pending sign-ins between the authorization request and the callback
 * (`sso_sign_ins`, the credential role only).
 */

/** One row of the claim mapping: people whose claim holds `value` get `role` (translators: `locales`). */
export interface SsoRoleMapping {
  value: string;
  role: Role;
  locales: string[];
}

/** The tenant's settings without the secret (all the API role can read). */
export interface SsoSettings {
  enabled: boolean;
  providerName: string;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  claim: string;
  mappings: SsoRoleMapping[];
  justInTime: boolean;
  ssoOnly: boolean;
  updatedAt: Date;
}

interface SettingsRow {
  enabled: boolean;
  provider_name: string;
  issuer: string;
  client_id: string;
  allowed_domains: string[];
  claim: string;
  role_mappings: SsoRoleMapping[];
  just_in_time: boolean;
  sso_only: boolean;
  updated_at: Date;
}

const SETTINGS_COLUMNS =
  'enabled, provider_name, issuer, client_id, allowed_domains, claim, role_mappings, just_in_time, sso_only, updated_at';

const settingsOf = (r: SettingsRow): SsoSettings => ({
  enabled: r.enabled,
  providerName: r.provider_name,
  issuer: r.issuer,
  clientId: r.client_id,
  allowedDomains: r.allowed_domains,
  claim: r.claim,
  mappings: r.role_mappings,
  justInTime: r.just_in_time,
  ssoOnly: r.sso_only,
  updatedAt: r.updated_at,
});

/** As the API role in a tenant transaction: the tenant's settings, or null. */
export async function ssoSettings(em: EntityManager): Promise<SsoSettings | null> {
  const rows: SettingsRow[] = await em.query(`SELECT ${SETTINGS_COLUMNS} FROM tenant_sso`);
  return rows[0] ? settingsOf(rows[0]) : null;
}

/** As the API role in a tenant transaction: the provider's name when the tenant signs `domain` in through it only; else null. */
export async function ssoOnlyProvider(em: EntityManager, domain: string): Promise<string | null> {
  const rows: { provider_name: string }[] = await em.query(
    `SELECT provider_name FROM tenant_sso WHERE enabled AND sso_only AND $1 = ANY (allowed_domains)`,
    [domain],
  );
  return rows[0]?.provider_name ?? null;
}

/** As the API role: whether a client secret is stored (without reading it: the role has no SELECT on the column). */
export async function hasClientSecret(em: EntityManager): Promise<boolean> {
  const rows: { set: boolean }[] = await em.query(`SELECT app_sso_secret_set() AS set`);
  return rows[0]?.set ?? false;
}

/** As the API role in a tenant transaction: writes every setting but the secret. */
export async function saveSsoSettings(em: EntityManager, tenantId: string, s: Omit<SsoSettings, 'updatedAt'>): Promise<void> {
  const values = [
    tenantId,
    s.enabled,
    s.providerName,
    s.issuer,
    s.clientId,
    s.allowedDomains,
    s.claim,
    JSON.stringify(s.mappings),
    s.justInTime,
    s.ssoOnly,
  ];
  // No ON CONFLICT … DO UPDATE: that would need SELECT on every column, the secret included.
  const [, updated] = (await em.query(
    `UPDATE tenant_sso SET enabled = $2, provider_name = $3, issuer = $4, client_id = $5, allowed_domains = $6, claim = $7,
            role_mappings = $8::jsonb, just_in_time = $9, sso_only = $10, updated_at = now()
      WHERE tenant_id = $1`,
    values,
  )) as [unknown, number];
  if (updated > 0) return;
  await em.query(
    `INSERT INTO tenant_sso (tenant_id, enabled, provider_name, issuer, client_id, allowed_domains, claim, role_mappings, just_in_time, sso_only)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
    values,
  );
}

/** As the API role: replaces the stored client secret (never read back by this role). */
export async function saveClientSecret(em: EntityManager, tenantId: string, secret: string): Promise<void> {
  await em.query(`UPDATE tenant_sso SET client_secret = $2 WHERE tenant_id = $1`, [tenantId, secret]);
}

/** As the API role: removes the tenant's settings (and with them the secret). */
export async function deleteSsoSettings(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(`DELETE FROM tenant_sso WHERE tenant_id = $1`, [tenantId]);
}

/** As the credential role: the client secret of `tenantId`'s provider, or null. */
export async function clientSecret(em: EntityManager, tenantId: string): Promise<string | null> {
  const rows: { client_secret: string | null }[] = await em.query(`SELECT client_secret FROM tenant_sso WHERE tenant_id = $1`, [tenantId]);
  return rows[0]?.client_secret ?? null;
}

export interface PendingSignIn {
  id: string;
  tenantId: string;
  bindingHash: Buffer;
  codeVerifier: string;
  nonce: string;
  live: boolean;
}

/**
 * As the credential role: a new pending sign-in; expired and used ones go.
 * Starting a sign-in needs no account, so a tenant holds at most `limit`
 * live ones (ten minutes each): false when it is full.
 */
export async function insertPendingSignIn(
  em: EntityManager,
  p: { tenantId: string; stateHash: Buffer; bindingHash: Buffer; codeVerifier: string; nonce: string; expiresAt: Date },
  limit: number,
): Promise<boolean> {
  await em.query(`DELETE FROM sso_sign_ins WHERE expires_at < now() OR used_at IS NOT NULL`);
  const rows = (await em.query(`SELECT count(*)::int AS n FROM sso_sign_ins WHERE tenant_id = $1`, [p.tenantId])) as { n: number }[];
  if ((rows[0]?.n ?? 0) >= limit) return false;
  await em.query(
    `INSERT INTO sso_sign_ins (tenant_id, state_hash, binding_hash, code_verifier, nonce, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [p.tenantId, p.stateHash, p.bindingHash, p.codeVerifier, p.nonce, p.expiresAt],
  );
  return true;
}

/** As the credential role: the pending sign-in with this state hash, locked for the transaction; null when none. */
export async function pendingSignInByState(em: EntityManager, stateHash: Buffer): Promise<PendingSignIn | null> {
  const rows: { id: string; tenant_id: string; binding_hash: Buffer; code_verifier: string; nonce: string; live: boolean }[] =
    await em.query(
      `SELECT id, tenant_id, binding_hash, code_verifier, nonce, (used_at IS NULL AND expires_at > now()) AS live
         FROM sso_sign_ins WHERE state_hash = $1 FOR UPDATE`,
      [stateHash],
    );
  const r = rows[0];
  return r
    ? { id: r.id, tenantId: r.tenant_id, bindingHash: r.binding_hash, codeVerifier: r.code_verifier, nonce: r.nonce, live: r.live }
    : null;
}

/** As the credential role: a pending sign-in is used once, whatever the outcome. */
export async function pendingSignInUsed(em: EntityManager, id: string): Promise<void> {
  await em.query(`UPDATE sso_sign_ins SET used_at = now() WHERE id = $1`, [id]);
}

/** As the credential role: a user created by single sign-on, with no password (they sign in through the provider). */
export async function insertSsoUser(em: EntityManager, user: { id: string; email: string; displayName: string }): Promise<void> {
  await em.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, $3, NULL)`, [
    user.id,
    user.email,
    user.displayName,
  ]);
}

/** As the API role in a tenant transaction: the newest open invitation to this address (any case), or null. */
export async function openInvitationFor(em: EntityManager, email: string): Promise<{ id: string; role: Role; locales: string[] } | null> {
  const rows: { id: string; role: Role; locales: string[] }[] = await em.query(
    `SELECT id, role, locales FROM invitations
      WHERE lower(email) = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
      ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  return rows[0] ?? null;
}

/** As the API role in a tenant transaction: the invitation is accepted by this user. */
export async function invitationAccepted(em: EntityManager, id: string, userId: string): Promise<void> {
  await em.query(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [id, userId]);
}
