import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access, Public } from '../../platform/access';
import { actorOf, type RequestContext } from '../../platform/context';
import type { Services } from '../../platform/services';
import type { TenantPatch } from './tenant.inputs';
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
    }));
  }
  if (input.defaultRegion != null) patch.defaultRegion = input.defaultRegion;
  if (input.reviewCycleMonths != null) patch.reviewCycleMonths = input.reviewCycleMonths;
  return patch;
}

@Resolver()
export class TenantResolver {
  constructor(private readonly services: Services) {}

  @Public()
  @Query(() => TenantType, { description: 'The tenant this request is for (from the Host header)' })
  tenant(@Ctx() ctx: RequestContext): Promise<TenantType> {
    return ctx.tx((tx) => this.services.tenancy.view(tx)) as Promise<TenantType>;
  }

  @Access('admin')
  @Mutation(() => UpdateTenantSettingsPayload, {
    description: 'Changes name, domains, locales (with fallback chains), regions or review cycle of this tenant',
  })
  async updateTenantSettings(
    @Arg('input') input: UpdateTenantSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateTenantSettingsPayload> {
    const tenant = await ctx.tx((tx) => this.services.tenancy.updateIn(tx, patchFrom(input), actorOf(ctx)));
    return { tenant: tenant as TenantType };
  }
}
