import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKindEnum, DocumentLocaleType, DocumentType, RevisionType, WorkflowStatusEnum } from './content.types';
import { MaxChars, MaxItems, MaxJsonChars, Nested } from '../../kernel/limits';

@InputType()
export class ContributorInput {
  @Field() @MaxChars('nameChars') name: string;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') qualification?: string;
}

@InputType()
export class ReviewerInput {
  @Field() @MaxChars('nameChars') name: string;
  @Field({ description: 'internal, externalExpert or userTest' }) @MaxChars('nameChars') role: string;
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') qualification?: string;
}

@InputType()
export class QualityInput {
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') publisher?: string;
  @Field(() => [ContributorInput], { nullable: true }) @MaxItems('listItems') @Nested() authors?: ContributorInput[];
  @Field(() => [ReviewerInput], { nullable: true }) @MaxItems('listItems') @Nested() reviewers?: ReviewerInput[];
  @Field(() => String, { nullable: true }) @MaxChars('nameChars') lastReviewed?: string;
  @Field(() => String, { nullable: true, description: 'Defaults to lastReviewed plus the tenant review cycle' })
  @MaxChars('nameChars')
  nextReviewDue?: string;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') reviewTrigger?: string;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') conflictsOfInterest?: string;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') funding?: string;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') evidenceNotes?: string;
}

@InputType()
export class CreateDocumentInput {
  @Field(() => DocumentKindEnum) kind: DocumentKindEnum;
  @Field({ description: 'The source locale the document is written in' }) @MaxChars('localeTagChars') locale: string;
  @Field() @MaxChars('slugChars') slug: string;
  @Field(() => GraphQLJSON, { description: 'DocumentContent: { title, summary, blocks }' })
  @MaxJsonChars('contentJsonChars')
  content: unknown;
  @Field(() => [String], { nullable: true }) @MaxItems('topicsPerDocument') @MaxChars('topicChars', { each: true }) topics?: string[];
  @Field(() => QualityInput, { nullable: true }) @Nested() quality?: QualityInput;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') message?: string;
}

@InputType()
export class SaveTranslationInput {
  @Field(() => ID) @MaxChars('idChars') documentId: string;
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => Int, { description: 'The version you started from (0 for a new locale)' }) baseVersion: number;
  @Field(() => String, { nullable: true }) @MaxChars('slugChars') slug?: string;
  @Field(() => GraphQLJSON) @MaxJsonChars('contentJsonChars') content: unknown;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') message?: string;
}

@InputType()
export class RestoreRevisionInput {
  @Field(() => ID) @MaxChars('idChars') revisionId: string;
  @Field(() => Int) baseVersion: number;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') message?: string;
}

@InputType()
export class UpdateDocumentMetadataInput {
  @Field(() => ID) @MaxChars('idChars') documentId: string;
  @Field(() => [String], { nullable: true }) @MaxItems('topicsPerDocument') @MaxChars('topicChars', { each: true }) topics?: string[];
  @Field(() => QualityInput, { nullable: true }) @Nested() quality?: QualityInput;
}

@InputType()
export class WorkflowInput {
  @Field(() => ID) @MaxChars('idChars') documentId: string;
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => String, { nullable: true }) @MaxChars('longTextChars') comment?: string;
}

@InputType()
export class ScheduledWorkflowInput extends WorkflowInput {
  @Field(() => Date, { nullable: true, description: 'Publish (or unpublish) at this time instead of now' }) at?: Date;
}

/** Approve and send back name what the reviewer read, so a revision saved meanwhile is never signed off unseen. */
@InputType()
export class ReviewInput extends WorkflowInput {
  @Field(() => ID, { description: 'The revision you reviewed (headRevisionId); CONFLICT when a newer one was saved since' })
  @MaxChars('idChars')
  revisionId: string;
}

/** Publishing names the approved revision the editor means to make public. */
@InputType()
export class PublishInput extends ScheduledWorkflowInput {
  @Field(() => ID, { description: 'The approved revision to publish; CONFLICT when it is no longer the approved one' })
  @MaxChars('idChars')
  revisionId: string;
}

export enum ScheduledActionEnum {
  PUBLISH = 'publish',
  UNPUBLISH = 'unpublish',
}
registerEnumType(ScheduledActionEnum, { name: 'ScheduledAction', description: 'A change planned for a time: publish or unpublish' });

@InputType()
export class CancelScheduleInput {
  @Field(() => ID) @MaxChars('idChars') documentId: string;
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => ScheduledActionEnum) action: ScheduledActionEnum;
}

@InputType()
export class DocumentFilter {
  @Field() @MaxChars('localeTagChars') locale: string;
  @Field(() => DocumentKindEnum, { nullable: true }) kind?: DocumentKindEnum;
  @Field(() => String, { nullable: true }) @MaxChars('topicChars') topic?: string;
  @Field(() => WorkflowStatusEnum, { nullable: true, description: 'Members only' }) status?: WorkflowStatusEnum;
  @Field(() => Boolean, { nullable: true, description: 'Members only: documents whose next review date has passed' })
  reviewOverdue?: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Members only: only documents whose version in this locale the caller has edited' })
  editedByMe?: boolean;
}

@ObjectType()
export class DocumentPayload {
  @Field(() => DocumentType) document: DocumentType;
  @Field(() => RevisionType, { nullable: true }) revision?: RevisionType;
}

@ObjectType()
export class RevisionPayload {
  @Field(() => RevisionType) revision: RevisionType;
  @Field(() => DocumentLocaleType) documentLocale: DocumentLocaleType;
}

@ObjectType('PublishWarning', { description: 'A finding that did not block publishing (e.g. terminology), for the editor to look at' })
export class PublishWarningType {
  @Field() checkId: string;
  @Field(() => String, { nullable: true }) blockId: string | null;
  @Field() message: string;
}

@ObjectType()
export class WorkflowPayload {
  @Field(() => DocumentLocaleType) documentLocale: DocumentLocaleType;
  @Field(() => [PublishWarningType], { description: 'Publishing only: findings that did not block it' })
  warnings: PublishWarningType[];
}
