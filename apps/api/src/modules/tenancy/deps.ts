import type { TenancyService } from './tenant.service';

/** What the tenancy module's resolvers need; the composition root (server/services.ts) provides it. */
export interface TenancyDeps {
  tenancy: TenancyService;
}
