import type { RegistryEntryRecord, RegistryEntrySpec } from '../../apps/api/src/modules/registries/registry.model';
import type { Principal } from '../../apps/api/src/kernel/policy';
import type { Services } from '../../apps/api/src/server/services';

let seq = 0;
export const registryActor: Principal = { userId: null, label: 'test-registry', role: 'system', locales: [] };

/** A registry entry (a counselling service for every region unless told otherwise), written through the service. */
export async function createRegistryEntry(
  services: Services,
  tenantId: string,
  overrides: Partial<RegistryEntrySpec> = {},
): Promise<RegistryEntryRecord> {
  const n = ++seq;
  return services.db.withTenant(tenantId, (tx) =>
    services.registries.create(tx, registryActor, {
      kind: 'counsellingService',
      regions: [],
      texts: [{ locale: 'de', name: `Beratungsstelle ${n}`, description: 'Berät kostenlos.' }],
      website: `https://beratung-${n}.example.org/`,
      ...overrides,
    }),
  );
}
