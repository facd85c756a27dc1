import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database, TenantRef, TenantTx } from '../../kernel/db/database';
import { conflict, notFound } from '../../kernel/errors';
import type { EventBus } from '../../kernel/events';
import { foreignKeyViolation, uniqueViolation } from '../../kernel/db/pg-errors';
import { audit, type Actor } from '../audit';
import * as q from './tenant.queries';
import { validPublishRequirements, validReadabilityTargets, validTheme } from './tenant-options';
import {
  validCorsOrigins,
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
    const tenant = await q.tenantView(tx);
    if (!tenant) throw notFound('This tenant does not exist.', 'TENANT_NOT_FOUND');
    return tenant;
  }

  /** Locales of a tenant (public facts), for links from another tenant's editor into this one's. */
  async localesOf(tenantId: string): Promise<{ defaultLocale: string; locales: string[] }> {
    return this.db.withTenant(tenantId, async ({ em }) => {
      const tenant = await q.tenantRow(em, tenantId);
      const locales = await q.localeRows(em, tenantId);
      return { defaultLocale: tenant?.defaultLocale ?? locales[0]?.tag ?? '', locales: locales.map((l) => l.tag) };
    });
  }

  /** The domain links to this tenant use (the primary one), or null when it has none. */
  async primaryHost(tx: TenantTx): Promise<string | null> {
    return q.primaryHost(tx);
  }

  /** Operator action: a new tenant. The tenant row is written as the owner, the rest under the tenant's own RLS scope. */
  async create(spec: TenantSpec, actor: Actor): Promise<TenantView> {
    const valid = validateTenant(spec);
    const id = randomUUID();
    return this.db.asPlatform(async (em) => {
      try {
        await q.insertTenant(em, id, valid);
      } catch (e) {
        if (uniqueViolation(e, 'tenants_slug_key'))
          throw conflict(`A tenant with the slug "${valid.slug}" already exists.`, 'slug', { reason: 'SLUG_TAKEN', slug: valid.slug });
        throw e;
      }
      await q.enterTenantScope(em, id);
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
    const corsOrigins = patch.corsOrigins === undefined ? undefined : validCorsOrigins(patch.corsOrigins);
    const publishRequirements = patch.publishRequirements && validPublishRequirements(patch.publishRequirements);
    const valid = validateTenant({
      slug: before.slug,
      name: patch.name ?? before.name,
      domains: patch.domains ?? before.domains,
      locales: patch.locales ?? before.locales,
      defaultLocale: patch.defaultLocale ?? (patch.locales ? undefined : before.defaultLocale),
      regions: patch.regions ?? before.regions.map((r) => ({ ...r, defaultLocale: r.defaultLocale ?? undefined })),
      defaultRegion: patch.defaultRegion ?? (patch.regions ? undefined : (before.defaultRegion ?? undefined)),
    });
    const { settings } = (await q.tenantRow(em, tenantId))!;
    await q.updateTenantRow(
      tx,
      valid,
      {
        ...settings,
        ...(reviewCycleMonths === undefined ? {} : { reviewCycleMonths }),
        ...(theme === undefined ? {} : { theme }),
        ...(readabilityTargets === undefined ? {} : { readabilityTargets }),
        ...(corsOrigins === undefined ? {} : { corsOrigins }),
        ...(publishRequirements ? { publishRequirements: { ...settings.publishRequirements, ...publishRequirements } } : {}),
      },
      patch.requireTwoFactor ?? before.requireTwoFactor,
    );
    await q.deleteRegionsAndDomains(tx);
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
    return this.db.asPlatform((em: EntityManager) => q.listTenants(em));
  }

  /**
   * Updates the locale rows in place rather than rewriting them: documents
   * refer to their locales. Removing a locale that content still uses is a
   * CONFLICT.
   */
  private async keepLocales(tx: TenantTx, valid: ValidTenant): Promise<void> {
    try {
      await q.deleteLocalesOtherThan(
        tx,
        valid.locales.map((l) => l.tag),
      );
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
    await q.upsertLocales(tx, valid);
  }

  private async writeParts(tx: TenantTx, valid: ValidTenant, withLocales = true): Promise<void> {
    if (withLocales) await q.insertLocales(tx, valid);
    await q.insertRegions(tx, valid);
    try {
      await q.insertDomains(tx, valid);
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
