import type { Services } from '../../apps/api/src/server/services';
import { testActor } from './tenant.factory';

/** Single sign-on settings for the tenant (a provider that need not exist: nothing here talks to it). */
export async function createSsoSettings(services: Services, tenantId: string, issuer = 'https://login.example.org'): Promise<void> {
  await services.db.withTenant(tenantId, (tx) =>
    services.sso.configure(
      tx,
      {
        enabled: true,
        providerName: 'Test login',
        issuer,
        clientId: 'careleaf',
        clientSecret: 'test-only client secret',
        allowedDomains: ['example.org'],
        claim: 'groups',
        mappings: [{ value: 'editors', role: 'editor', locales: [] }],
        justInTime: false,
        ssoOnly: false,
      },
      testActor,
    ),
  );
}

/** A started sign-in (state, nonce, verifier kept server-side) of the tenant, without asking a provider. */
export async function createPendingSsoSignIn(services: Services, tenantId: string): Promise<void> {
  const { createHash, randomBytes } = await import('node:crypto');
  const hash = () => createHash('sha256').update(randomBytes(32)).digest();
  await services.db.asAuth((em) =>
    em.query(
      `INSERT INTO sso_sign_ins (tenant_id, state_hash, binding_hash, code_verifier, nonce, expires_at) VALUES ($1, $2, $3, $4, $5, now() + interval '10 minutes')`,
      [tenantId, hash(), hash(), randomBytes(32).toString('base64url'), randomBytes(16).toString('base64url')],
    ),
  );
}
