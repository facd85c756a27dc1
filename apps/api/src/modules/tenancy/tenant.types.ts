import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

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
}

@ObjectType('UpdateTenantSettingsPayload')
export class UpdateTenantSettingsPayload {
  @Field(() => TenantType) tenant: TenantType;
}
