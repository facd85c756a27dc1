import { directionOf, type TenantView } from '../tenancy';
import type { PublicEntry, RegistryEntryRecord, RegistryFlag, RegistryKind, ValidEntry } from './registry.model';
import {
  RegistryFlagEnum,
  RegistryKindEnum,
  type ManagedRegistryEntryType,
  type RegistryEntryBase,
  type RegistryEntryType,
} from './registry.types';

// The stored kinds and flags and the GraphQL enums spell the same strings; these tables
// let the compiler check that every value has its counterpart, both ways.
const KIND_ENUM: Record<RegistryKind, RegistryKindEnum> = {
  statutoryInsurer: RegistryKindEnum.STATUTORY_INSURER,
  diseaseManagementProgramme: RegistryKindEnum.DISEASE_MANAGEMENT_PROGRAMME,
  clinicalTrialRegistry: RegistryKindEnum.CLINICAL_TRIAL_REGISTRY,
  certifiedCareCentre: RegistryKindEnum.CERTIFIED_CARE_CENTRE,
  counsellingService: RegistryKindEnum.COUNSELLING_SERVICE,
  hotline: RegistryKindEnum.HOTLINE,
  patientOrganisation: RegistryKindEnum.PATIENT_ORGANISATION,
};
const KIND_OF: Record<RegistryKindEnum, RegistryKind> = {
  [RegistryKindEnum.STATUTORY_INSURER]: 'statutoryInsurer',
  [RegistryKindEnum.DISEASE_MANAGEMENT_PROGRAMME]: 'diseaseManagementProgramme',
  [RegistryKindEnum.CLINICAL_TRIAL_REGISTRY]: 'clinicalTrialRegistry',
  [RegistryKindEnum.CERTIFIED_CARE_CENTRE]: 'certifiedCareCentre',
  [RegistryKindEnum.COUNSELLING_SERVICE]: 'counsellingService',
  [RegistryKindEnum.HOTLINE]: 'hotline',
  [RegistryKindEnum.PATIENT_ORGANISATION]: 'patientOrganisation',
};
const FLAG_ENUM: Record<RegistryFlag, RegistryFlagEnum> = {
  expired: RegistryFlagEnum.EXPIRED,
  notYetValid: RegistryFlagEnum.NOT_YET_VALID,
  verificationOverdue: RegistryFlagEnum.VERIFICATION_OVERDUE,
  neverVerified: RegistryFlagEnum.NEVER_VERIFIED,
  idFormatUnverified: RegistryFlagEnum.ID_FORMAT_UNVERIFIED,
};

export const toKindEnum = (kind: RegistryKind): RegistryKindEnum => KIND_ENUM[kind];
export const toFlagEnum = (flag: RegistryFlag): RegistryFlagEnum => FLAG_ENUM[flag];
/** A kind from a GraphQL filter; null and undefined (no filter) stay as they are. */
export function kindFromEnum(kind: RegistryKindEnum): RegistryKind;
export function kindFromEnum(kind: RegistryKindEnum | null | undefined): RegistryKind | null | undefined;
export function kindFromEnum(kind: RegistryKindEnum | null | undefined): RegistryKind | null | undefined {
  return kind === null || kind === undefined ? kind : KIND_OF[kind];
}

function base(e: Omit<ValidEntry, 'texts' | 'idFormatSource'> & { id: string }): RegistryEntryBase {
  return {
    id: e.id,
    key: e.key,
    kind: toKindEnum(e.kind),
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
    flags: r.flags.map(toFlagEnum),
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
