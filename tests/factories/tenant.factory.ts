import type { Services } from '../../apps/api/src/server/services';
import { systemActor } from '../../apps/api/src/modules/audit/audit.service';
import type { TenantSpec } from '../../apps/api/src/modules/tenancy/tenant.inputs';
import type { TenantView } from '../../apps/api/src/modules/tenancy/tenant.service';

let seq = 0;
export const testActor = systemActor('test');

/** Every publishing requirement off: most tests publish bare documents and are not about the gate. */
export const GATE_OFF = { author: false, reviewer: false, lastReviewed: false, summary: false, sources: false } as const;

/**
 * A tenant with sensible defaults: locales de and en (en → de), region DE, domain <slug>.test.
 * The publish gate is off unless `gate: true` (tests/content/publish-gate.int.spec.ts turns it on).
 */
export async function createTenant(
  services: Services,
  overrides: Partial<TenantSpec> = {},
  options: { gate?: boolean } = {},
): Promise<TenantView> {
  const n = ++seq;
  const slug = overrides.slug ?? `tenant-${n}-${Math.random().toString(36).slice(2, 7)}`;
  const tenant = await services.tenancy.create(
    {
      slug,
      name: `Test organisation ${n}`,
      domains: [`${slug}.test`],
      locales: [{ tag: 'de' }, { tag: 'en', fallbacks: ['de'] }],
      regions: [{ code: 'DE' }],
      ...overrides,
    },
    testActor,
  );
  if (options.gate) return tenant;
  // Straight into the settings: no audit entry or event, so tests of tenants see only what they did.
  await services.db.asPlatform((em) =>
    em.query(`UPDATE tenants SET settings = settings || jsonb_build_object('publishRequirements', $1::jsonb) WHERE id = $2`, [
      JSON.stringify(GATE_OFF),
      tenant.id,
    ]),
  );
  return { ...tenant, publishRequirements: { ...tenant.publishRequirements, ...GATE_OFF } };
}

/** Switches the publish gate off for a tenant that exists already (e.g. a demo tenant), as an admin would. */
export async function gateOff(services: Services, slug: string): Promise<void> {
  await services.tenancy.update(slug, { publishRequirements: GATE_OFF }, testActor);
}
