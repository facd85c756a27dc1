import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

@InputType('LocaleInput', { description: 'A locale and the locales tried, in order, when content is missing in it' })
export class LocaleInput {
  @Field({ description: 'BCP 47 tag, e.g. "de-AT"' }) tag: string;
  @Field(() => [String], { defaultValue: [] }) fallbacks: string[];
}

@InputType('RegionInput', { description: 'An ISO 3166 region the tenant has readers in' })
export class RegionInput {
  @Field({ description: 'e.g. "DE", "AT" or "DE-BY"' }) code: string;
  @Field(() => String, { nullable: true, description: 'Display name; the English country name when omitted' }) name?: string | null;
  @Field(() => String, { nullable: true }) defaultLocale?: string | null;
  @Field(() => [String], { nullable: true, description: 'Locales offered to readers in this region' }) locales?: string[] | null;
}

@InputType({ description: 'Fields left out stay as they are; lists given replace the old list whole' })
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true }) @MaxLength(200, { message: 'The name must be between 1 and 200 characters.' }) name?:
    string | null;
  @Field(() => [String], { nullable: true, description: 'Host names; the first is the primary one used in links' })
  @ArrayMaxSize(50, { message: 'List at most 50 domains.' })
  domains?: string[] | null;
  @Field(() => [LocaleInput], { nullable: true }) @ArrayMaxSize(100, { message: 'List at most 100 locales.' }) locales?:
    LocaleInput[] | null;
  @Field(() => String, { nullable: true }) defaultLocale?: string | null;
  @Field(() => [RegionInput], { nullable: true }) @ArrayMaxSize(300, { message: 'List at most 300 regions.' }) regions?:
    RegionInput[] | null;
  @Field(() => String, { nullable: true }) defaultRegion?: string | null;
  @Field(() => Int, { nullable: true, description: 'Months between medical reviews of a document (default 36)' })
  reviewCycleMonths?: number | null;
}
