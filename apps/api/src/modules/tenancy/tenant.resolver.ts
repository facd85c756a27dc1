import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Can, Public, principalOf } from '../../kernel/policy';
import type { RequestContext } from '../../kernel/context';
import type { TenancyDeps } from './deps';
import type { TenantPatch } from './tenant.inputs';
import type { TenantView } from './tenant.service';
import { effectiveTargets } from './tenant-options';
import { UpdateTenantSettingsInput } from './tenant-settings.input';
import { TenantType, UpdateTenantSettingsPayload } from './tenant.types';

/** Only the fields given: null and absent both mean "leave as it is". */
function patchFrom(input: UpdateTenantSettingsInput): TenantPatch {
  const patch: TenantPatch = {};
  if (input.name != null) patch.name = input.name;
  if (input.domains != null) patch.domains = input.domains;
  if (input.locales != null) patch.locales = input.locales.map((l) => ({ tag: l.tag, fallbacks: l.fallbacks }));
  if (input.defaultLocale != null) patch.defaultLocale = input.defaultLocale;
  if (input.regions != null) {
    patch.regions = input.regions.map((r) => ({
      code: r.code,
      ...(r.name != null ? { name: r.name } : {}),
      ...(r.defaultLocale != null ? { defaultLocale: r.defaultLocale } : {}),
      ...(r.locales != null ? { locales: r.locales } : {}),
      ...(r.domains != null ? { domains: r.domains } : {}),
    }));
  }
  if (input.defaultRegion != null) patch.defaultRegion = input.defaultRegion;
  if (input.reviewCycleMonths != null) patch.reviewCycleMonths = input.reviewCycleMonths;
  if (input.theme != null) patch.theme = { ...input.theme };
  if (input.readabilityTargets != null)
    patch.readabilityTargets = input.readabilityTargets.map((t) => ({ score: t.score, min: t.min, max: t.max }));
  if (input.requireTwoFactor != null) patch.requireTwoFactor = input.requireTwoFactor;
  if (input.corsOrigins != null) patch.corsOrigins = input.corsOrigins;
  if (input.publishRequirements != null) {
    // Only the rules given: null leaves a rule as it is.
    patch.publishRequirements = Object.fromEntries(Object.entries(input.publishRequirements).filter(([, v]) => v != null));
  }
  return patch;
}

export function tenantTypeOf(view: TenantView): TenantType {
  return { ...view, readabilityTargets: effectiveTargets(view.readabilityTargets) } as TenantType;
}

@Resolver()
export class TenantResolver {
  constructor(private readonly services: TenancyDeps) {}

  @Public()
  @Query(() => TenantType, { description: 'The tenant this request is for (from the Host header)' })
  async tenant(@Ctx() ctx: RequestContext): Promise<TenantType> {
    return tenantTypeOf(await ctx.tx((tx) => this.services.tenancy.view(tx)));
  }

  @Can('tenant.settings')
  @Mutation(() => UpdateTenantSettingsPayload, {
    description:
      'Changes name, domains, locales (with fallback chains), regions, review cycle, theme (checked for contrast) or readability targets of this tenant',
  })
  async updateTenantSettings(
    @Arg('input') input: UpdateTenantSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateTenantSettingsPayload> {
    // Emits TenantChanged: cached anonymous answers and host → settings lookups are dropped in every process.
    const tenant = await ctx.tx((tx) => this.services.tenancy.updateIn(tx, patchFrom(input), principalOf(ctx)));
    return { tenant: tenantTypeOf(tenant) };
  }
}
