import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TextDirection {
  LTR = 'ltr',
  RTL = 'rtl',
}
registerEnumType(TextDirection, { name: 'TextDirection', description: 'Writing direction of a locale' });

@ObjectType('Locale', { description: 'A BCP 47 locale the tenant publishes in' })
export class LocaleType {
  @Field({ description: 'BCP 47 tag, e.g. "de-AT"' }) tag: string;
  @Field(() => TextDirection) direction: TextDirection;
  @Field(() => [String], { description: 'Locales tried in order when content is missing, e.g. ["de", "en"]' })
  fallbacks: string[];
}

@ObjectType('Region', { description: 'A country or subdivision (ISO 3166) the tenant has readers in' })
export class RegionType {
  @Field({ description: 'ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision' }) code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) defaultLocale: string | null;
  @Field(() => [String]) locales: string[];
  @Field(() => [String], { description: 'Hosts whose readers get this region until they choose one' }) domains: string[];
}

@ObjectType('ThemeColors', { description: 'The colours of the site; every pair drawn on each other meets WCAG AA contrast' })
export class ThemeColorsType {
  @Field({ description: 'Page background' }) background: string;
  @Field({ description: 'Panels and cards on the page background' }) surface: string;
  @Field() text: string;
  @Field({ description: 'Secondary text such as dates and hints' }) mutedText: string;
  @Field() link: string;
  @Field({ description: 'Header band and primary buttons' }) accent: string;
  @Field({ description: 'Text on the accent colour' }) accentText: string;
  @Field({ description: 'Background of a focused element' }) focus: string;
  @Field({ description: 'Text on the focus background' }) focusText: string;
  @Field({ description: 'Outline around a focused element' }) focusRing: string;
  @Field({ description: 'Borders of form controls and panels' }) border: string;
}

@ObjectType('ReadabilityTarget', { description: 'The range a readability score should be in; outside it the content checks warn' })
export class ReadabilityTargetType {
  @Field({ description: 'The formula, e.g. fleschKincaidGrade or amstad' }) score: string;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field({ description: "False: Careleaf's default for patient information applies" }) custom: boolean;
}

@ObjectType('PublishRequirements', { description: 'What a version needs before it can be published (unset rules are on)' })
export class PublishRequirementsType {
  @Field() author: boolean;
  @Field({ description: 'A medical reviewer other than the author' }) reviewer: boolean;
  @Field() lastReviewed: boolean;
  @Field() summary: boolean;
  @Field({ description: 'At least one cited source' }) sources: boolean;
  @Field({ description: '"error" or "warning": whether missed readability targets block publishing' }) readability: string;
}

@ObjectType('Tenant', { description: 'A health organisation publishing on Careleaf' })
export class TenantType {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field() defaultLocale: string;
  @Field(() => String, { nullable: true }) defaultRegion: string | null;
  @Field(() => [LocaleType]) locales: LocaleType[];
  @Field(() => [RegionType]) regions: RegionType[];
  @Field(() => [String], { description: 'Host names serving this tenant; the first is the primary one' }) domains: string[];
  @Field(() => Int, { description: 'Months between medical reviews of a document' }) reviewCycleMonths: number;
  @Field(() => ThemeColorsType, { nullable: true, description: "The tenant's own colours; null for the site's default theme" })
  theme: ThemeColorsType | null;
  @Field(() => [ReadabilityTargetType], { description: 'Every readability formula with the target that applies (min and max null: none)' })
  readabilityTargets: ReadabilityTargetType[];
  @Field({ description: 'Whether admins and reviewers must use two-factor sign-in' }) requireTwoFactor: boolean;
  @Field(() => [String], { description: 'Web origins whose browser code may read the public API (CORS)' }) corsOrigins: string[];
  @Field(() => PublishRequirementsType) publishRequirements: PublishRequirementsType;
}

@ObjectType('UpdateTenantSettingsPayload')
export class UpdateTenantSettingsPayload {
  @Field(() => TenantType) tenant: TenantType;
}
