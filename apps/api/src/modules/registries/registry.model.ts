import { REGISTRY_KINDS } from '@careleaf/schema';

export interface Identifier {
  /** What issued the identifier, e.g. "IK" (German institution code) or "WHO". */
  scheme: string;
  value: string;
}

export type RegistryKind = (typeof REGISTRY_KINDS)[number];
export { REGISTRY_KINDS };

/** Name and description of an entry in one locale. */
export interface EntryText {
  locale: string;
  name: string;
  description: string;
}

/** A registry entry as given by an editor, the CSV import or the seed (not yet checked). */
export interface RegistryEntrySpec {
  /** Stable operator key, e.g. "drks"; re-importing a row with the same key updates the entry. */
  key?: string | null;
  kind: string;
  texts: { locale: string; name: string; description?: string | null }[];
  /** Codes of the tenant's regions; empty for "every region of the site". */
  regions: string[];
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  identifiers?: Identifier[];
  validFrom?: string | null;
  validUntil?: string | null;
  source?: string | null;
  lastVerifiedOn?: string | null;
  tags?: string[];
  condition?: string | null;
  legalBasis?: string | null;
  /** Trial registries: format of their trial ids (see id-format.ts). */
  idFormat?: string | null;
  idExample?: string | null;
  idFormatVerified?: boolean;
  idFormatSource?: string | null;
  whoPrimary?: boolean | null;
  /** Certified care centres. */
  certification?: string | null;
  certifier?: string | null;
  /** Fictional demonstration entries say so. */
  sample?: boolean;
}

/** A checked entry in canonical form, ready to store. */
export interface ValidEntry {
  key: string | null;
  kind: RegistryKind;
  texts: EntryText[];
  regions: string[];
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  identifiers: Identifier[];
  validFrom: string | null;
  validUntil: string | null;
  source: string;
  lastVerifiedOn: string | null;
  tags: string[];
  condition: string | null;
  legalBasis: string | null;
  idFormat: string | null;
  idExample: string | null;
  idFormatVerified: boolean;
  idFormatSource: string | null;
  whoPrimary: boolean | null;
  certification: string | null;
  certifier: string | null;
  sample: boolean;
}

/** Why an entry needs an editor's attention. */
export type RegistryFlag = 'expired' | 'notYetValid' | 'verificationOverdue' | 'neverVerified' | 'idFormatUnverified';

/** A stored entry as editors see it: every locale, every flag. */
export interface RegistryEntryRecord extends ValidEntry {
  id: string;
  version: number;
  flags: RegistryFlag[];
  createdAt: Date;
  updatedAt: Date;
}

/** An entry as a reader sees it: texts in one locale (with the locale it came from). */
export interface PublicEntry extends Omit<ValidEntry, 'texts' | 'idFormatSource'> {
  id: string;
  name: string;
  description: string;
  /** The locale name and description are in (may be a fallback of the one asked for). */
  locale: string;
}

export interface Issue {
  field: string;
  code: IssueCode;
  message: string;
}

export type IssueCode =
  | 'UNKNOWN_KIND'
  | 'MISSING_NAME'
  | 'UNKNOWN_LOCALE'
  | 'UNKNOWN_REGION'
  | 'INVALID_URL'
  | 'INVALID_EMAIL'
  | 'INVALID_PHONE'
  | 'INVALID_DATE'
  | 'INVALID_PERIOD'
  | 'INVALID_KEY'
  | 'DUPLICATE_KEY'
  | 'BAD_IDENTIFIER_PATTERN'
  | 'INVALID_IDENTIFIER'
  | 'MISSING_CONDITION'
  | 'NOT_FOR_KIND'
  | 'TOO_LONG'
  | 'INVALID_VALUE'
  | 'UNKNOWN_COLUMN'
  | 'MALFORMED_CSV';

/** Months an entry may go unverified before editors are told (tenant setting). */
export const DEFAULT_VERIFICATION_MONTHS = 12;
