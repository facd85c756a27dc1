import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoType } from '../content';

export enum RegistryKindEnum {
  STATUTORY_INSURER = 'statutoryInsurer',
  DISEASE_MANAGEMENT_PROGRAMME = 'diseaseManagementProgramme',
  CLINICAL_TRIAL_REGISTRY = 'clinicalTrialRegistry',
  CERTIFIED_CARE_CENTRE = 'certifiedCareCentre',
  COUNSELLING_SERVICE = 'counsellingService',
  HOTLINE = 'hotline',
  PATIENT_ORGANISATION = 'patientOrganisation',
}
registerEnumType(RegistryKindEnum, { name: 'RegistryKind', description: 'What a registry lists' });

export enum RegistryFlagEnum {
  EXPIRED = 'expired',
  NOT_YET_VALID = 'notYetValid',
  VERIFICATION_OVERDUE = 'verificationOverdue',
  NEVER_VERIFIED = 'neverVerified',
  ID_FORMAT_UNVERIFIED = 'idFormatUnverified',
}
registerEnumType(RegistryFlagEnum, {
  name: 'RegistryFlag',
  description:
    'Why an entry needs an editor: past its validity, not valid yet, not checked within the verification period, never checked, or a trial-id format not confirmed from a primary source',
});

// Reader types are plain data on the hot read path: simpleResolvers skips per-field middleware.
@ObjectType('RegistryIdentifier', {
  description: 'An identifier of the organisation, e.g. the German institution code (IK)',
  simpleResolvers: true,
})
export class RegistryIdentifierType {
  @Field() scheme: string;
  @Field() value: string;
}

@ObjectType('TrialRegistryDetails', { simpleResolvers: true })
export class TrialRegistryDetailsType {
  @Field(() => String, {
    nullable: true,
    description: 'Format of trial ids: # digit, @ letter, * either, | alternatives (e.g. "NCT########")',
  })
  idFormat: string | null;
  @Field(() => String, { nullable: true }) idExample: string | null;
  @Field({ description: 'The format was confirmed from a primary source (the registry itself)' }) idFormatVerified: boolean;
  @Field(() => Boolean, { nullable: true, description: 'A WHO primary registry; null when not confirmed' }) whoPrimaryRegistry:
    boolean | null;
}

@ObjectType('CareCentreDetails', { simpleResolvers: true })
export class CareCentreDetailsType {
  @Field(() => String, { nullable: true }) certification: string | null;
  @Field(() => String, { nullable: true }) certifier: string | null;
}

/** Fields readers and editors both see; never returned itself, so the schema does not list it. */
@ObjectType('RegistryEntryBase')
export class RegistryEntryBase {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) key: string | null;
  @Field(() => RegistryKindEnum) kind: RegistryKindEnum;
  @Field(() => [String], { description: 'Region codes the entry is for; empty for every region of the site' }) regions: string[];
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => [RegistryIdentifierType]) identifiers: RegistryIdentifierType[];
  @Field(() => String, { nullable: true, description: 'ISO date' }) validFrom: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date; after it readers no longer see the entry' }) validUntil: string | null;
  @Field({ description: 'Where the information comes from' }) source: string;
  @Field(() => String, { nullable: true, description: 'ISO date the entry was last checked against its source' }) lastVerifiedOn:
    string | null;
  @Field(() => [String]) tags: string[];
  @Field(() => String, { nullable: true, description: 'Condition key, e.g. breast-cancer (required for DMPs)' }) condition: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. § 137f SGB V' }) legalBasis: string | null;
  @Field(() => TrialRegistryDetailsType, { nullable: true, description: 'Clinical-trial registries only' })
  trialRegistry: TrialRegistryDetailsType | null;
  @Field(() => CareCentreDetailsType, { nullable: true, description: 'Certified care centres only' })
  careCentre: CareCentreDetailsType | null;
  @Field({ description: 'A fictional demonstration entry' }) sample: boolean;
}

@ObjectType('RegistryEntry', {
  description: 'A directory entry as a reader sees it, in their language or a fallback',
  simpleResolvers: true,
})
export class RegistryEntryType extends RegistryEntryBase {
  @Field() name: string;
  @Field() description: string;
  @Field({ description: 'The locale name and description are in (may be a fallback: mark it with lang)' }) locale: string;
  @Field({ description: 'ltr or rtl, for that locale' }) dir: string;
}

@ObjectType('RegistryEntryText')
export class RegistryEntryTextType {
  @Field() locale: string;
  @Field() name: string;
  @Field() description: string;
}

@ObjectType('ManagedRegistryEntry', { description: 'A directory entry as editors see it: every language, every flag' })
export class ManagedRegistryEntryType extends RegistryEntryBase {
  @Field({ description: 'The name in the language asked for, or a fallback' }) name: string;
  @Field(() => [RegistryEntryTextType]) texts: RegistryEntryTextType[];
  @Field(() => [RegistryFlagEnum]) flags: RegistryFlagEnum[];
  @Field(() => String, { nullable: true, description: 'Where the trial-id format was confirmed' }) idFormatSource: string | null;
  @Field(() => Int, { description: 'Pass it as baseVersion when updating' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('RegistryEntryEdge')
export class RegistryEntryEdgeType {
  @Field() cursor: string;
  @Field(() => RegistryEntryType) node: RegistryEntryType;
}

@ObjectType('RegistryEntryConnection')
export class RegistryEntryConnectionType {
  @Field(() => [RegistryEntryEdgeType]) edges: RegistryEntryEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
}

@ObjectType('ManagedRegistryEntryEdge')
export class ManagedRegistryEntryEdgeType {
  @Field() cursor: string;
  @Field(() => ManagedRegistryEntryType) node: ManagedRegistryEntryType;
}

@ObjectType('ManagedRegistryEntryConnection')
export class ManagedRegistryEntryConnectionType {
  @Field(() => [ManagedRegistryEntryEdgeType]) edges: ManagedRegistryEntryEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
}

@ObjectType('Registry', { description: 'One kind of directory and how many entries readers in a region see' })
export class RegistryType {
  @Field(() => RegistryKindEnum) kind: RegistryKindEnum;
  @Field() label: string;
  @Field({ description: 'The locale of the label' }) locale: string;
  @Field(() => Int) entryCount: number;
}

@ObjectType('RegistryList', {
  description: 'The entries of one registry embed on a page, for the reader’s region and language',
  simpleResolvers: true,
})
export class RegistryListType {
  @Field({ description: 'The id of the registryEmbed block' }) blockId: string;
  @Field(() => RegistryKindEnum) kind: RegistryKindEnum;
  @Field(() => [RegistryEntryType]) entries: RegistryEntryType[];
}

@ObjectType('RegistrySettings')
export class RegistrySettingsType {
  @Field(() => Int, { description: 'Months an entry may go unchecked before it is flagged (default 12)' }) verificationMonths: number;
}

@ObjectType('RegistryImportIssue', { description: 'One problem in an imported file' })
export class RegistryImportIssueType {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' }) line: number;
  @Field(() => String, { nullable: true, description: 'The column as named in the file' }) column: string | null;
  @Field() field: string;
  @Field({ description: 'e.g. UNKNOWN_KIND, INVALID_URL, BAD_IDENTIFIER_PATTERN, UNKNOWN_REGION, MISSING_NAME' }) code: string;
  @Field() message: string;
}

@ObjectType('ImportRegistryEntriesPayload')
export class ImportRegistryEntriesPayload {
  @Field() dryRun: boolean;
  @Field({ description: 'Whether anything was written' }) written: boolean;
  @Field(() => Int) rows: number;
  @Field(() => Int) valid: number;
  @Field(() => Int, { description: 'New entries (would be) made' }) created: number;
  @Field(() => Int, { description: 'Entries (would be) replaced by rows with their key' }) updated: number;
  @Field(() => Int) skipped: number;
  @Field(() => [RegistryImportIssueType]) issues: RegistryImportIssueType[];
}

@ObjectType('RegistryEntryPayload')
export class RegistryEntryPayload {
  @Field(() => ManagedRegistryEntryType) entry: ManagedRegistryEntryType;
}

@ObjectType('DeleteRegistryEntryPayload')
export class DeleteRegistryEntryPayload {
  @Field(() => ID) deletedId: string;
}

@ObjectType('RegistrySettingsPayload')
export class RegistrySettingsPayload {
  @Field(() => RegistrySettingsType) settings: RegistrySettingsType;
}
