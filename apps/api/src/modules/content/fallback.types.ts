import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum FallbackKindEnum {
  NONE = 'none',
  PARTIAL = 'partial',
  FULL = 'full',
}
registerEnumType(FallbackKindEnum, {
  name: 'FallbackKind',
  description: 'Whether a reader sees the language they asked for: entirely (NONE), partly (PARTIAL) or not at all (FULL)',
});

@ObjectType('BlockLocale', { description: 'The locale a block of a published document actually came from' })
export class BlockLocaleType {
  @Field() blockId: string;
  @Field() locale: string;
  @Field({ description: 'ltr or rtl' }) dir: string;
}
