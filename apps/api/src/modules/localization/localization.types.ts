import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentLocaleType, PageInfoType, RevisionType, WordChangeType, WorkflowStatusEnum } from '../content';
import { MaxChars, MaxItems, MaxJsonChars, Nested } from '../../kernel/limits';

export enum TranslationBlockStatusEnum {
  MISSING = 'missing',
  DRAFT = 'draft',
  NEEDS_REVIEW = 'needs_review',
  APPROVED = 'approved',
  OUTDATED = 'outdated',
}
registerEnumType(TranslationBlockStatusEnum, {
  name: 'TranslationBlockStatus',
  description:
    'A translated block: not translated yet, draft, waiting for review, approved, or translated from a source text that has changed since',
});

export enum TranslationStateEnum {
  NOT_STARTED = 'not_started',
  IN_PROGRESS = 'in_progress',
  OUTDATED = 'outdated',
  NEEDS_REVIEW = 'needs_review',
  APPROVED = 'approved',
}
registerEnumType(TranslationStateEnum, {
  name: 'TranslationState',
  description:
    'A whole translation, most urgent first: nothing translated, something outdated, something missing or in draft, waiting for review, all approved',
});

export enum TranslationWriteStateEnum {
  DRAFT = 'draft',
  NEEDS_REVIEW = 'needs_review',
}
registerEnumType(TranslationWriteStateEnum, { name: 'TranslationWriteState', description: 'What written blocks become' });

export enum XliffVersionEnum {
  V2_0 = '2.0',
  V1_2 = '1.2',
}
registerEnumType(XliffVersionEnum, { name: 'XliffVersion' });

export enum TermStatusEnum {
  APPROVED = 'approved',
  FORBIDDEN = 'forbidden',
}
registerEnumType(TermStatusEnum, { name: 'TermStatus' });

export enum TermIssueKindEnum {
  MISSING_TERM = 'missing_term',
  FORBIDDEN_TERM = 'forbidden_term',
}
registerEnumType(TermIssueKindEnum, { name: 'TermIssueKind' });

@ObjectType('TranslationProgress', { description: 'Translatable blocks of one translation, counted by status' })
export class TranslationProgressType {
  @Field(() => Int) total: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) draft: number;
  @Field(() => Int) needsReview: number;
  @Field(() => Int) approved: number;
  @Field(() => Int) outdated: number;
}

@ObjectType('TranslationProgressRow', { description: 'One document in one target locale' })
export class TranslationProgressRowType extends TranslationProgressType {
  @Field(() => ID) documentId: string;
  @Field({ description: 'The source title' }) title: string;
  @Field() sourceLocale: string;
  @Field() locale: string;
  @Field(() => WorkflowStatusEnum, { nullable: true, description: 'Workflow state of the translation; null when it does not exist yet' })
  workflowStatus: WorkflowStatusEnum | null;
  @Field(() => TranslationStateEnum) state: TranslationStateEnum;
}

@ObjectType('TranslationProgressEdge')
export class TranslationProgressEdgeType {
  @Field() cursor: string;
  @Field(() => TranslationProgressRowType) node: TranslationProgressRowType;
}

@ObjectType('TranslationProgressConnection')
export class TranslationProgressConnectionType {
  @Field(() => [TranslationProgressEdgeType]) edges: TranslationProgressEdgeType[];
  @Field(() => PageInfoType) pageInfo: PageInfoType;
}

@InputType()
export class TranslationProgressFilter {
  @Field(() => String, { nullable: true, description: 'Only this target locale' }) @MaxChars('localeTagChars') locale?: string;
  @Field(() => TranslationBlockStatusEnum, { nullable: true, description: 'Only translations with at least one block in this status' })
  status?: TranslationBlockStatusEnum;
  @Field(() => [ID], { nullable: true }) @MaxItems('idsPerRequest') @MaxChars('idChars', { each: true }) documentIds?: string[];
}

@ObjectType('TranslationSuggestion', { description: 'An approved translation of a similar source text from the translation memory' })
export class TranslationSuggestionType {
  @Field(() => Int, { description: '100 for an exact match, else the similarity in percent' }) match: number;
  @Field() sourceText: string;
  @Field() targetText: string;
  @Field(() => GraphQLJSON, { description: 'The translated block’s own content, ready to use' }) targetBlock: unknown;
  @Field(() => ID, { nullable: true }) documentId: string | null;
  @Field(() => String, { nullable: true }) blockId: string | null;
}

@ObjectType('TermIssue', { description: 'A terminology problem in a translated block' })
export class TermIssueType {
  @Field(() => TermIssueKindEnum) kind: TermIssueKindEnum;
  @Field(() => ID) conceptId: string;
  @Field({ description: 'The source term used, or the forbidden term found' }) term: string;
  @Field(() => [String], { description: 'The approved terms of the target locale' }) expected: string[];
  @Field() message: string;
}

@ObjectType('TranslationBlock', { description: 'A source block beside its translation' })
export class TranslationBlockType {
  @Field() blockId: string;
  @Field() type: string;
  @Field(() => Int) depth: number;
  @Field(() => String, { nullable: true }) parentId: string | null;
  @Field({ description: 'False for blocks without text of their own (regions, citation lists)' }) translatable: boolean;
  @Field(() => TranslationBlockStatusEnum) status: TranslationBlockStatusEnum;
  @Field(() => GraphQLJSON, { description: 'The source block’s own content (nested blocks are rows of their own)' }) source: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) target: unknown;
  @Field() sourceText: string;
  @Field(() => String, { nullable: true }) targetText: string | null;
  @Field(() => [WordChangeType], { nullable: true, description: 'Outdated blocks: how the source changed since the translation was made' })
  sourceChange: WordChangeType[] | null;
  @Field(() => [TranslationSuggestionType]) suggestions: TranslationSuggestionType[];
  @Field(() => [TermIssueType]) terminology: TermIssueType[];
}

@ObjectType('TextPair')
export class TextPairType {
  @Field() source: string;
  @Field(() => String, { nullable: true }) target: string | null;
}

@ObjectType('TranslationView', { description: 'A document and one target locale side by side' })
export class TranslationViewType {
  @Field(() => ID) documentId: string;
  @Field() sourceLocale: string;
  @Field() locale: string;
  @Field(() => ID) sourceRevisionId: string;
  @Field(() => Int, { description: 'Pass as baseVersion when saving (0: no translation yet)' }) targetVersion: number;
  @Field(() => TextPairType) title: TextPairType;
  @Field(() => TextPairType) summary: TextPairType;
  @Field(() => [TranslationBlockType]) blocks: TranslationBlockType[];
  @Field(() => TranslationProgressType) progress: TranslationProgressType;
  @Field(() => TranslationStateEnum) state: TranslationStateEnum;
}

@InputType()
export class SaveTranslatedBlocksInput {
  @Field(() => ID) @MaxChars('idChars') documentId: string;
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => Int, { description: 'The translation version you started from (targetVersion of the view)' }) baseVersion: number;
  @Field(() => String, { nullable: true }) @MaxChars('slugChars') slug?: string;
  @Field(() => String, { nullable: true }) @MaxChars('titleChars') title?: string;
  @Field(() => String, { nullable: true }) @MaxChars('summaryChars') summary?: string;
  @Field(() => [GraphQLJSON], { description: 'Blocks by source id with the fields to change, e.g. { "id": "p-1", "content": [...] }' })
  @MaxItems('blocksPerDocument')
  @MaxJsonChars('contentJsonChars', { each: true })
  blocks: unknown[];
  @Field(() => TranslationWriteStateEnum, { nullable: true }) state?: TranslationWriteStateEnum;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') message?: string;
}

@ObjectType()
export class SaveTranslatedBlocksPayload {
  @Field(() => RevisionType) revision: RevisionType;
  @Field(() => DocumentLocaleType) documentLocale: DocumentLocaleType;
}

@InputType()
export class ConfirmTranslatedBlocksInput {
  @Field(() => ID) @MaxChars('idChars') documentId: string;
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => [String], { description: 'Outdated blocks whose translation still fits the changed source' })
  @MaxItems('idsPerRequest')
  @MaxChars('idChars', { each: true })
  blockIds: string[];
}

@ObjectType()
export class ConfirmTranslatedBlocksPayload {
  @Field(() => TranslationViewType) view: TranslationViewType;
}

@InputType()
export class XliffExportInput {
  @Field({ description: 'The target locale' }) @MaxChars('localeTagChars') locale: string;
  @Field(() => [ID], { nullable: true, description: 'Omitted: every document with missing or outdated blocks in the locale' })
  @MaxItems('idsPerRequest')
  @MaxChars('idChars', { each: true })
  documentIds?: string[];
  @Field(() => Boolean, { nullable: true, description: 'Only units that need work (default: true for the batch, false for a list)' })
  pendingOnly?: boolean;
  @Field(() => XliffVersionEnum, { nullable: true, defaultValue: XliffVersionEnum.V2_0 }) version?: XliffVersionEnum;
  @Field(() => String, { nullable: true, description: 'Batch only: documents written in this locale (default: the site’s default)' })
  @MaxChars('localeTagChars')
  sourceLocale?: string;
}

@ObjectType('XliffFile')
export class XliffFileType {
  @Field({ description: 'The XLIFF document itself' }) xml: string;
  @Field({ description: 'A suggested file name' }) filename: string;
  @Field(() => XliffVersionEnum) version: XliffVersionEnum;
  @Field() sourceLocale: string;
  @Field() locale: string;
  @Field(() => Int) documents: number;
  @Field(() => Int) units: number;
}

@InputType()
export class ImportXliffInput {
  @Field({ description: 'The locale the file translates into' }) @MaxChars('localeTagChars') locale: string;
  @Field({ description: 'The XLIFF 2.0 or 1.2 document as text (clients decode UTF-16 files first)' }) @MaxChars('xliffChars') xml: string;
  @Field(() => TranslationWriteStateEnum, { nullable: true }) state?: TranslationWriteStateEnum;
}

@ObjectType('XliffProblem')
export class XliffProblemType {
  @Field({
    description:
      'TOO_LARGE, NOT_XML, DOCTYPE_FORBIDDEN, TOO_DEEP, NOT_XLIFF, UNSUPPORTED_VERSION, WRONG_TARGET_LANGUAGE, WRONG_SOURCE_LANGUAGE, UNKNOWN_DOCUMENT, UNKNOWN_UNIT, DUPLICATE_UNIT, UNKNOWN_SEGMENT, SOURCE_CHANGED, BROKEN_INLINE_CODES, INCOMPLETE_UNIT, RESEGMENTED or INVALID_CONTENT',
  })
  code: string;
  @Field() message: string;
  @Field(() => ID, { nullable: true }) documentId: string | null;
  @Field(() => String, { nullable: true }) unitId: string | null;
  @Field(() => String, { nullable: true }) segmentId: string | null;
}

@ObjectType('XliffUnitResult')
export class XliffUnitResultType {
  @Field(() => ID) documentId: string;
  @Field() unitId: string;
  @Field({ description: 'imported; skipped (no target); or unchanged (the target is the current translation: nothing recorded)' })
  result: string;
}

@ObjectType('XliffDocumentResult')
export class XliffDocumentResultType {
  @Field(() => ID) documentId: string;
  @Field(() => ID, { nullable: true, description: 'The new revision (null when nothing in the file changed it)' }) revisionId:
    string | null;
  @Field(() => Int) imported: number;
}

@ObjectType('XliffImportReport', { description: 'Problems are reported per unit; a file with any problem writes nothing' })
export class XliffImportReportType {
  @Field() accepted: boolean;
  @Field(() => XliffVersionEnum, { nullable: true }) version: XliffVersionEnum | null;
  @Field() locale: string;
  @Field(() => [XliffProblemType]) problems: XliffProblemType[];
  @Field(() => [XliffUnitResultType]) units: XliffUnitResultType[];
  @Field(() => [XliffDocumentResultType]) documents: XliffDocumentResultType[];
}

@ObjectType('Term')
export class TermType {
  @Field() locale: string;
  @Field() term: string;
  @Field(() => TermStatusEnum) status: TermStatusEnum;
}

@ObjectType('TermConcept', { description: 'One meaning, with its approved and forbidden terms per locale' })
export class TermConceptType {
  @Field(() => ID) id: string;
  @Field() note: string;
  @Field(() => [TermType]) terms: TermType[];
}

@InputType()
export class TermInput {
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field() @MaxChars('nameChars') term: string;
  @Field(() => TermStatusEnum) status: TermStatusEnum;
}

@InputType()
export class SaveTermConceptInput {
  @Field(() => ID, { nullable: true, description: 'Omitted: a new concept' }) @MaxChars('idChars') id?: string;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') note?: string;
  @Field(() => [TermInput], { description: 'Replaces the concept’s terms' }) @MaxItems('listItems') @Nested() terms: TermInput[];
}

@ObjectType()
export class TermConceptPayload {
  @Field(() => TermConceptType) concept: TermConceptType;
}

@InputType()
export class DeleteTermConceptInput {
  @Field(() => ID) @MaxChars('idChars') id: string;
}

@ObjectType()
export class DeleteTermConceptPayload {
  @Field(() => ID) id: string;
}
