import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKindEnum, DocumentType, RevisionType } from './content.types';
import { MaxChars } from '../../kernel/limits';

export enum ImportFormat {
  MARKDOWN = 'markdown',
  HTML = 'html',
}
registerEnumType(ImportFormat, { name: 'ImportFormat' });

@InputType()
export class ImportDocumentInput {
  @Field(() => ImportFormat) format: ImportFormat;
  @Field({ description: 'The article as Markdown or HTML (at most a few MB)' }) @MaxChars('importSourceChars') source: string;
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => DocumentKindEnum, { defaultValue: DocumentKindEnum.ARTICLE }) kind: DocumentKindEnum;
  @Field(() => String, { nullable: true, description: 'Defaults to one made from the title' }) @MaxChars('slugChars') slug?: string;
  @Field(() => String, { nullable: true, description: 'Used when the article has no top-level heading' })
  @MaxChars('titleChars')
  title?: string;
}

@ObjectType('ImportReportEntry', { description: 'Something in the source that was removed or changed on import' })
export class ImportReportEntryType {
  @Field() code: string;
  @Field() element: string;
  @Field() reason: string;
  @Field(() => Int, { nullable: true }) line: number | null;
  @Field(() => Int, { nullable: true }) column: number | null;
  @Field(() => String, { nullable: true }) blockId: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The full text concerned when it is not (only) in the document: a source's reference, a line kept as text",
  })
  text: string | null;
}

@ObjectType()
export class ImportDocumentPayload {
  @Field(() => DocumentType) document: DocumentType;
  @Field(() => RevisionType) revision: RevisionType;
  @Field(() => [ImportReportEntryType]) report: ImportReportEntryType[];
}

@ObjectType('ContentFinding', { description: 'A problem the content checks found; errors block publishing' })
export class ContentFindingType {
  @Field() checkId: string;
  @Field({ description: 'error or warning' }) severity: string;
  @Field(() => ID, { nullable: true }) blockId: string | null;
  @Field() path: string;
  @Field({ description: "In the editor's language" }) message: string;
}

@ObjectType('PublishRequirementMiss', { description: 'A publishing requirement of the tenant this version does not meet yet' })
export class PublishRequirementMissType {
  @Field({ description: 'e.g. AUTHOR_MISSING (the same reason the publish refusal lists)' }) requirement: string;
  @Field({ description: 'The field to fill in, e.g. quality.authors' }) field: string;
}

@ObjectType('ContentCheckReport')
export class ContentCheckReportType {
  @Field(() => [ContentFindingType]) findings: ContentFindingType[];
  @Field(() => GraphQLJSON, { description: 'Readability scores of the locale, with their targets' }) readability: unknown;
  @Field(() => [PublishRequirementMissType], { description: 'What the publish gate would refuse now (empty: nothing)' })
  unmetRequirements: PublishRequirementMissType[];
}
