import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import { MaxChars, MaxItems, Nested } from '../../kernel/limits';

@InputType('PublishRequirementsInput', { description: 'Which medical-quality requirements block publishing' })
export class PublishRequirementsInput {
  @Field(() => Boolean, { nullable: true, description: 'At least one author' }) author?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'A medical reviewer other than the author' }) reviewer?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The date last reviewed' }) lastReviewed?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'A summary' }) summary?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'At least one cited source' }) sources?: boolean | null;
  @Field(() => String, { nullable: true, description: '"error": missed readability targets block publishing; "warning": they only warn' })
  @MaxChars('nameChars')
  readability?: string | null;
}

@InputType('LocaleInput', { description: 'A locale and the locales tried, in order, when content is missing in it' })
export class LocaleInput {
  @Field({ description: 'BCP 47 tag, e.g. "de-AT"' }) @MaxChars('localeTagChars') tag: string;
  @Field(() => [String], { defaultValue: [] })
  @MaxItems('localesPerTenant')
  @MaxChars('localeTagChars', { each: true })
  fallbacks: string[];
}

@InputType('RegionInput', { description: 'An ISO 3166 region the tenant has readers in' })
export class RegionInput {
  @Field({ description: 'e.g. "DE", "AT" or "DE-BY"' }) @MaxChars('nameChars') code: string;
  @Field(() => String, { nullable: true, description: 'Display name; the English country name when omitted' })
  @MaxChars('nameChars')
  name?: string | null;
  @Field(() => String, { nullable: true }) @MaxChars('localeTagChars') defaultLocale?: string | null;
  @Field(() => [String], { nullable: true, description: 'Locales offered to readers in this region' })
  @MaxItems('localesPerTenant')
  @MaxChars('localeTagChars', { each: true })
  locales?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Hosts (of the tenant’s domains) whose readers get this region until they choose one',
  })
  @MaxItems('domainsPerTenant')
  @MaxChars('shortTextChars', { each: true })
  domains?: string[] | null;
}

@InputType('ThemeInput', { description: 'Every colour as #rrggbb; the set is refused unless each pair drawn on each other meets WCAG AA' })
export class ThemeInput {
  @Field() @MaxChars('nameChars') background: string;
  @Field() @MaxChars('nameChars') surface: string;
  @Field() @MaxChars('longTextChars') text: string;
  @Field() @MaxChars('nameChars') mutedText: string;
  @Field() @MaxChars('nameChars') link: string;
  @Field() @MaxChars('nameChars') accent: string;
  @Field() @MaxChars('nameChars') accentText: string;
  @Field() @MaxChars('nameChars') focus: string;
  @Field() @MaxChars('nameChars') focusText: string;
  @Field() @MaxChars('nameChars') focusRing: string;
  @Field() @MaxChars('nameChars') border: string;
}

@InputType('ReadabilityTargetInput', { description: 'A target for one formula; neither min nor max: no target' })
export class ReadabilityTargetInput {
  @Field() @MaxChars('nameChars') score: string;
  @Field(() => Float, { nullable: true }) min?: number | null;
  @Field(() => Float, { nullable: true }) max?: number | null;
}

@InputType({ description: 'Fields left out stay as they are; lists given replace the old list whole' })
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true }) @MaxLength(200, { message: 'The name must be between 1 and 200 characters.' }) name?:
    string | null;
  @Field(() => [String], { nullable: true, description: 'Host names; the first is the primary one used in links' })
  @MaxChars('shortTextChars', { each: true })
  @ArrayMaxSize(50, { message: 'List at most 50 domains.' })
  domains?: string[] | null;
  @Field(() => [LocaleInput], { nullable: true }) @Nested() @ArrayMaxSize(100, { message: 'List at most 100 locales.' }) locales?:
    LocaleInput[] | null;
  @Field(() => String, { nullable: true }) @MaxChars('localeTagChars') defaultLocale?: string | null;
  @Field(() => [RegionInput], { nullable: true }) @Nested() @ArrayMaxSize(300, { message: 'List at most 300 regions.' }) regions?:
    RegionInput[] | null;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') defaultRegion?: string | null;
  @Field(() => Int, { nullable: true, description: 'Months between medical reviews of a document (default 36)' })
  reviewCycleMonths?: number | null;
  @Field(() => ThemeInput, { nullable: true, description: 'All colours of the site, checked for contrast before saving' })
  @Nested()
  theme?: ThemeInput | null;
  @Field(() => [ReadabilityTargetInput], {
    nullable: true,
    description: 'Replaces the readability targets; formulas left out use the defaults',
  })
  @Nested()
  @ArrayMaxSize(20, { message: 'List each readability formula at most once.' })
  readabilityTargets?: ReadabilityTargetInput[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Admins and reviewers must use two-factor sign-in; until they enrol they can do nothing else',
  })
  requireTwoFactor?: boolean | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the web origins (https://host[:port]) whose browser code may read the public API (CORS); [] for none',
  })
  @MaxChars('shortTextChars', { each: true })
  @MaxItems('corsOriginsPerTenant')
  corsOrigins?: string[] | null;
  @Field(() => PublishRequirementsInput, {
    nullable: true,
    description: 'Switches what publishing requires; rules left out stay as they are',
  })
  @Nested()
  publishRequirements?: PublishRequirementsInput | null;
}
