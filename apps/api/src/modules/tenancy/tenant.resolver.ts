import { Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import type { Services } from '../../platform/services';
import { TenantType } from './tenant.types';

@Resolver()
export class TenantResolver {
  constructor(private readonly services: Services) {}

  @Public()
  @Query(() => TenantType, { description: 'The tenant this request is for (from the Host header)' })
  tenant(@Ctx() ctx: RequestContext): Promise<TenantType> {
    return ctx.tx((tx) => this.services.tenancy.view(tx)) as Promise<TenantType>;
  }
}
