import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RegistryKindEnum } from './registry.types';
import type { RegistryEntrySpec } from './registry.model';
import { MaxChars, MaxItems, Nested } from '../../kernel/limits';

@InputType('RegistryEntryTextInput')
export class RegistryEntryTextInput {
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field() @MaxChars('nameChars') name: string;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') description?: string | null;
}

@InputType('RegistryIdentifierInput')
export class RegistryIdentifierInput {
  @Field() @MaxChars('nameChars') scheme: string;
  @Field() @MaxChars('nameChars') value: string;
}

/** Every field of an entry; the service checks them (the same rules as the CSV import). */
@InputType('RegistryEntryInput')
export class RegistryEntryInput {
  @Field(() => String, { nullable: true, description: 'Stable key for imports, e.g. "drks"' }) @MaxChars('slugChars') key?: string | null;
  @Field(() => RegistryKindEnum) kind: RegistryKindEnum;
  @Field(() => [RegistryEntryTextInput], { description: 'Name and description per locale; at least one name' })
  @Nested()
  @ArrayMaxSize(100, { message: 'Give at most 100 languages.' })
  texts: RegistryEntryTextInput[];
  @Field(() => [String], { defaultValue: [], description: 'Region codes of the site; empty for every region' })
  @MaxChars('nameChars', { each: true })
  @ArrayMaxSize(300, { message: 'List at most 300 regions.' })
  regions: string[];
  @Field(() => String, { nullable: true }) @MaxChars('shortTextChars') website?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('shortTextChars') email?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') phone?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') address?: string | null;
  @Field(() => [RegistryIdentifierInput], { nullable: true })
  @Nested()
  @ArrayMaxSize(20, { message: 'Give at most 20 identifiers.' })
  identifiers?: RegistryIdentifierInput[] | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) @MaxChars('nameChars') validFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) @MaxChars('nameChars') validUntil?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') source?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date' }) @MaxChars('nameChars') lastVerifiedOn?: string | null;
  @Field(() => [String], { nullable: true })
  @MaxChars('nameChars', { each: true })
  @ArrayMaxSize(20, { message: 'Give at most 20 tags.' })
  tags?: string[] | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') condition?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') legalBasis?: string | null;
  @Field(() => String, { nullable: true, description: 'Trial registries: # digit, @ letter, * either, | alternatives' })
  @MaxChars('nameChars')
  idFormat?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') idExample?: string | null;
  @Field(() => Boolean, { nullable: true }) idFormatVerified?: boolean | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') idFormatSource?: string | null;
  @Field(() => Boolean, { nullable: true }) whoPrimaryRegistry?: boolean | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') certification?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') certifier?: string | null;
  @Field(() => Boolean, { nullable: true }) sample?: boolean | null;
}

export function specFrom(input: RegistryEntryInput): RegistryEntrySpec {
  return {
    key: input.key,
    kind: input.kind,
    texts: input.texts,
    regions: input.regions ?? [],
    website: input.website,
    email: input.email,
    phone: input.phone,
    address: input.address,
    identifiers: input.identifiers ?? [],
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    source: input.source,
    lastVerifiedOn: input.lastVerifiedOn,
    tags: input.tags ?? [],
    condition: input.condition,
    legalBasis: input.legalBasis,
    idFormat: input.idFormat,
    idExample: input.idExample,
    idFormatVerified: input.idFormatVerified ?? false,
    idFormatSource: input.idFormatSource,
    whoPrimary: input.whoPrimaryRegistry ?? null,
    certification: input.certification,
    certifier: input.certifier,
    sample: input.sample ?? false,
  };
}

@InputType()
export class CreateRegistryEntryInput {
  @Field(() => RegistryEntryInput) @Nested() entry: RegistryEntryInput;
}

@InputType({ description: 'Replaces the whole entry' })
export class UpdateRegistryEntryInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
  @Field(() => Int, { description: 'The version you started from; a newer one makes this a CONFLICT' }) baseVersion: number;
  @Field(() => RegistryEntryInput) @Nested() entry: RegistryEntryInput;
}

@InputType()
export class DeleteRegistryEntryInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
}

@InputType()
export class MarkRegistryEntryVerifiedInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
  @Field(() => String, { nullable: true, description: 'ISO date of the check (default today)' }) @MaxChars('nameChars') verifiedOn?:
    string | null;
  @Field(() => String, { nullable: true, description: 'The source checked against, when it changed' }) @MaxChars('longTextChars') source?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'Trial registries: the id format was confirmed too' })
  idFormatVerified?: boolean | null;
}

@InputType('RegistryCsvColumnInput', { description: 'A column of the file and the field it holds ("ignore" to skip it)' })
export class RegistryCsvColumnInput {
  @Field() @MaxChars('nameChars') column: string;
  @Field({ description: 'e.g. kind, name.de, regions, website, or ignore' }) @MaxChars('nameChars') field: string;
}

@InputType()
export class ImportRegistryEntriesInput {
  @Field({ description: 'The file, as text (UTF-8; comma, semicolon or tab separated)' })
  @MaxLength(900_000, { message: 'The file is too large; split it into parts under 900 kB.' })
  csv: string;
  @Field({ defaultValue: false, description: 'Check and report only; write nothing' }) dryRun: boolean;
  @Field({ defaultValue: false, description: 'Write the valid rows even when some rows are bad (default: all or nothing)' })
  skipInvalid: boolean;
  @Field(() => [RegistryCsvColumnInput], { defaultValue: [] })
  @Nested()
  @ArrayMaxSize(200, { message: 'Map at most 200 columns.' })
  mapping: RegistryCsvColumnInput[];
}

@InputType()
export class UpdateRegistrySettingsInput {
  @Field(() => Int) verificationMonths: number;
}

@InputType()
export class RegistryEntryFilter {
  @Field({ description: 'The reader’s language: names and descriptions come in it or a fallback' })
  @MaxChars('localeTagChars')
  locale: string;
  @Field(() => RegistryKindEnum, { nullable: true }) kind?: RegistryKindEnum | null;
  @Field(() => String, { nullable: true, description: 'The reader’s region (default: the site’s)' }) @MaxChars('nameChars') region?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Words in a name or description' }) @MaxChars('longTextChars') text?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') condition?: string | null;
  @Field(() => [String], { nullable: true }) @MaxItems('listItems') @MaxChars('nameChars', { each: true }) tags?: string[] | null;
}

@InputType()
export class ManagedRegistryEntryFilter {
  @Field(() => String, { nullable: true, description: 'Language for names and sorting (default: the site’s)' })
  @MaxChars('localeTagChars')
  locale?: string | null;
  @Field(() => RegistryKindEnum, { nullable: true }) kind?: RegistryKindEnum | null;
  @Field(() => String, { nullable: true, description: 'Entries readers in this region see' }) @MaxChars('nameChars') region?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') text?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only entries with (true) or without (false) flags' }) flagged?: boolean | null;
}
