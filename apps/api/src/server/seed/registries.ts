import type { Services } from '../services';
import type { RegistryEntrySpec } from '../../modules/registries';
import { DEMO_REGISTRY_ENTRIES } from './registry-data';

/**
 * The demo entries for the regions and locales a tenant has: entries for
 * regions it does not serve are left out, texts in locales it does not offer
 * too. Creates what is missing (by key) and leaves the rest alone; returns
 * lines for the console. With `onlyIfEmpty` (the demo seed on every start) a
 * tenant that has any registry entry is left alone entirely, so seeding stays
 * a no-op after an operator changed the tenant's regions.
 */
export async function seedDemoRegistries(services: Services, tenantSlug: string, opts: { onlyIfEmpty?: boolean } = {}): Promise<string[]> {
  const ref = await services.tenancy.bySlug(tenantSlug);
  return services.db.withTenant(ref.id, async (tx) => {
    if (opts.onlyIfEmpty) {
      const [{ any }] = await tx.em.query(`SELECT EXISTS (SELECT 1 FROM registry_entries WHERE tenant_id = $1) AS any`, [tx.tenantId]);
      if (any) return [];
    }
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
    const actor = { userId: null, label: 'seed', role: 'system' as const, locales: [] };
    for (const spec of missing) await services.registries.create(tx, actor, spec);
    return missing.length ? [`Added ${missing.length} demo registry entries to ${tenantSlug}`] : [];
  });
}
