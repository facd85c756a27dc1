import type { Services } from '../platform/services';
import type { RegistryEntrySpec } from '../modules/registries/registry.model';
import { DEMO_REGISTRY_ENTRIES } from './registry-data';

/**
 * The demo entries for the regions and locales a tenant has: entries for
 * regions it does not serve are left out, texts in locales it does not offer
 * too. Creates what is missing (by key) and leaves the rest alone, so it can
 * run on every start; returns lines for the console.
 */
export async function seedDemoRegistries(services: Services, tenantSlug: string): Promise<string[]> {
  const ref = await services.tenancy.bySlug(tenantSlug);
  return services.db.withTenant(ref.id, async (tx) => {
    const rules = await services.registries.rules(tx);
    const fitting = DEMO_REGISTRY_ENTRIES.flatMap((e): RegistryEntrySpec[] => {
      const regions = e.regions.filter((r) => rules.regions.includes(r));
      if (e.regions.length && !regions.length) return [];
      const texts = e.texts.filter((t) => rules.locales.includes(t.locale));
      return texts.length ? [{ ...e, regions, texts }] : [];
    });
    const existing = await services.registries.idsByKey(
      tx,
      fitting.map((e) => e.key!),
    );
    const missing = fitting.filter((e) => !existing.has(e.key!));
    const actor = { userId: null, label: 'seed', role: 'system' as const };
    for (const spec of missing) await services.registries.create(tx, actor, spec);
    return missing.length ? [`Added ${missing.length} demo registry entries to ${tenantSlug}`] : [];
  });
}
