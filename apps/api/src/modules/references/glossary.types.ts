import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxChars, MaxItems, Nested } from '../../kernel/limits';

@ObjectType('GlossaryEntry', { description: 'A term and its definition in one locale' })
export class GlossaryEntryType {
  @Field() locale: string;
  @Field() term: string;
  @Field({ description: 'Plain text; paragraphs separated by blank lines' }) definition: string;
  @Field(() => [String], { description: 'Plural and inflected forms that also count as the term in a text' }) forms: string[];
}

@ObjectType('GlossaryTerm', { description: 'A glossary concept with its entry in each locale' })
export class GlossaryTermType {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable readable key, e.g. "aromatase-inhibitor"' }) key: string;
  @Field(() => [GlossaryEntryType]) entries: GlossaryEntryType[];
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('LocalizedGlossaryTerm', { description: 'A term as readers of one locale see it' })
export class LocalizedGlossaryTermType {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field({ description: 'The locale the entry is written in (a fallback when no entry exists in the requested one)' }) locale: string;
  @Field() requestedLocale: string;
  @Field({ description: 'True when the entry comes from a fallback locale: mark it with its own lang' }) fallback: boolean;
  @Field() term: string;
  @Field() definition: string;
  @Field(() => [String]) forms: string[];
}

@InputType('GlossaryEntryInput')
export class GlossaryEntryInput {
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field() @MaxChars('nameChars') term: string;
  @Field() @MaxChars('longTextChars') definition: string;
  @Field(() => [String], { nullable: true }) @MaxItems('listItems') @MaxChars('nameChars', { each: true }) forms?: string[] | null;
}

@InputType('CreateGlossaryTermInput')
export class CreateGlossaryTermInput {
  @Field(() => String, { nullable: true, description: 'Derived from the first entry when not given' }) @MaxChars('slugChars') key?:
    string | null;
  @Field(() => [GlossaryEntryInput]) @Nested() @MaxItems('localesPerTenant') entries: GlossaryEntryInput[];
}

@InputType('UpdateGlossaryTermInput')
export class UpdateGlossaryTermInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) @MaxChars('slugChars') key?: string | null;
  @Field(() => [GlossaryEntryInput], { nullable: true, description: 'Entries to add or replace, one per locale' })
  @Nested()
  @MaxItems('localesPerTenant')
  entries?: GlossaryEntryInput[] | null;
  @Field(() => [String], { nullable: true, description: 'Locales whose entry is removed' })
  @MaxChars('localeTagChars', { each: true })
  @MaxItems('localesPerTenant')
  removeLocales?: string[] | null;
}

@InputType('DeleteGlossaryTermInput')
export class DeleteGlossaryTermInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
}

@ObjectType('CreateGlossaryTermPayload')
export class CreateGlossaryTermPayload {
  @Field(() => GlossaryTermType) term: GlossaryTermType;
}

@ObjectType('UpdateGlossaryTermPayload')
export class UpdateGlossaryTermPayload {
  @Field(() => GlossaryTermType) term: GlossaryTermType;
}

@ObjectType('DeleteGlossaryTermPayload')
export class DeleteGlossaryTermPayload {
  @Field(() => ID) deletedId: string;
}
