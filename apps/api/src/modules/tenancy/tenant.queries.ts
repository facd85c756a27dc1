import type { EntityManager } from 'typeorm';
import { APP_ROLE } from '@careleaf/migrations';
import type { TenantRef, TenantTx } from '../../kernel/db/database';
import { effectiveRequirements } from '../../kernel/publish-requirements';
import type { TenantView } from '../../kernel/tenant';
import { Region, Tenant, TenantDomain, TenantLocale, type TenantSettings } from './tenant.entity';
import { DEFAULT_REVIEW_CYCLE_MONTHS, type ValidTenant } from './tenant.inputs';

/** The tenant's own row, or null. */
export function tenantRow(em: EntityManager, tenantId: string): Promise<Tenant | null> {
  return em.findOneBy(Tenant, { id: tenantId });
}

/** The tenant's locales, default first. */
export function localeRows(em: EntityManager, tenantId: string): Promise<TenantLocale[]> {
  return em.find(TenantLocale, { where: { tenantId }, order: { position: 'ASC' } });
}

/** The tenant of `tx`, with its domains (primary first), locales and regions; null when it does not exist. */
export async function tenantView(tx: TenantTx): Promise<TenantView | null> {
  const { em, tenantId } = tx;
  const tenant = await tenantRow(em, tenantId);
  if (!tenant) return null;
  // One connection per transaction: these run one after another.
  const domains = await em.find(TenantDomain, { where: { tenantId }, order: { isPrimary: 'DESC', host: 'ASC' } });
  const locales = await localeRows(em, tenantId);
  const regions = await em.find(Region, { where: { tenantId }, order: { position: 'ASC' } });
  return toTenantView(tenant, domains, locales, regions);
}

/** Presenter: the rows of a tenant as the view every module reads. */
export function toTenantView(tenant: Tenant, domains: TenantDomain[], locales: TenantLocale[], regions: Region[]): TenantView {
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    defaultLocale: tenant.defaultLocale,
    defaultRegion: tenant.defaultRegion,
    domains: domains.map((d) => d.host),
    locales: locales.map(({ tag, direction, fallbacks }) => ({ tag, direction, fallbacks })),
    regions: regions.map(({ code, name, defaultLocale, locales: l, domains: d }) => ({
      code,
      name,
      defaultLocale,
      locales: l,
      domains: d,
    })),
    reviewCycleMonths: tenant.settings.reviewCycleMonths ?? DEFAULT_REVIEW_CYCLE_MONTHS,
    theme: tenant.settings.theme ?? null,
    readabilityTargets: tenant.settings.readabilityTargets ?? {},
    requireTwoFactor: tenant.requireTwoFactor,
    corsOrigins: tenant.settings.corsOrigins ?? [],
    publishRequirements: effectiveRequirements(tenant.settings.publishRequirements),
  };
}

/** The domain links to the tenant use (the primary one), or null when it has none. */
export async function primaryHost({ em, tenantId }: TenantTx): Promise<string | null> {
  const domain = await em.findOne(TenantDomain, { where: { tenantId }, order: { isPrimary: 'DESC', host: 'ASC' } });
  return domain?.host ?? null;
}

/** Every tenant, for operators. */
export function listTenants(em: EntityManager): Promise<TenantRef[]> {
  return em.query(`SELECT id, slug, name FROM tenants ORDER BY slug`);
}

export async function insertTenant(em: EntityManager, id: string, valid: ValidTenant): Promise<void> {
  await em.insert(Tenant, {
    id,
    slug: valid.slug,
    name: valid.name,
    defaultLocale: valid.defaultLocale,
    defaultRegion: valid.defaultRegion,
    settings: {},
  });
}

/** The rest of the transaction runs as the application role inside the new tenant's RLS scope. */
export async function enterTenantScope(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(`SELECT set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [APP_ROLE, tenantId]);
}

export async function updateTenantRow(
  { em, tenantId }: TenantTx,
  valid: ValidTenant,
  settings: TenantSettings,
  requireTwoFactor: boolean,
): Promise<void> {
  await em.update(
    Tenant,
    { id: tenantId },
    { name: valid.name, defaultLocale: valid.defaultLocale, defaultRegion: valid.defaultRegion, settings, requireTwoFactor },
  );
}

/** Regions and domains are rewritten whole on an update (nothing refers to them). */
export async function deleteRegionsAndDomains({ em, tenantId }: TenantTx): Promise<void> {
  await em.delete(Region, { tenantId });
  await em.delete(TenantDomain, { tenantId });
}

/** Drops the locales not in `tags` (fails with a foreign-key violation when content still uses one). */
export async function deleteLocalesOtherThan({ em, tenantId }: TenantTx, tags: string[]): Promise<void> {
  await em
    .createQueryBuilder()
    .delete()
    .from(TenantLocale)
    .where('tenant_id = :tenantId AND NOT (tag = ANY(:tags))', { tenantId, tags })
    .execute();
}

function toLocaleRows(tenantId: string, valid: ValidTenant) {
  return valid.locales.map((l, position) => ({ tenantId, tag: l.tag, direction: l.direction, fallbacks: l.fallbacks, position }));
}

/** Updates the locale rows in place (documents refer to them). */
export async function upsertLocales({ em, tenantId }: TenantTx, valid: ValidTenant): Promise<void> {
  await em.upsert(TenantLocale, toLocaleRows(tenantId, valid), ['tenantId', 'tag']);
}

export async function insertLocales({ em, tenantId }: TenantTx, valid: ValidTenant): Promise<void> {
  await em.insert(TenantLocale, toLocaleRows(tenantId, valid));
}

export async function insertRegions({ em, tenantId }: TenantTx, valid: ValidTenant): Promise<void> {
  if (!valid.regions.length) return;
  await em.insert(
    Region,
    valid.regions.map((r, position) => ({
      tenantId,
      code: r.code,
      name: r.name,
      defaultLocale: r.defaultLocale,
      locales: r.locales,
      domains: r.domains,
      position,
    })),
  );
}

/** The first domain is the primary one. */
export async function insertDomains({ em, tenantId }: TenantTx, valid: ValidTenant): Promise<void> {
  if (!valid.domains.length) return;
  await em.insert(
    TenantDomain,
    valid.domains.map((host, i) => ({ tenantId, host, isPrimary: i === 0 })),
  );
}
