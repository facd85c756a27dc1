import { directionOf, type TenantView } from '../tenancy';
import type { PublicEntry, RegistryEntryRecord, ValidEntry } from './registry.model';
import type { ManagedRegistryEntryType, RegistryEntryBase, RegistryEntryType } from './registry.types';

function base(e: Omit<ValidEntry, 'texts' | 'idFormatSource'> & { id: string }): RegistryEntryBase {
  return {
    id: e.id,
    key: e.key,
    kind: e.kind as never,
    regions: e.regions,
    website: e.website,
    email: e.email,
    phone: e.phone,
    address: e.address,
    identifiers: e.identifiers,
    validFrom: e.validFrom,
    validUntil: e.validUntil,
    source: e.source,
    lastVerifiedOn: e.lastVerifiedOn,
    tags: e.tags,
    condition: e.condition,
    legalBasis: e.legalBasis,
    trialRegistry:
      e.kind === 'clinicalTrialRegistry'
        ? { idFormat: e.idFormat, idExample: e.idExample, idFormatVerified: e.idFormatVerified, whoPrimaryRegistry: e.whoPrimary }
        : null,
    careCentre: e.kind === 'certifiedCareCentre' ? { certification: e.certification, certifier: e.certifier } : null,
    sample: e.sample,
  };
}

/** Plain objects for the hot read path: no field resolvers below this point. */
export function toEntryType(e: PublicEntry, tenant: Pick<TenantView, 'locales'>): RegistryEntryType {
  const dir = tenant.locales.find((l) => l.tag === e.locale)?.direction ?? directionOf(e.locale);
  return { ...base(e), name: e.name, description: e.description, locale: e.locale, dir };
}

export function toManagedType(r: RegistryEntryRecord, chain: string[]): ManagedRegistryEntryType {
  const pick = [...r.texts].sort((a, b) => rank(chain, a.locale) - rank(chain, b.locale))[0];
  return {
    ...base(r),
    name: pick?.name ?? '',
    texts: r.texts,
    flags: r.flags as never,
    idFormatSource: r.idFormatSource,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

function rank(chain: string[], locale: string): number {
  const i = chain.indexOf(locale);
  return i === -1 ? chain.length : i;
}
