import type { Services } from '../../apps/api/src/server/services';
import { systemActor } from '../../apps/api/src/modules/audit/audit.service';
import type { TenantSpec } from '../../apps/api/src/modules/tenancy/tenant.inputs';
import type { TenantView } from '../../apps/api/src/modules/tenancy/tenant.service';

let seq = 0;
export const testActor = systemActor('test');

/** A tenant with sensible defaults: locales de and en (en → de), region DE, domain <slug>.test. */
export async function createTenant(services: Services, overrides: Partial<TenantSpec> = {}): Promise<TenantView> {
  const n = ++seq;
  const slug = overrides.slug ?? `tenant-${n}-${Math.random().toString(36).slice(2, 7)}`;
  return services.tenancy.create(
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
}
