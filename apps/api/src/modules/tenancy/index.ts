/**
 * The tenancy module's public face: other modules and the composition root (server/) import
 * from here only, never from the files behind it (checked by the dependency rule in npm test).
 */
// Its GraphQL types carry decorators that need the metadata API loaded first.
import 'reflect-metadata';
export { canonicalLocale, directionOf, regionDisplayName, regionForHost } from './locale';
export { directionIn, fallbackChain, tenantLocale } from './locales';
export { tenantLocales, type TenantLocales } from './tenant-locales';
export {
  DEFAULT_REQUIREMENTS,
  effectiveRequirements,
  type EffectiveRequirements,
  type PublishRequirements,
} from '../../kernel/publish-requirements';
export { Region, Tenant, TenantDomain, TenantLocale } from './tenant.entity';
export { validReviewCycle, type LocaleSpec, type RegionSpec, type TenantPatch, type TenantSpec } from './tenant.inputs';
export { TenantResolver } from './tenant.resolver';
export { TenancyService, type TenantView } from './tenant.service';
export { RegionType } from './tenant.types';
