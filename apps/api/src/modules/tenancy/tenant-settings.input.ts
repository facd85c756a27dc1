import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';

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
  @Field(() => [String], {
    nullable: true,
    description: 'Hosts (of the tenant’s domains) whose readers get this region until they choose one',
  })
  domains?: string[] | null;
}

@InputType('ThemeInput', { description: 'Every colour as #rrggbb; the set is refused unless each pair drawn on each other meets WCAG AA' })
export class ThemeInput {
  @Field() background: string;
  @Field() surface: string;
  @Field() text: string;
  @Field() mutedText: string;
  @Field() link: string;
  @Field() accent: string;
  @Field() accentText: string;
  @Field() focus: string;
  @Field() focusText: string;
  @Field() focusRing: string;
  @Field() border: string;
}

@InputType('ReadabilityTargetInput', { description: 'A target for one formula; neither min nor max: no target' })
export class ReadabilityTargetInput {
  @Field() score: string;
  @Field(() => Float, { nullable: true }) min?: number | null;
  @Field(() => Float, { nullable: true }) max?: number | null;
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
  @Field(() => ThemeInput, { nullable: true, description: 'All colours of the site, checked for contrast before saving' })
  theme?: ThemeInput | null;
  @Field(() => [ReadabilityTargetInput], {
    nullable: true,
    description: 'Replaces the readability targets; formulas left out use the defaults',
  })
  @ArrayMaxSize(20, { message: 'List each readability formula at most once.' })
  readabilityTargets?: ReadabilityTargetInput[] | null;
}
