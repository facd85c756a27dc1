import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_ROLE } from '@careleaf/migrations';
import type { Database, TenantRef, TenantTx } from '../../kernel/db/database';
import { conflict, notFound } from '../../kernel/errors';
import type { EventBus } from '../../kernel/events';
import { foreignKeyViolation, uniqueViolation } from '../../kernel/db/pg-errors';
import { audit, type Actor } from '../audit';
import { Region, Tenant, TenantDomain, TenantLocale } from './tenant.entity';
import { validReadabilityTargets, validTheme } from './tenant-options';
import {
  DEFAULT_REVIEW_CYCLE_MONTHS,
  validateTenant,
  validReviewCycle,
  validSlug,
  type TenantPatch,
  type TenantSpec,
  type ValidTenant,
} from './tenant.inputs';

import type { TenantView } from '../../kernel/tenant';
export type { TenantView };

/** Tenants and their domains, locales and regions. Used by the API, the CLI and the seed alike. */
export class TenancyService {
  constructor(
    private readonly db: Database,
    /** Settings changes emit TenantChanged, so every API process drops what it built from the old ones. */
    private readonly events: EventBus,
  ) {}

  /** Reads the tenant of `tx` (the request's tenant). */
  async view(tx: TenantTx): Promise<TenantView> {
    const { em, tenantId } = tx;
    const tenant = await em.findOneBy(Tenant, { id: tenantId });
    if (!tenant) throw notFound('This tenant does not exist.', 'TENANT_NOT_FOUND');
    // One connection per transaction: these run one after another.
    const domains = await em.find(TenantDomain, { where: { tenantId }, order: { isPrimary: 'DESC', host: 'ASC' } });
    const locales = await em.find(TenantLocale, { where: { tenantId }, order: { position: 'ASC' } });
    const regions = await em.find(Region, { where: { tenantId }, order: { position: 'ASC' } });
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
    };
  }

  /** Locales of a tenant (public facts), for links from another tenant's editor into this one's. */
  async localesOf(tenantId: string): Promise<{ defaultLocale: string; locales: string[] }> {
    return this.db.withTenant(tenantId, async ({ em }) => {
      const tenant = await em.findOneBy(Tenant, { id: tenantId });
      const locales = await em.find(TenantLocale, { where: { tenantId }, order: { position: 'ASC' } });
      return { defaultLocale: tenant?.defaultLocale ?? locales[0]?.tag ?? '', locales: locales.map((l) => l.tag) };
    });
  }

  /** The domain links to this tenant use (the primary one), or null when it has none. */
  async primaryHost({ em, tenantId }: TenantTx): Promise<string | null> {
    const domain = await em.findOne(TenantDomain, { where: { tenantId }, order: { isPrimary: 'DESC', host: 'ASC' } });
    return domain?.host ?? null;
  }

  /** Operator action: a new tenant. The tenant row is written as the owner, the rest under the tenant's own RLS scope. */
  async create(spec: TenantSpec, actor: Actor): Promise<TenantView> {
    const valid = validateTenant(spec);
    const id = randomUUID();
    return this.db.asPlatform(async (em) => {
      try {
        await em.insert(Tenant, {
          id,
          slug: valid.slug,
          name: valid.name,
          defaultLocale: valid.defaultLocale,
          defaultRegion: valid.defaultRegion,
          settings: {},
        });
      } catch (e) {
        if (uniqueViolation(e, 'tenants_slug_key'))
          throw conflict(`A tenant with the slug "${valid.slug}" already exists.`, 'slug', { reason: 'SLUG_TAKEN', slug: valid.slug });
        throw e;
      }
      await em.query(`SELECT set_config('role', $1, true), set_config('app.tenant_id', $2, true)`, [APP_ROLE, id]);
      const tx: TenantTx = { em, tenantId: id, afterCommit: () => undefined };
      await this.writeParts(tx, valid);
      await audit(em, id, actor, { action: 'tenant.create', subjectType: 'tenant', subjectId: id, diff: { after: valid } });
      return this.view(tx);
    });
  }

  /** Operator action: `updateIn` for the tenant with this slug. */
  async update(slug: string, patch: TenantPatch, actor: Actor): Promise<TenantView> {
    const ref = await this.bySlug(slug);
    return this.db.withTenant(ref.id, (tx) => this.updateIn(tx, patch, actor));
  }

  /**
   * Changes name, domains, locales, regions, review cycle, theme or readability targets of the tenant
   * of `tx`; lists given replace the old ones whole. Everything is checked
   * before anything is written.
   */
  async updateIn(tx: TenantTx, patch: TenantPatch, actor: Actor): Promise<TenantView> {
    const { em, tenantId } = tx;
    const before = await this.view(tx);
    const reviewCycleMonths = patch.reviewCycleMonths === undefined ? undefined : validReviewCycle(patch.reviewCycleMonths);
    const theme = patch.theme === undefined ? undefined : validTheme(patch.theme);
    const readabilityTargets = patch.readabilityTargets === undefined ? undefined : validReadabilityTargets(patch.readabilityTargets);
    const valid = validateTenant({
      slug: before.slug,
      name: patch.name ?? before.name,
      domains: patch.domains ?? before.domains,
      locales: patch.locales ?? before.locales,
      defaultLocale: patch.defaultLocale ?? (patch.locales ? undefined : before.defaultLocale),
      regions: patch.regions ?? before.regions.map((r) => ({ ...r, defaultLocale: r.defaultLocale ?? undefined })),
      defaultRegion: patch.defaultRegion ?? (patch.regions ? undefined : (before.defaultRegion ?? undefined)),
    });
    const { settings } = await em.findOneByOrFail(Tenant, { id: tenantId });
    await em.update(
      Tenant,
      { id: tenantId },
      {
        name: valid.name,
        defaultLocale: valid.defaultLocale,
        defaultRegion: valid.defaultRegion,
        settings: {
          ...settings,
          ...(reviewCycleMonths === undefined ? {} : { reviewCycleMonths }),
          ...(theme === undefined ? {} : { theme }),
          ...(readabilityTargets === undefined ? {} : { readabilityTargets }),
        },
      },
    );
    await em.delete(Region, { tenantId });
    await em.delete(TenantDomain, { tenantId });
    await this.keepLocales(tx, valid);
    await this.writeParts(tx, valid, false);
    const after = await this.view(tx);
    await audit(em, tenantId, actor, { action: 'tenant.update', subjectType: 'tenant', subjectId: tenantId, diff: changes(before, after) });
    await this.events.emit(tx, { type: 'TenantChanged', tenantId });
    return after;
  }

  async bySlug(slug: string): Promise<TenantRef> {
    const ref = await this.db.tenantBySlug(validSlug(slug));
    if (!ref) throw notFound(`No tenant has the slug "${slug}".`, 'TENANT_NOT_FOUND');
    return ref;
  }

  /** Operator listing across tenants. */
  async list(): Promise<TenantRef[]> {
    return this.db.asPlatform((em: EntityManager) => em.query(`SELECT id, slug, name FROM tenants ORDER BY slug`));
  }

  /**
   * Updates the locale rows in place rather than rewriting them: documents
   * refer to their locales. Removing a locale that content still uses is a
   * CONFLICT.
   */
  private async keepLocales({ em, tenantId }: TenantTx, valid: ValidTenant): Promise<void> {
    try {
      await em
        .createQueryBuilder()
        .delete()
        .from(TenantLocale)
        .where('tenant_id = :tenantId AND NOT (tag = ANY(:tags))', { tenantId, tags: valid.locales.map((l) => l.tag) })
        .execute();
    } catch (e) {
      if (foreignKeyViolation(e)) {
        throw conflict(
          'A locale you removed is still used by documents. Keep the locale, or archive those documents first.',
          'locales',
          'LOCALE_IN_USE',
        );
      }
      throw e;
    }
    await em.upsert(TenantLocale, localeRows(tenantId, valid), ['tenantId', 'tag']);
  }

  private async writeParts({ em, tenantId }: TenantTx, valid: ValidTenant, withLocales = true): Promise<void> {
    if (withLocales) await em.insert(TenantLocale, localeRows(tenantId, valid));
    if (valid.regions.length) {
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
    try {
      if (valid.domains.length) {
        await em.insert(
          TenantDomain,
          valid.domains.map((host, i) => ({ tenantId, host, isPrimary: i === 0 })),
        );
      }
    } catch (e) {
      if (uniqueViolation(e, 'tenant_domains_host_key')) {
        throw conflict(
          'One of these domains already routes to another tenant; each domain can serve only one tenant.',
          'domains',
          'DOMAIN_TAKEN',
        );
      }
      throw e;
    }
  }
}

/** A short before/after of the fields that changed, for the audit log. */
function changes(before: TenantView, after: TenantView): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof TenantView)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) diff[key] = { before: before[key], after: after[key] };
  }
  return diff;
}

function localeRows(tenantId: string, valid: ValidTenant) {
  return valid.locales.map((l, position) => ({ tenantId, tag: l.tag, direction: l.direction, fallbacks: l.fallbacks, position }));
}
